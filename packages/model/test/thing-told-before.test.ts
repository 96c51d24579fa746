import { describe, expect, it } from 'vitest';
import { namesThingTold, withOwnerNamed } from '../src/thing-told-before.js';

/** The report's text before the sentences: a lead that tells a deal, cuts and a suspension. */
const BEFORE =
  'Norvale Transit signed a deal for four ferries on Tuesday. The deal follows cuts at the yard. ' +
  'Trading in Kestrel shares saw a suspension. The new airliner flew to Velmar.';

/** Which of the sentences `namesThingTold` reads as leaning on a thing told before. */
const leaning = (sentences: readonly string[], before = BEFORE) =>
  sentences.filter((s) => namesThingTold(s, () => before));

describe('namesThingTold: a thing its report told before, named with "the" or as "it"', () => {
  it('reads "the" and a thing told before, as an object, in an opening or as a possessive', () => {
    expect(
      leaning([
        'The Kestrel Union, the third largest, signed the deal in Velmar.',
        'Workers walked out to protest the cuts.',
        'Before the suspension, the index fell.',
        "Velmar will remain the airliner's first stop.",
        'Three councillors voted against it.',
        'The union called it "a betrayal".',
      ]),
    ).toHaveLength(6);
  });

  it('leaves an actor, the calendar, a thing the sentence defines or names, and a word not told before', () => {
    expect(
      leaning([
        'The company said it would appeal.',
        'Norvale said it would sail.',
        'Shares rose at the same time.',
        'They met at the end of the week.',
        'The failure of the deal hurt.',
        'It hired the carrier Norvale Air.',
        'Kestrel revived the ferry replacement deal.',
        'Velmar signed the treaty.',
      ]),
    ).toEqual([]);
    expect(leaning(['Workers walked out to protest the cuts.'], '')).toEqual([]);
  });
});

describe('namesThingTold: an ordinal without its noun', () => {
  it('reads a thing counted with no noun as told before, whatever the words before', () => {
    expect(
      leaning(
        [
          'Two years late, Velmar Works has delivered the first that will run on the coast line.',
          'Kestrel Motors sold the last of them in May.',
        ],
        '',
      ),
    ).toHaveLength(2);
  });

  it('leaves an ordinal with its noun, one that counts a person, and "this" before an adjective', () => {
    expect(
      leaning(
        [
          'Velmar Works has delivered the first tram that will run on the coast line.',
          'Ana Ruiz became the first to cross the strait.',
          'Freight volumes have not been seen this low since 2009.',
        ],
        '',
      ),
    ).toEqual([]);
  });
});

describe('withOwnerNamed: a thing owned by one its report told before, given the words it was told with', () => {
  const lead =
    'The departure from Velmar of the new Kestrel 900 superferry on a tour of the coast has been delayed. ';

  it('puts the words of the first mention before the owner, in square brackets', () => {
    expect(
      withOwnerNamed("Port Avel will remain the superferry's first stop on the coast.", () => lead),
    ).toBe("Port Avel will remain the [new Kestrel 900] superferry's first stop on the coast.");
  });

  it('leaves an owner told with no name, one not told before, an actor and a sentence with no owner', () => {
    expect(
      [
        "Port Avel will remain the tour's first stop.",
        "Port Avel will remain the liner's first stop.",
        "Norvale said the company's first stop is Port Avel.",
        'Port Avel will remain the first stop of the superferry.',
      ].map((s) => withOwnerNamed(s, () => lead)),
    ).toEqual([null, null, null, null]);
  });
});
