import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BodyBlock } from '../src/extraction.js';
import { inMenu } from '../src/text/menu-lines.js';
import { lastCrumb } from '../src/text/title-crumb.js';
import { hasMoreWords, words } from '../src/text/title-words.js';

/** `inMenu` before it stopped at three lines (the oracle). */
function oldInMenu(lines: readonly BodyBlock[], index: number): boolean {
  const short = (i: number) => lines[i] !== undefined && words((lines[i] as BodyBlock).text) <= 3;
  let first = index;
  while (short(first - 1) && (lines[first - 1] as BodyBlock).line === (lines[first] as BodyBlock).line - 1)
    first--;
  let last = index;
  while (short(last + 1) && (lines[last + 1] as BodyBlock).line === (lines[last] as BodyBlock).line + 1)
    last++;
  return last - first + 1 >= 3;
}

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

  it('tells more than so many words, and a run of short lines, as before', () => {
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 30 }), fc.nat(5), (units, max) => {
        const text = units.join('');
        expect(hasMoreWords(text, max)).toBe(words(text) > max);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 200) },
    );
    const line = fc.record({
      text: fc.constantFrom('Home', 'World news', 'Sport and more', 'A headline of five words', 'x  y z'),
      gap: fc.constantFrom(1, 1, 1, 2),
    });
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 12 }), fc.nat(11), (drawn, at) => {
        let n = 0;
        const lines = drawn.map(({ text, gap }) => {
          n += gap;
          return { text, line: n, column: 1, offset: 0 };
        });
        const index = at % lines.length;
        expect(inMenu(lines, index)).toBe(oldInMenu(lines, index));
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 200) },
    );
  });
});
