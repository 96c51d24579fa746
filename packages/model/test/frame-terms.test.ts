import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type FrameTerms, frameTermsAndWordsOf, frameTermsOf } from '../src/frame-words.js';
import { keyOfLanes, LANE_A, LANE_B, laneA, laneB, TermIds } from '../src/term-keys.js';
import { contentWordKeysOf, isContentWord, lowerWord } from '../src/text-stats.js';

/** frameTermsOf as it read every sentence by pattern, word strings and all (before it read units). */
function byPattern(texts: readonly string[]): FrameTerms {
  const table = new TermIds();
  const counts: number[] = [];
  const textOf: (string | null)[] = [];
  let total = 0;
  const count = (key: number, text: string | null, first: string, second: string) => {
    total++;
    const id = table.id(key);
    if (id === counts.length) {
      counts.push(1);
      textOf.push(text);
    } else if (++(counts[id] as number) === 2 && textOf[id] === null) textOf[id] = `${first} ${second}`;
  };
  for (const text of texts) {
    let previous: string | null = null;
    let pa = 0;
    let pb = 0;
    for (const [raw] of text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’-]*|[^\p{L}\p{N}\s'’-]+/gu)) {
      const lower = /^\p{Ll}/u.test(raw) ? lowerWord(raw) : '';
      if (lower === '' || !isContentWord(lower)) {
        previous = null;
        continue;
      }
      const a = laneA(LANE_A, lower);
      const b = laneB(LANE_B, lower);
      count(keyOfLanes(a, b), lower, '', '');
      if (previous !== null)
        count(keyOfLanes(laneA(laneA(pa, ' '), lower), laneB(laneB(pb, ' '), lower)), null, previous, lower);
      previous = lower;
      pa = a;
      pb = b;
    }
  }
  const keys = new Float64Array(counts.length);
  const repeated: string[] = [];
  const repeatedCounts: number[] = [];
  let k = 0;
  for (let id = 0; id < counts.length; id++) {
    if ((counts[id] as number) < 2) continue;
    keys[k++] = table.key(id);
    repeated.push(textOf[id] as string);
    repeatedCounts.push(counts[id] as number);
  }
  for (let id = 0; id < counts.length; id++) if ((counts[id] as number) < 2) keys[k++] = table.key(id);
  return { total, keys, repeated: repeated.join('\n'), counts: Uint32Array.from(repeatedCounts) };
}

const WORDS = ['the', 'tax', 'Tax', 'taxes', 'TAX', 'cut', "cut's", 'cut’s', "it's", 'it’S', 'café', 'CAFÉ'];
const MARKS = [' ', ' ', ',', '.', '-', "'", '’', '\n', '\u00a0', '“', '2', 'Δelta', 'ǅx', 'ßa'];
/** Characters whose lower case needs context or more units (the sentence is then read by pattern). */
const SPECIAL = ['ΣΑΣ', 'İst', '𝐀bc'];

describe('frameTermsOf', () => {
  it.each([
    ['ordinary', []],
    ['some with special characters', SPECIAL],
  ])('counts the terms the pattern reads, in order, with the same texts: sentences %s', (_, special) => {
    const parts = [...WORDS, ...MARKS, ...special];
    const sentence = fc.array(fc.constantFrom(...parts), { maxLength: 30 }).map((p) => p.join(''));
    fc.assert(
      fc.property(fc.array(sentence, { maxLength: 6 }), (texts) => {
        expect(frameTermsOf(texts)).toEqual(byPattern(texts));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('frameTermsAndWordsOf', () => {
  // the content words' own joiners and breaks beside the terms': "-" and "'" between runs, doubled, at a
  // word's end, "’" (no joiner of content words), words of one, two and three units, a stop word
  // the content words' own joiners and breaks beside the terms': "-" and "'" between runs, doubled, at a
  // word's end, "’" (no joiner of content words), words of one, two and three units, a stop word, the
  // Kelvin sign (lower case "k", ASCII)
  const CONTENT = ['ab', 'abc', 'x', 'well', 'the', '--', "''", '-x', "x'", '\u212a', '3'];
  it.each([
    ['ordinary', []],
    ['some with special characters', SPECIAL],
  ])(
    'reads the terms frameTermsOf counts and the words contentWordKeysOf reads: sentences %s',
    (_, special) => {
      const parts = [...WORDS, ...MARKS, ...CONTENT, ...special];
      const sentence = fc.array(fc.constantFrom(...parts), { maxLength: 30 }).map((p) => p.join(''));
      fc.assert(
        fc.property(fc.array(sentence, { maxLength: 6 }), (texts) => {
          const read = frameTermsAndWordsOf(texts);
          expect(read.frameTerms).toEqual(byPattern(texts));
          expect(read.words).toEqual(contentWordKeysOf(texts.map((text) => ({ text }))));
        }),
        { numRuns: 3000 },
      );
    },
  );

  // more terms than the first tables hold (512): the tables grow, by a size kept beside them (speed104)
  it('reads as frameTermsOf counts when its tables grow past their first size', () => {
    const word = (i: number) =>
      `zq${[...i.toString(26)].map((d) => String.fromCharCode(97 + parseInt(d, 26))).join('')}`;
    const texts = Array.from({ length: 40 }, (_, s) =>
      Array.from({ length: 40 }, (_, w) => word((s * 37 + w * 11) % 1300)).join(' '),
    );
    const read = frameTermsAndWordsOf(texts);
    expect(read.frameTerms.keys.length).toBeGreaterThan(1024);
    expect(read.frameTerms).toEqual(byPattern(texts));
  });
});
