import { describe, expect, it } from 'vitest';
import { describesBefore } from '../src/described-subject.js';

/** Which of the sentences `describesBefore` reads as about a thing or an event told before. */
const described = (sentences: readonly string[], before = '') =>
  sentences.filter((s) => describesBefore(s, () => before));

describe('describesBefore: a subject that is a thing or an event its report told before', () => {
  it('reads "The" and a thing, "This" or "That" alone, and "Such" or "Other" before a thing', () => {
    expect(
      described([
        'The contract, worth 90 million crowns, runs to 2030.',
        'The launch, at dawn, went as planned.',
        'The dip came after weak ferry bookings.',
        'The first hull is being laid down.',
        'This lifted Norvale shares by a tenth.',
        'That market then hovered near its low.',
        'Such delays have become common at the yard.',
        'Other Ruritanian shares also fell.',
        'The final count in the Assembly was 52 to 35.',
        'The take-off at the harbour went as planned.',
      ]),
    ).toHaveLength(10);
  });

  it('leaves an actor, whose deed is its own, and a subject the sentence names', () => {
    expect(
      described([
        'The company said it would appeal.',
        'The ferry operators have cut fares.',
        'The minister resigned on Friday.',
        'The union also called a strike.',
        'The carrier, Norvale Air, said it would appeal.',
        'The plan, called "Harbour First", was approved.',
        'The maiden voyage of the Kestrel 400 was in 2019.',
        'The number of passengers rose by a fifth.',
        'The firm currently employs 900 people.',
        "Other harbour shares, such as Norvale's, fell.",
        'Norvale Transit ordered four ferries.',
      ]),
    ).toEqual([]);
  });

  it('leaves a body the report quoted before', () => {
    const before = 'Fares will rise, according to the regional transport office. ';
    expect(described(['The office has asked operators to cut fares.'], before)).toEqual([]);
    expect(described(['The office has asked operators to cut fares.'])).toHaveLength(1);
  });

  it('reads the verbs of saying of data/saying-verbs.yaml in what the report quoted', () => {
    const sentence = 'The office has asked operators to cut fares.';
    expect(described([sentence], '"Fares will rise," the regional transport office declared. ')).toEqual([]);
    expect(described([sentence], 'The regional transport office told operators to wait. ')).toEqual([]);
  });
});
