import { describe, expect, it } from 'vitest';
import { splitSentences } from '../src/sentences.js';
import { joinSetApartAttributions } from '../src/set-apart-attributions.js';

/** The texts of the sentences the quote cues read, and the attributions joined. */
const joined = (text: string) => {
  const { sentences, attributions } = joinSetApartAttributions(splitSentences(text));
  return { texts: sentences.map((s) => s.text), attributions: [...attributions] };
};

describe('joinSetApartAttributions', () => {
  it("joins 'said …' set apart to the quotation it closes, and nothing else", () => {
    expect(joined('"The crossing will reopen in May."\n\nsaid the Norvale harbour master.')).toEqual({
      texts: ['"The crossing will reopen in May." said the Norvale harbour master.', ''],
      attributions: [[0, 1]],
    });
    // no quotation closes before it, or no speaker after the verb: left as written
    expect(
      joined('The crossing will reopen in May.\n\nsaid the Norvale harbour master.').attributions,
    ).toEqual([]);
    expect(joined('"The crossing will reopen in May."\n\nsaid so twice.').attributions).toEqual([]);
  });
});
