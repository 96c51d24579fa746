// Scores the line model out of sample: zyte-dev text by K-fold cross-validation over pages (each page
// parsed with a model trained without its fold) and trafilatura-eval text half B with a model trained
// without half B; and the same pages with the rules alone (BRIEF_LINE_MODEL=off), in the same run.
// Usage: pnpm --filter @briefing/parser eval:line-model [--folds K]  (default 5; BRIEF_DATASETS=DIR)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { foldOf, labelledPages } from '../scripts/line-pages.js';
import { trainLineModel } from '../scripts/train-line-model.js';
import { parseArticle } from '../src/index.js';
import { datasetFiles, datasetsDir, halfOf, optionValue } from './datasets.js';

const root = datasetsDir();
const tools = fs.realpathSync(path.resolve(root, '../tools'));
const folds = Number(optionValue(process.argv, '--folds') ?? 5);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'brief-line-model-'));
const nameOf = (file: string) => path.basename(file).replace(/\.[^.]+$/, '');

/** Parses the files with the model file given (or `off`) and returns the records the scorers read. */
function parse(files: readonly string[], model: string): { path: string; text: string }[] {
  process.env.BRIEF_LINE_MODEL = model;
  return files.map((file) => ({
    path: file,
    text: parseArticle({ path: file, data: fs.readFileSync(file) }).value?.text ?? '',
  }));
}

/** Runs a scorer on the records and returns its summary lines. */
function score(scorer: string, answers: string, records: unknown, name: string): string {
  const predictions = path.join(tmp, `${name}.json`);
  fs.writeFileSync(predictions, JSON.stringify(records));
  const run = spawnSync(process.execPath, [path.join(tools, scorer), answers, predictions], { encoding: 'utf8' });
  return (run.stdout ?? '')
    .split('\n')
    .filter((l) => /^(pages=|tp=|F=|n=)/.test(l))
    .join('\n');
}

try {
  const pages = labelledPages();
  const save = (model: unknown, name: string) => {
    const file = path.join(tmp, `${name}.json`);
    fs.writeFileSync(file, JSON.stringify(model));
    return file;
  };

  const zyte = datasetFiles('zyte-dev', 'text');
  const cv: { path: string; text: string }[] = [];
  for (let k = 0; k < folds; k++) {
    const model = save(trainLineModel(pages, { fold: [k, folds] }), `fold-${k}`);
    cv.push(...parse(zyte.filter((f) => foldOf(nameOf(f), folds) === k), model));
  }
  console.log(`## zyte-dev/text, rules alone`);
  console.log(score('score-extraction.mjs', path.join(root, 'zyte-dev'), parse(zyte, 'off'), 'zyte-off'));
  console.log(`## zyte-dev/text, line model by ${folds}-fold cross-validation`);
  console.log(score('score-extraction.mjs', path.join(root, 'zyte-dev'), cv, 'zyte-cv'));

  const traf = datasetFiles('trafilatura-eval', 'text').filter((f) => halfOf(nameOf(f)) === 'b');
  const answers = path.join(tmp, 'traf-b');
  fs.mkdirSync(answers);
  for (const file of ['expected.json', 'languages.json']) {
    const all = JSON.parse(fs.readFileSync(path.join(root, 'trafilatura-eval', file), 'utf8')) as Record<string, unknown>;
    const kept = Object.entries(all).filter(([name]) => halfOf(name) === 'b');
    fs.writeFileSync(path.join(answers, file), JSON.stringify(Object.fromEntries(kept)));
  }
  const withoutB = save(trainLineModel(pages, { half: 'b' }), 'without-b');
  console.log(`## trafilatura-eval/text half B, rules alone`);
  console.log(score('score-snippets.mjs', answers, parse(traf, 'off'), 'traf-off'));
  console.log(`## trafilatura-eval/text half B, line model trained without half B`);
  console.log(score('score-snippets.mjs', answers, parse(traf, withoutB), 'traf-b'));
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
