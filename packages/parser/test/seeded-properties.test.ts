import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

describe("the parser's property tests", () => {
  it('draw the same cases on every run of the suite (vitest.fast-check.ts), new ones under fuzz', () => {
    const draw = () => fc.sample(fc.string({ unit: 'binary' }), 5);
    if (process.env.FUZZ_RUNS !== undefined && !process.env.FC_SEED) {
      expect(fc.readConfigureGlobal().seed).toBeUndefined();
      return;
    }
    expect(fc.readConfigureGlobal().seed).toEqual(expect.any(Number));
    expect(draw()).toEqual(draw());
  });
});
