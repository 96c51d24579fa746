// Scores the parser's body on a folder of saved text scrapes, `<name>.txt` beside a `bodies.json` of
// reference bodies, with the benchmark's own scorer (word 4-gram shingles, ../shared/tools): the text
// half of `pnpm eval:unseen` without Chromium. `pnpm eval:unseen --save-scrapes DIR` writes such a
// folder once (each page's `innerText`, as that command scores it); each later check of a rule on the
// text scrapes of readability-pages then takes seconds, not the two minutes of opening 93 pages, and
// gives the same figure (0.858, P 0.920, R 0.804 on main when written). It prints the score only, never a
// page: those pages are the check that rules generalise, so read none of them.
// Usage: pnpm --filter @briefing/parser eval:scrapes --dir DIR [--worst]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArticle } from '../src/index.js';
import { datasetsDir, optionValue } from './datasets.js';

const argv = process.argv.slice(2);
const folder = optionValue(argv, '--dir');
if (!folder)
  throw new Error('usage: eval:scrapes --dir DIR (a folder `pnpm eval:unseen --save-scrapes DIR` wrote)');
const bodies = JSON.parse(fs.readFileSync(path.join(folder, 'bodies.json'), 'utf8')) as Record<
  string,
  string
>;
const truth: Record<string, { articleBody: string }> = {};
const ours: Record<string, string> = {};
for (const [name, body] of Object.entries(bodies)) {
  truth[name] = { articleBody: body };
  // parsed as eval:unseen parses a scrape: a `.txt` of the page's name
  const data = fs.readFileSync(path.join(folder, `${name}.txt`));
  ours[name] = parseArticle({ path: `${name}.txt`, data }).value?.text ?? '';
}
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'brief-scrapes-'));
try {
  fs.writeFileSync(path.join(tmp, 'ground-truth.json'), JSON.stringify(truth));
  const predictions = path.join(tmp, 'predictions.json');
  fs.writeFileSync(predictions, JSON.stringify(ours));
  const scorer = fs.realpathSync(path.resolve(datasetsDir(), '../tools/score-extraction.mjs'));
  const run = spawnSync(process.execPath, [scorer, tmp, predictions], {
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  const lines = `${run.stdout ?? ''}${run.stderr ?? ''}`.trim().split('\n');
  console.log(`## ${path.basename(folder)}, text scrapes, the parser (${Object.keys(bodies).length} pages)`);
  // the weakest pages' ids are listed only when asked (the ids, not the pages' text)
  console.log(argv.includes('--worst') ? lines.join('\n') : lines.at(-1));
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
