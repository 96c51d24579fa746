import { describe, expect, it } from 'vitest';
import { quantitiesDiffer, quantitiesOf } from '../src/quantities.js';

const differ = (a: string, b: string) => quantitiesDiffer(quantitiesOf(a), quantitiesOf(b));

describe('quantities: other numbers oppose only when they count the same thing', () => {
  it('reads each number with what it counts', () => {
    expect(quantitiesOf('Rates fell 0.5 percent to 4.75% after 1,200 troops left on 19 December.')).toEqual(
      new Map([
        ['%', new Set(['0.5', '4.75'])],
        ['troop', new Set(['1200'])],
        ['december', new Set(['19'])],
      ]),
    );
  });

  it('other values of one kind differ; other kinds, a value in common or bare numbers do not', () => {
    expect(differ('The report is due on 18 December.', 'The report is due on 19 December.')).toBe(true);
    expect(differ('The plant will cost 40 million euros.', 'The plant will cost 65 million euros.')).toBe(
      true,
    );
    expect(differ('The bank cut its rate to 4.75%.', 'The bank cut its rate by 50 basis points.')).toBe(
      false,
    );
    expect(differ('The rate is 4.75% after a cut of 0.5%.', 'The rate is now 4.75 percent.')).toBe(false);
    // a number with nothing after it says not what it counts
    expect(differ('The score was 61.', 'The score was 64.')).toBe(false);
  });
});
