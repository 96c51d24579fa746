import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { words } from '../src/text/title-candidates.js';
import { lastCrumb } from '../src/text/title-crumb.js';

/** `lastCrumb` before its first test looked for a separator's character (the oracle). */
function oldLastCrumb(text: string): string | null {
  const CRUMB = /\s*[»›>]\s*|\s+\/\s+/;
  const wordsOf = (s: string) => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  if (!CRUMB.test(text)) return null;
  const parts = text.split(CRUMB);
  if (parts.length < 3) return null;
  const last = (parts.at(-1) as string).trim();
  const lastWords = wordsOf(last);
  if (lastWords < 2) return null;
  for (let i = 0; i < parts.length - 1; i++) {
    const part = i === 0 ? (parts[0] as string).replace(/^[^:]{0,30}:\s*/u, '') : (parts[i] as string);
    const n = wordsOf(part);
    if (n > 3 || n > lastWords) return null;
  }
  return last;
}

describe("the title step's word count and breadcrumb test", () => {
  // every character `\s` matches, and some that it does not
  const unit = fc.oneof(
    fc.constantFrom(' ', '\t', '\n', '\v', '\f', '\r', '\u00a0', '\u1680', '\u2000', '\u200a', '\u2028'),
    fc.constantFrom('\u2029', '\u202f', '\u205f', '\u3000', '\ufeff', '\u200b', '\u0085', '\u180e'),
    fc.constantFrom('a', 'Z', 'é', '1', '»', '›', '>', '/', ' / ', '|', 'Home', '\ud835\udc00'),
    fc.string({ unit: 'binary', maxLength: 2 }),
  );

  it('counts words as the split it replaces', () => {
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 30 }), (units) => {
        const text = units.join('');
        expect(words(text)).toBe(text.split(/\s+/).filter(Boolean).length);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 200) },
    );
  });

  it('reads a breadcrumb trail as before', () => {
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 30 }), (units) => {
        const text = units.join('');
        expect(lastCrumb(text)).toBe(oldLastCrumb(text));
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 200) },
    );
    expect(lastCrumb('Home » Recipes » Lemon cake from the tray')).toBe('Lemon cake from the tray');
  });
});
