import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { titleLike } from '../src/text/title-like.js';

const SMALL_WORD = /^(?:a|an|and|as|at|but|by|for|from|in|into|of|on|or|the|to|vs|with)$/;

/** The definition the walk over the characters stands for. */
function byWords(text: string): boolean {
  if (/[.!?…]\s/u.test(text)) return false;
  const words = text.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length < 3 || words.length > 20) return false;
  const capitalised = words.filter((w) => /^["“‘(]?[\p{Lu}\p{N}]/u.test(w) || SMALL_WORD.test(w)).length;
  return capitalised / words.length >= 0.9 && words.filter((w) => /^\p{Lu}/u.test(w)).length >= 2;
}

describe('titleLike', () => {
  it('tells headline-like lines', () => {
    expect(titleLike('Ministers Agree on a Timetable for the Withdrawal')).toBe(true);
    expect(titleLike('“Parasite” Wins the Top Prize')).toBe(true);
    expect(titleLike('Ministers agree on a timetable for the withdrawal')).toBe(false);
  });

  it('agrees with the definition by split words on any text', () => {
    const unit = fc.oneof(
      fc.constantFrom(' ', '\t', '\u00a0', '\u3000', 'a', 'B', 'É', 'é', '1', '"', '“', '‘', '(', '.'),
      fc.constantFrom('the', 'of', 'into', 'vs', 'With', '\ud835\udc00', '\ud835\udfce', 'Ⅻ', 'Σ'),
      fc.string({ unit: 'binary', maxLength: 1 }),
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 30 }), (units) => {
        const text = units.join('');
        expect(titleLike(text)).toBe(byWords(text));
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 200) },
    );
  });
});
