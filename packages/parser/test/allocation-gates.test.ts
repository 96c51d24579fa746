import { describe, expect, it } from 'vitest';
import { mayHoldOpening } from '../src/text/byline-lines.js';
import { repeatedShapes } from '../src/text/classify-lines.js';
import { yearsMentioned, yearsMentionedIn } from '../src/text/find-published.js';
import { phraseList } from '../src/text/phrase-matcher.js';

/** A small deterministic generator (mulberry32), so that a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(next: () => number, items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;

describe('the gates before a copy is made', () => {
  it('mayHoldOpening says no only when no token of the line is an opening word', () => {
    const openings = phraseList('byline-words.yaml');
    const parts = [
      'By',
      'BY',
      'by',
      'Von',
      'PAR',
      'door',
      'AF',
      'İ',
      'İn',
      'Jane',
      'Roe',
      'Ab',
      'Abc',
      'Über',
    ];
    const gaps = [' ', '  ', '\u00a0', '\t', ' | ', '·', ',', ', ', ''];
    const next = random(17);
    for (let run = 0; run < 3000; run++) {
      let line = '';
      const n = 1 + Math.floor(next() * 6);
      for (let k = 0; k < n; k++) line += pick(next, parts) + pick(next, gaps);
      // the tokens as isBylineLine cuts them, each looked up lower-cased
      const tokens = line.replace(/[|·,]/gu, ' ').split(/\s+/u).filter(Boolean);
      const holds = tokens.some((t) => openings.has(t.toLowerCase()));
      if (holds) expect(mayHoldOpening(line, openings), line).toBe(true);
    }
  });

  it('yearsMentionedIn reads the years of its texts joined by a space, as matchAll over them did', () => {
    // the function as it was, over the joined text
    const before = (text: string) => {
      const counts = new Map<number, number>();
      for (const m of text.matchAll(/\b(19|20)\d{2}\b/g))
        counts.set(Number(m[0]), (counts.get(Number(m[0])) ?? 0) + 1);
      return [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0]).map(([y]) => y);
    };
    const parts = ['1999', '2020', '2021', '20210', 'x2020', '2020x', '_2019', '1899', ' ', '-', 'in', '.'];
    const next = random(29);
    for (let run = 0; run < 2000; run++) {
      const blocks = Array.from({ length: 1 + Math.floor(next() * 4) }, () => {
        let text = '';
        const n = Math.floor(next() * 6);
        for (let k = 0; k < n; k++) text += pick(next, parts);
        return { text };
      });
      const joined = blocks.map((b) => b.text).join(' ');
      expect(yearsMentionedIn(blocks), joined).toEqual(before(joined));
      expect(yearsMentioned(joined), joined).toEqual(before(joined));
    }
  });

  it('repeatedShapes tells the lines whose shape recurs, as a count in a Map did', () => {
    const next = random(97);
    // shapes alike at both ends and in length, so that hashes meet and the text must tell them apart
    const head = 'x'.repeat(16);
    const stems = [
      '',
      'a',
      'b',
      'ab',
      'ba',
      'é',
      'σ',
      '🙂',
      `${head}1${head}`,
      `${head}2${head}`,
      `${head}12${head}`,
    ];
    for (let round = 0; round < 300; round++) {
      const n = Math.floor(next() * 600);
      const shapes: string[] = [];
      for (let i = 0; i < n; i++) shapes.push(pick(next, stems) + (next() < 0.5 ? pick(next, stems) : ''));
      const counts = new Map<string, number>();
      for (const s of shapes) counts.set(s, (counts.get(s) ?? 0) + 1);
      const repeated = repeatedShapes(shapes);
      for (let i = 0; i < n; i++) expect(repeated(i)).toBe((counts.get(shapes[i] as string) as number) > 1);
    }
  });
});
