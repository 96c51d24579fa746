import path from 'node:path';
import { claimText, relatedness } from '../src/same-claim.js';
import { datasetDir, readJsonl } from './datasets.js';

/** A sentence pair with a same-claim label (and an STS score for headlines). */
export interface ClaimPair {
  s1: string;
  s2: string;
  label: number;
  score?: number;
  split: string;
}

/**
 * The claim pairs of `claims/`: STS-B headlines (train/dev/test) and PAWS-Wiki (dev/test).
 * @returns pairs by set name: `headlines-train`, `headlines-dev`, `headlines-test`, `paws-dev`, `paws-test`
 */
export function readClaimPairs(): Map<string, ClaimPair[]> {
  const dir = datasetDir('claims');
  const sets = new Map<string, ClaimPair[]>();
  for (const p of readJsonl<ClaimPair>(path.join(dir, 'stsb-headlines.jsonl'))) {
    const key = `headlines-${p.split}`;
    sets.set(key, [...(sets.get(key) ?? []), p]);
  }
  // PAWS is released tokenized ("word ,"): glue punctuation back so it reads like running text
  const untok = (s: string) => s.replace(/ ([.,;:!?)'])/g, '$1').replace(/\( /g, '(');
  for (const split of ['dev', 'test']) {
    const pairs = readJsonl<ClaimPair>(path.join(dir, `paws-wiki-${split}.jsonl`));
    sets.set(
      `paws-${split}`,
      pairs.map((p) => ({ s1: untok(p.s1), s2: untok(p.s2), label: p.label, split })),
    );
  }
  return sets;
}

/**
 * Each pair's relatedness as find-claims measures it, with word weights (idf) from the sentences of
 * its own set.
 * @param pairs the pairs of one set
 * @returns one relatedness a pair, in their order
 */
export function relatednessOf(pairs: readonly ClaimPair[]): number[] {
  const df = new Map<string, number>();
  const first = pairs.flatMap((p) => [
    claimText(p.s1, undefined, () => 1),
    claimText(p.s2, undefined, () => 1),
  ]);
  for (const t of first) for (const w of t.words) df.set(w, (df.get(w) ?? 0) + 1);
  const n = first.length;
  const weigh = (w: string) => Math.log(n / (df.get(w) ?? 1));
  return pairs.map((p) => relatedness(claimText(p.s1, undefined, weigh), claimText(p.s2, undefined, weigh)));
}
