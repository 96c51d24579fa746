import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

describe('the property tests', () => {
  it('draw their cases from one fixed seed in the suite, and from a new one under pnpm fuzz', () => {
    const { seed } = fc.readConfigureGlobal();
    if (process.env.FUZZ_RUNS === undefined && !process.env.FC_SEED) expect(seed).toBe(20_261_205);
    else if (process.env.FC_SEED) expect(seed).toBe(Number(process.env.FC_SEED));
    else expect(seed).toBeUndefined();
  });
});
