import fs from 'node:fs';
import path from 'node:path';
import { datasetFiles, datasetsDir, halfOf } from '../bench/datasets.js';
import { decodeText } from '../src/decode.js';
import { classifyLines } from '../src/text/classify-lines.js';
import { lineFeatures } from '../src/text/line-features.js';
import { scoreLines } from '../src/text/score-lines.js';
import { selectBody } from '../src/text/select-body.js';
import { splitLines } from '../src/text/split-lines.js';
import { labelByAnswer, labelBySnippets, type LineLabel } from './line-labels.js';

/** The labelled lines of one page of a dev set, with their features. */
export interface LabelledPage {
  set: 'zyte-dev' | 'trafilatura-eval';
  /** The file name without its extension. */
  name: string;
  /** The half of trafilatura-eval it falls in (see halfOf), or null for zyte-dev. */
  half: 'a' | 'b' | null;
  x: number[][];
  y: number[];
  /** Each labelled line's weight: a page weighs 1 in all, shared by its lines in proportion to their words (zyte-dev) or equally (trafilatura-eval). */
  w: number[];
}

const WORD = /[\p{L}\p{N}_]+/gu;
const nameOf = (file: string) => path.basename(file).replace(/\.[^.]+$/, '');

/** Cuts a page into lines and computes what the parser would: kinds, scores, the rules' body, features. */
function featuresOf(file: string) {
  const decoded = decodeText(fs.readFileSync(file));
  const source = decoded.ok ? decoded.text : '';
  const { lines } = splitLines(source);
  const kinds = classifyLines(lines);
  const x = lineFeatures(lines, kinds, scoreLines(lines, kinds), selectBody(lines, kinds));
  return { lines, x };
}

function labelled(
  set: LabelledPage['set'],
  file: string,
  labels: (lines: ReturnType<typeof featuresOf>['lines']) => LineLabel[],
  byWords: boolean,
): LabelledPage {
  const { lines, x } = featuresOf(file);
  const ys = labels(lines);
  const page: LabelledPage = { set, name: nameOf(file), half: set === 'zyte-dev' ? null : halfOf(nameOf(file)), x: [], y: [], w: [] };
  let total = 0;
  ys.forEach((label, i) => {
    if (label === null) return;
    const weight = byWords ? ((lines[i] as { text: string }).text.match(WORD)?.length ?? 0) : 1;
    page.x.push(x[i] as number[]);
    page.y.push(label);
    page.w.push(weight);
    total += weight;
  });
  page.w = page.w.map((v) => v / (total || 1));
  return page;
}

/**
 * Reads the text scrapes of zyte-dev and trafilatura-eval (from BRIEF_DATASETS) and labels their lines:
 * zyte-dev lines by the answer's word 4-grams, trafilatura-eval lines by its snippets (see line-labels).
 * @returns the labelled pages, zyte-dev first
 */
export function labelledPages(): LabelledPage[] {
  const root = datasetsDir();
  const truth = JSON.parse(fs.readFileSync(path.join(root, 'zyte-dev', 'ground-truth.json'), 'utf8')) as Record<
    string,
    { articleBody: string }
  >;
  const expected = JSON.parse(fs.readFileSync(path.join(root, 'trafilatura-eval', 'expected.json'), 'utf8')) as Record<
    string,
    { with: string[]; without: string[] }
  >;
  const pages: LabelledPage[] = [];
  for (const file of datasetFiles('zyte-dev', 'text')) {
    const answer = truth[nameOf(file)]?.articleBody;
    if (answer !== undefined) pages.push(labelled('zyte-dev', file, (l) => labelByAnswer(l, answer), true));
  }
  for (const file of datasetFiles('trafilatura-eval', 'text')) {
    const e = expected[nameOf(file)];
    if (e) pages.push(labelled('trafilatura-eval', file, (l) => labelBySnippets(l, e.with, e.without), false));
  }
  return pages;
}

/**
 * The fold (0 … folds−1) a zyte-dev page falls in for cross-validation, by a stable hash of its name.
 * @param name the page's name
 * @param folds the number of folds
 */
export function foldOf(name: string, folds: number): number {
  let h = 0;
  for (let i = 0; i < name.length; i++) h = (h * 31 + name.charCodeAt(i)) >>> 0;
  return h % folds;
}
