import { describe, expect, it } from 'vitest';
import { joinWrappedLines } from '../src/text/join-wrapped-lines.js';
import { splitLines } from '../src/text/split-lines.js';

const wrapped = [
  'The pump in the cellar ran for an hour every night last month, and',
  'nobody could say why until the float switch was taken out and cleaned.',
  '',
  'A float switch that sticks in the raised position keeps the motor on',
  'long after the pit is dry, which is hard on the seals and the bill.',
  '',
  'We now clean it twice a year, when the clocks change, and the pump has',
  'run only when it should since the spring.',
].join('\n');

describe('joinWrappedLines', () => {
  it('joins the lines of hard-wrapped paragraphs, each at its first line', () => {
    const out = joinWrappedLines(splitLines(wrapped).lines);
    expect(out.map((l) => [l.line, l.text.slice(0, 30)])).toEqual([
      [1, 'The pump in the cellar ran for'],
      [4, 'A float switch that sticks in '],
      [7, 'We now clean it twice a year, '],
    ]);
    expect(out[0]?.text).toBe(
      'The pump in the cellar ran for an hour every night last month, and nobody could say why until the float switch was taken out and cleaned.',
    );
  });

  it('leaves a page with fewer wrapped paragraphs as it is', () => {
    const lines = splitLines(wrapped.split('\n\n').slice(0, 2).join('\n\n')).lines;
    expect(joinWrappedLines(lines)).toBe(lines);
  });

  it('does not join headlines of like length that stand line under line', () => {
    const teasers = [
      'Council votes to close the old swimming baths by the end of summer',
      'Rail works mean no trains between the two towns for three weekends',
      'Local bakery wins a national prize for its rye loaf for a third year',
    ];
    const lines = splitLines([...teasers, '', ...teasers, '', ...teasers].join('\n')).lines;
    expect(joinWrappedLines(lines)).toBe(lines);
  });
});
