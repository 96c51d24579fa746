import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Article } from '../src/article.js';
import { splitSentences } from '../src/sentences.js';
import { storyTermsOf } from '../src/story-terms.js';
import { contentWordKeysOf, forEachContentWordKey, sentencesHoldTheWords } from '../src/text-stats.js';

const PARTS = [
  'Tax',
  'cuts',
  'rose',
  'ΟΔΟΣ',
  'İstanbul',
  '。',
  '但生活',
  '-',
  "'",
  '’',
  '.',
  '!',
  ' ',
  '\n\n',
  '𝐀𝐁',
  'x',
];
const text = fc.array(fc.constantFrom(...PARTS), { maxLength: 40 }).map((p) => p.join(''));

/** The text cut at the given offsets into pieces, each trimmed as splitSentences trims. */
function piecesOf(t: string, cuts: number[]): { text: string; start: number; end: number }[] {
  const at = [...new Set(cuts.map((c) => c % (t.length + 1)))].sort((a, b) => a - b);
  const out = [];
  let from = 0;
  for (const to of [...at, t.length]) {
    const piece = t.slice(from, to);
    const trimmed = piece.trim();
    if (trimmed.length > 0) {
      const start = from + piece.length - piece.trimStart().length;
      out.push({ text: trimmed, start, end: start + trimmed.length });
    }
    from = to;
  }
  return out;
}

const keysOf = (t: string) => {
  const out: number[] = [];
  forEachContentWordKey(t, (k) => out.push(k));
  return out;
};

describe('contentWordKeysOf', () => {
  it("reads the text's own words when sentencesHoldTheWords says the sentences hold them", () => {
    let held = 0;
    fc.assert(
      fc.property(text, fc.array(fc.nat(), { maxLength: 6 }), (t, cuts) => {
        for (const sentences of [splitSentences(t), piecesOf(t, cuts)]) {
          const found = contentWordKeysOf(sentences);
          // each sentence's keys are its own words' keys
          let from = 0;
          sentences.forEach((s, i) => {
            expect([...found.keys.subarray(from, found.ends[i])]).toEqual(keysOf(s.text));
            from = found.ends[i] as number;
          });
          if (!sentencesHoldTheWords(t, sentences)) continue;
          held++;
          expect([...found.keys]).toEqual(keysOf(t));
          const article = { text: t, title: null, language: 'en' } as unknown as Article;
          expect(storyTermsOf(article, found.keys)).toEqual(storyTermsOf(article));
        }
      }),
      { numRuns: 3000 },
    );
    expect(held).toBeGreaterThan(1000);
  });
});
