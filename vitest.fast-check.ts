import fc from 'fast-check';

/**
 * Vitest setup file of the packages with property tests: fast-check draws every property's cases from
 * one fixed seed, so that `npm test` gives the same answer on each run and machine — a property that
 * fails, fails every time, with its counterexample, and never as a rare flake. `pnpm fuzz` (which sets
 * `FUZZ_RUNS`) draws from a new seed each run to look further; `FC_SEED=<seed>` replays the seed a
 * failure printed, in either.
 */
const SUITE_SEED = 20_261_205;

const replay = process.env.FC_SEED;
if (replay !== undefined && replay !== '') {
  const seed = Number(replay);
  if (!Number.isInteger(seed)) throw new TypeError(`FC_SEED must be an integer seed, got "${replay}"`);
  fc.configureGlobal({ seed });
} else if (process.env.FUZZ_RUNS === undefined) fc.configureGlobal({ seed: SUITE_SEED });
