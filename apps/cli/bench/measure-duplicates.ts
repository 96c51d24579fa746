// Measures the near-duplicate threshold of dropDuplicates on zyte-dev: each page parsed from its HTML
// against its human-checked body (two copies of one article, as a syndicated copy or a page saved
// twice would be), and every pair of different articles. Prints percentiles of the estimated Jaccard.
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
for (const name of readdirSync(join(dir, 'html')).sort()) {
  const id = name.replace(/\.html$/, '');
  const parsed = parseArticle({ path: name, data: readFileSync(join(dir, 'html', name)) }).value;
  const body = truth[id]?.articleBody;
  if (!parsed || !body || parsed.text.split(/\s+/).length < 50) continue;
  const signature = minHash(parsed.text);
  same.push(similarity(signature, minHash(body)));
  signatures.push(signature);
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
