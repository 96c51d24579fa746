// The parser's rules that read a line beside another ask the arrays' length first, not past their
// ends (a read past an array's end throws V8's optimised code away: speed104); they say what they said.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LineKind } from '../src/text/classify-lines.js';
import { inBox } from '../src/text/in-box.js';

const KINDS: LineKind[] = ['prose', 'sentence', 'clause', 'row', 'item', 'short', 'repeated', 'caption'];

/** `inBox` as it was before speed104: the edge told by `undefined` read past the ends. */
function inBoxBefore(j: number, kinds: readonly LineKind[], lengths: readonly number[]): boolean {
  const boxLine = (i: number) => {
    const k = kinds[i];
    if (k === undefined) return true;
    if (k === 'prose' || k === 'sentence' || k === 'clause') return false;
    return (lengths[i] as number) < 8;
  };
  return boxLine(j - 1) || boxLine(j + 1);
}

describe('reads beside a line', () => {
  it('inBox tells the edges as it did (fast-check)', () => {
    const line = fc.tuple(fc.constantFrom(...KINDS), fc.integer({ min: 0, max: 20 }));
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 12 }), fc.nat(), (lines, at) => {
        const j = at % lines.length;
        const kinds = lines.map(([k]) => k);
        const lengths = lines.map(([, n]) => n);
        expect(inBox(j, kinds, lengths)).toBe(inBoxBefore(j, kinds, lengths));
      }),
      { numRuns: 2000 },
    );
  });
});
