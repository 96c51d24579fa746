// How often STS-B headlines pairs are "roughly equivalent" (STS >= 3) by relatedness band, apart for
// pairs that share a detail of one event (a figure, two content words side by side, one mutual word)
// and pairs that share none: whether headlines give a ground for the level up to which find-claims asks
// two statements for such a detail. They give none (about as often at every band, short sentences of
// many topics); the level rests on briefs read (docs/analysis.md, Claims: "Read in session 87").
// Usage: pnpm --filter @briefing/model exec tsx bench/detail-levels.ts
import { sharesMutualWord, sharesWordPair } from '../src/claim-words.js';
import { quantitiesOf, sharesFigure } from '../src/quantities.js';
import { lowerClaimWords } from '../src/same-claim.js';
import { type ClaimPair, readClaimPairs, relatednessOf } from './claim-pairs.js';

const sets = readClaimPairs();
const detail = (p: ClaimPair) => {
  const [a, b] = [lowerClaimWords(p.s1), lowerClaimWords(p.s2)];
  return (
    sharesFigure(quantitiesOf(p.s1), quantitiesOf(p.s2)) ||
    sharesWordPair(a, b) ||
    sharesMutualWord([...new Set(a)], [...new Set(b)])
  );
};
const bands = [0.54, 0.59, 0.61, 0.63, 0.65, 0.67, 0.7, 0.75, 1.01];
for (const name of ['headlines-train', 'headlines-dev', 'headlines-test']) {
  const pairs = sets.get(name) ?? [];
  const r = relatednessOf(pairs);
  console.log(`${name}: band  with a detail (n, STS>=3)  without (n, STS>=3)`);
  for (let k = 0; k + 1 < bands.length; k++) {
    const [lo, hi] = [bands[k] as number, bands[k + 1] as number];
    const tally = { d: 0, dy: 0, n: 0, ny: 0 };
    pairs.forEach((p, i) => {
      if ((r[i] as number) < lo || (r[i] as number) >= hi) return;
      const yes = (p.score as number) >= 3;
      if (detail(p)) {
        tally.d++;
        if (yes) tally.dy++;
      } else {
        tally.n++;
        if (yes) tally.ny++;
      }
    });
    const pc = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(0)}%` : '-');
    console.log(
      `  ${lo.toFixed(2)}-${Math.min(hi, 1).toFixed(2)}  ${String(tally.d).padStart(4)} ${pc(tally.dy, tally.d).padStart(5)}   ${String(tally.n).padStart(4)} ${pc(tally.ny, tally.n).padStart(5)}`,
    );
  }
}
