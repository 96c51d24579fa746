// Measures the near-duplicate threshold of dropDuplicates on zyte-dev: each page parsed from its HTML
// against its human-checked body (two copies of one article, as a syndicated copy or a page saved
// twice would be), and every pair of different articles. Prints percentiles of the estimated Jaccard,
// and how far the estimate is from the exact Jaccard of the shingle sets on pairs made to share part
// of their text (a page's first part spliced to another page's last: 0 to 1 shared).
// Usage: pnpm --filter @briefing/cli exec tsx bench/measure-duplicates.ts
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { minHash, similarity } from '@briefing/model';
import { parseArticle } from '@briefing/parser';

const here = fileURLToPath(new URL('.', import.meta.url));
const dir = join(process.env.BRIEF_DATASETS ?? resolve(here, '../../../../shared/datasets'), 'zyte-dev');
const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<
  string,
  { articleBody: string }
>;
const same: number[] = [];
const signatures: Uint32Array[] = [];
const texts: string[] = [];
for (const name of readdirSync(join(dir, 'html')).sort()) {
  const id = name.replace(/\.html$/, '');
  const parsed = parseArticle({ path: name, data: readFileSync(join(dir, 'html', name)) }).value;
  const body = truth[id]?.articleBody;
  if (!parsed || !body || parsed.text.split(/\s+/).length < 50) continue;
  const signature = minHash(parsed.text);
  same.push(similarity(signature, minHash(body)));
  signatures.push(signature);
  texts.push(parsed.text);
}
const different: number[] = [];
for (let i = 0; i < signatures.length; i++)
  for (let j = i + 1; j < signatures.length; j++)
    different.push(similarity(signatures[i] as Uint32Array, signatures[j] as Uint32Array));
const at = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.floor(p * (xs.length - 1))]?.toFixed(3);
console.log(
  `same article (${same.length} pages): min ${at(same, 0)}, p10 ${at(same, 0.1)}, median ${at(same, 0.5)}`,
);
console.log(
  `different articles (${different.length} pairs): median ${at(different, 0.5)}, max ${at(different, 1)}`,
);

/** The exact Jaccard of two texts' 5-word shingle sets, words as minHash reads them. */
function jaccard(a: string, b: string): number {
  const shingles = (text: string) => {
    const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    const set = new Set<string>();
    for (let i = 0; i + 5 <= words.length; i++) set.add(words.slice(i, i + 5).join(' '));
    return set;
  };
  const x = shingles(a);
  const y = shingles(b);
  let both = 0;
  for (const s of x) if (y.has(s)) both++;
  return both / (x.size + y.size - both || 1);
}
const errors: number[] = [];
let wrongSide = 0;
for (let i = 0; i < texts.length; i++)
  for (const [other, share] of [1, 2].flatMap((o) =>
    [0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95].map((s) => [o, s] as const),
  )) {
    const a = texts[i] as string;
    const b = texts[(i + other) % texts.length] as string;
    const cut = Math.floor(a.length * share);
    const spliced = a.slice(0, cut) + b.slice(Math.floor(b.length * share));
    const exact = jaccard(a, spliced);
    const estimate = similarity(minHash(a), minHash(spliced));
    errors.push(Math.abs(estimate - exact));
    if (exact >= 0.7 !== estimate >= 0.7) wrongSide++;
  }
console.log(
  `spliced pairs (${errors.length}): estimate off the exact Jaccard by ${(errors.reduce((s, e) => s + e, 0) / errors.length).toFixed(3)} on average, p90 ${at(errors, 0.9)}, max ${at(errors, 1)}; on the other side of 0.7: ${wrongSide}`,
);
