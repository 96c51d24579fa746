// Scores text-scrape extraction on zyte-dev's text scrapes as they are and as other tools and hands
// write the same text, with the benchmark's own scorer: no blank lines, a blank line between every
// two lines, Windows line ends, every line indented, tabs, non-breaking spaces, and paragraphs
// hard-wrapped at 76 and at 64 characters (a mail client, a plain-text post, a page saved as text).
// A scrape's text is what users paste: the body found should not hang on how its lines were written.
// Last, the article alone (the benchmark's answer as the input, as a user who selects only the article
// copies it): all of it should be kept.
// Usage: pnpm --filter @briefing/parser eval:robustness [--only NAME,NAME]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArticle } from '../src/index.js';
import { datasetFiles, datasetsDir, optionValue } from './datasets.js';

/**
 * Each line wrapped greedily at `width` characters, as a plain-text writer wraps a paragraph.
 * @param text the scrape
 * @param width the widest line
 */
function hardWrapped(text: string, width: number): string {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    let current = '';
    for (const word of line.split(' ')) {
      if (current !== '' && current.length + 1 + word.length > width) {
        out.push(current);
        current = word;
      } else current = current === '' ? word : `${current} ${word}`;
    }
    out.push(current);
  }
  return out.join('\n');
}

/** Every 25th space a non-breaking one, as text copied from a page sets them between words. */
function withNonBreakingSpaces(text: string): string {
  let n = 0;
  return text.replace(/ /g, (space) => (++n % 25 === 0 ? '\u00a0' : space));
}

const WRITINGS: Record<string, (text: string) => string> = {
  'as is': (text) => text,
  'no blank lines': (text) => text.replace(/\n[ \t]*\n+/g, '\n'),
  'blank lines between all': (text) => text.replace(/\n+/g, '\n\n'),
  'Windows line ends': (text) => text.replace(/\n/g, '\r\n'),
  'indented lines': (text) => text.replace(/^/gm, '  '),
  'tabs before lines': (text) => text.replace(/\n/g, '\n\t'),
  'non-breaking spaces': withNonBreakingSpaces,
  'wrapped at 76': (text) => hardWrapped(text, 76),
  'wrapped at 64': (text) => hardWrapped(text, 64),
};

const argv = process.argv.slice(2);
const only = optionValue(argv, '--only')?.split(',');
const root = datasetsDir();
const scorer = path.join(fs.realpathSync(path.resolve(root, '../tools')), 'score-extraction.mjs');
const files = datasetFiles('zyte-dev', 'text');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'brief-robust-'));
try {
  console.log(`zyte-dev text scrapes (${files.length} pages), body F1 by how the text is written`);
  const answers = JSON.parse(
    fs.readFileSync(path.join(root, 'zyte-dev', 'ground-truth.json'), 'utf8'),
  ) as Record<string, { articleBody: string }>;
  const articleAlone = (file: string) => answers[path.basename(file, '.txt')]?.articleBody ?? '';
  for (const [name, write] of [...Object.entries(WRITINGS), ['the article alone', null] as const]) {
    if (only && !only.includes(name)) continue;
    const records = files.map((file) => {
      const data = Buffer.from(write === null ? articleAlone(file) : write(fs.readFileSync(file, 'utf8')));
      return { path: file, text: parseArticle({ path: file, data }).value?.text ?? '' };
    });
    const predictions = path.join(tmp, 'predictions.json');
    fs.writeFileSync(predictions, JSON.stringify(records));
    const run = spawnSync(process.execPath, [scorer, path.join(root, 'zyte-dev'), predictions], {
      encoding: 'utf8',
    });
    const line = (run.stdout ?? '').split('\n').find((l) => l.startsWith('n=')) ?? run.stderr;
    console.log(`${name.padEnd(24)} ${line}`);
  }
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
