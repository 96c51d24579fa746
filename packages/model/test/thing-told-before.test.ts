import { describe, expect, it } from 'vitest';
import { namesThingTold } from '../src/thing-told-before.js';

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
