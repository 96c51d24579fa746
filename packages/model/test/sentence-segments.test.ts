import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { forEachSentenceSegment } from '../src/sentence-segments.js';

const icu = new Intl.Segmenter('en', { granularity: 'sentence' });

function ours(text: string): [number, string][] {
  const out: [number, string][] = [];
  forEachSentenceSegment(text, (segment, index) => out.push([index, segment]));
  return out;
}

function theirs(text: string): [number, string][] {
  return [...icu.segment(text)].map((s) => [s.index, s.segment]);
}

// every unit the JavaScript reading knows (Basic Latin, Latin-1, Latin Extended-A, the extra
// punctuation), a few it hands to ICU (a soft hyphen, a combining accent, Greek, a paragraph
// separator), and the units that decide breaks, often, so that short texts meet every rule
const known = [
  ...Array.from({ length: 0x180 }, (_, c) => String.fromCharCode(c)),
  ...'\u2013\u2014\u2018\u2019\u201a\u201c\u201d\u201e\u2022\u2026\u2039\u203a\u20ac',
];
const handedOver = [...'\u00ad\u0301\u03b1\u2028\u200b\u2010'];
const deciding = [...'.!? \n\r"\')aA0,;:\u00a0\u2019\u201d\u00bb'];
const unit = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...deciding) },
  { weight: 4, arbitrary: fc.constantFrom(...known) },
  { weight: 1, arbitrary: fc.constantFrom(...handedOver) },
);

describe('forEachSentenceSegment', () => {
  it('gives the segments Intl.Segmenter gives, for any text of the units it reads and others', () => {
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 40 }), (units) => {
        const text = units.join('');
        expect(ours(text)).toEqual(theirs(text));
      }),
      { numRuns: 20_000 },
    );
  });

  it('reads the rules that keep a full stop inside a sentence', () => {
    expect(ours('U.S. forces left. Then 3.5 km, e.g. 5 apples. Why?! "Yes." No.) Next\r\nline')).toEqual([
      [0, 'U.S. forces left. '],
      [18, 'Then 3.5 km, e.g. 5 apples. '],
      [46, 'Why?! '],
      [52, '"Yes." '],
      [59, 'No.) '],
      [64, 'Next\r\n'],
      [70, 'line'],
    ]);
  });
});
