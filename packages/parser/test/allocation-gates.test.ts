import { describe, expect, it } from 'vitest';
import { mayHoldOpening } from '../src/text/byline-lines.js';
import { bylineWords } from '../src/text/byline-words.js';
import { repeatedShapes } from '../src/text/classify-lines.js';
import { yearsMentioned, yearsMentionedIn } from '../src/text/find-published.js';
import { topScore } from '../src/text/select-body.js';
import { collapseRuns, splitLines } from '../src/text/split-lines.js';

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
    const openings = bylineWords();
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

  it('splitLines cuts, trims and collapses lines as the slice, trim and replace of each line did', () => {
    // the loop over the lines as it was (the front matter left aside: no source opens with a fence)
    const RULE = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
    const before = (source: string) => {
      const lines: { text: string; line: number; column: number; offset: number }[] = [];
      let offset = 0;
      source.split('\n').forEach((raw, k) => {
        const text = raw.trim().replace(/\s+/g, ' ');
        if (text && !RULE.test(raw)) {
          const lead = raw.length - raw.trimStart().length;
          lines.push({ text, line: k + 1, column: 1 + lead, offset: offset + lead });
        }
        offset += raw.length + 1;
      });
      return lines;
    };
    const parts = [
      'a',
      'Word',
      ' ',
      '  ',
      '\t',
      '\r',
      '\u00a0',
      '\u2028',
      '\u3000',
      '\ufeff',
      '\u200b',
      '\u0085',
    ];
    const seams = ['\n', '\n', '---', ' * * *', '___ ', '-', '\n\n'];
    const next = random(41);
    for (let run = 0; run < 3000; run++) {
      let source = next() < 0.5 ? 'x' : '';
      const n = Math.floor(next() * 30);
      for (let k = 0; k < n; k++) source += next() < 0.2 ? pick(next, seams) : pick(next, parts);
      expect(splitLines(source).lines, JSON.stringify(source)).toEqual(before(source));
    }
  });

  it('collapseRuns makes each run of white space one space, as the replace did', () => {
    // every code unit in a run, alone, doubled and beside a plain space
    for (let c = 0; c < 0x10000; c++) {
      const u = String.fromCharCode(c);
      for (const text of [`a${u}b`, `a${u}${u}b`, `a ${u}b`, `a${u} b`, `${u}a`, `a${u}`])
        if (collapseRuns(text) !== text.replace(/\s+/g, ' '))
          expect(collapseRuns(text), `U+${c.toString(16)}`).toBe(text.replace(/\s+/g, ' '));
    }
  });

  it("topScore is the best of the runs' scores and 0, as Math.max over their copies was", () => {
    const next = random(53);
    for (let round = 0; round < 500; round++) {
      const runs = Array.from({ length: Math.floor(next() * 50) }, (_, i) => ({
        first: i,
        last: i,
        score: next() < 0.6 ? 0 : next() < 0.5 ? next() * 100 : Math.floor(next() * 10),
      }));
      expect(topScore(runs)).toBe(Math.max(0, ...runs.map((r) => r.score)));
    }
  });
});
