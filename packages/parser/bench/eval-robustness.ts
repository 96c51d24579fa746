// Scores text-scrape extraction on zyte-dev's text scrapes as they are and as other tools and hands
// write the same text, with the benchmark's own scorer: no blank lines, a blank line between every
// two lines, Windows line ends, every line indented, tabs, non-breaking spaces, and paragraphs
// hard-wrapped at 76 and at 64 characters (a mail client, a plain-text post, a page saved as text), and
// typed with two spaces after each stop and wrapped at 72 (a typist's mail).
// A scrape's text is what users paste: the body found should not hang on how its lines were written.
// Last, the article alone (the benchmark's answer as the input, as a user who selects only the article
// copies it): all of it should be kept.
// With --agreement, trafilatura-eval's text scrapes too (990 pages, whose answers are snippets, not
// bodies): each rewriting's body scored against the body of the scrape as is, by half, with the same
// word 4-gram measure; half B is where no rule was looked for.
// With --interrupted, issue 17's largest class made on purpose: a box of six short lines set between two
// prose lines in the middle of the body found, as a related-links box, a gallery's captions or a list
// of scores cut an article. The box is the page's own furniture lines (2-8 words, no sentence's stop:
// a menu's or a header's first), another page's in the same language (lines the page does not repeat
// elsewhere, as an inline box seldom is repeated), or the headlines of six other pages in its language. The body of
// the page so cut, scored against the body as is (zyte-dev, and trafilatura-eval by half), should keep
// both halves and leave the box out.
// --list prints the cut pages of zyte-dev and half A whose body falls below 0.9 in P or R (--list-b: half B's too),
// each marked "closing box" when a line of its box is one a site writes at an article's end (a pointer, a
// comment form's heading, a call to subscribe: `closedBetween`), where the bridge stops on purpose, and
// the count of such pages after each kind.
// Usage: pnpm --filter @briefing/parser eval:robustness [--only NAME,NAME] [--agreement] [--interrupted [--list|--list-b]]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArticle } from '../src/index.js';
import { wordsIn } from '../src/text/count-words.js';
import { closedBetween } from '../src/text/far-join.js';
import { datasetFiles, datasetsDir, halfOf, optionValue } from './datasets.js';
import { BOX_LINES, borrowedBoxes, interrupted, ownFurniture, teaserBoxes } from './interrupted-body.js';

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
  // a typist's mail: two spaces after each sentence's stop, then wrapped at 72
  'typed and wrapped at 72': (text) => hardWrapped(text.replace(/([.!?]) (?=\p{Lu})/gu, '$1  '), 72),
};

/** A text's word 4-grams and how often each stands, as the benchmark's scorer counts them. */
function shingles(text: string): Map<string, number> {
  const words = text.match(/[\p{L}\p{N}_]+/gu) ?? [];
  const out = new Map<string, number>();
  if (words.length < 4) {
    if (words.length > 0) out.set(words.join(' '), 1);
    return out;
  }
  for (let i = 0; i + 4 <= words.length; i++) {
    const key = words.slice(i, i + 4).join(' ');
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

/**
 * Precision and recall of one body against another, over their word 4-grams.
 * @param truth the body taken as right
 * @param found the body to score
 */
function agreement(truth: string, found: string): [number, number] {
  const want = shingles(truth);
  const got = shingles(found);
  let tp = 0;
  for (const [key, n] of got) tp += Math.min(n, want.get(key) ?? 0);
  let wanted = 0;
  for (const n of want.values()) wanted += n;
  let gotten = 0;
  for (const n of got.values()) gotten += n;
  return [gotten === 0 ? 0 : tp / gotten, wanted === 0 ? 0 : tp / wanted];
}

/** The precision and recall of bodies against bodies as is, summed by half, and the cells printed of them. */
class HalfSums {
  private readonly sums = { a: [0, 0, 0], b: [0, 0, 0] };

  /** Adds one page's precision and recall to its half. */
  add(half: 'a' | 'b', p: number, r: number): void {
    const sum = this.sums[half];
    sum[0] = (sum[0] as number) + p;
    sum[1] = (sum[1] as number) + r;
    sum[2] = (sum[2] as number) + 1;
  }

  /** Each half's mean precision and recall and their F1, after its label. */
  cells(halves: readonly ('a' | 'b')[], label: (half: 'a' | 'b', n: number) => string): string {
    return halves
      .map((half) => {
        const [p, r, n] = this.sums[half] as [number, number, number];
        const [precision, recall] = [p / n, r / n];
        const f = (2 * precision * recall) / (precision + recall);
        return `${label(half, n)} F1=${f.toFixed(3)} P=${precision.toFixed(3)} R=${recall.toFixed(3)}`;
      })
      .join('  ');
  }
}

/** Prints, by half of trafilatura-eval, how well each rewriting's body agrees with the body as is. */
function agreementOnTrafilatura(): void {
  const pages = datasetFiles('trafilatura-eval', 'text').map((file) => {
    const source = fs.readFileSync(file, 'utf8');
    return { file, source, half: halfOf(path.basename(file, '.txt')), body: bodyOf(file, source) };
  });
  const scored = pages.filter((page) => page.body.trim() !== '');
  console.log(
    `\ntrafilatura-eval text scrapes (${scored.length} pages with a body): each rewriting's body against the body as is`,
  );
  for (const [name, write] of Object.entries(WRITINGS)) {
    if (name === 'as is' || (only && !only.includes(name))) continue;
    const sums = new HalfSums();
    for (const page of scored) {
      const [p, r] = agreement(page.body, bodyOf(page.file, write(page.source)));
      sums.add(page.half, p, r);
    }
    console.log(`${name.padEnd(24)} ${sums.cells(['a', 'b'], (half) => `half ${half.toUpperCase()}`)}`);
  }
}

/** The box a page is cut by: its own furniture lines, another page's, or other pages' headlines. */
const BOX_KINDS = ['furniture', 'borrowed', 'headlines'] as const;

/**
 * Prints how well the body of each page of a dataset cut by each kind of box ({@link interrupted})
 * agrees with the body as is (the pages parsed once for all three).
 */
function interruptedBodies(dataset: 'zyte-dev' | 'trafilatura-eval'): void {
  const pages = datasetFiles(dataset, 'text').map((file) => {
    const source = fs.readFileSync(file, 'utf8');
    const article = parseArticle({ path: file, data: Buffer.from(source) }).value;
    const half = dataset === 'zyte-dev' ? 'a' : halfOf(path.basename(file, '.txt'));
    const body = article?.text ?? '';
    return { file, source, half, body, title: article?.title ?? null, language: article?.language ?? null };
  });
  for (const kind of BOX_KINDS) {
    const boxes =
      kind === 'headlines' ? teaserBoxes(pages) : kind === 'borrowed' ? borrowedBoxes(pages) : null;
    const sums = new HalfSums();
    let [listed, closing] = [0, 0];
    pages.forEach(({ file, source, body, half }, i) => {
      const box = boxes?.[i];
      if (body.trim() === '' || box === null) return;
      const cut = interrupted(source, body, box);
      if (cut === null) return;
      const [p, r] = agreement(body, bodyOf(file, cut));
      // --list: the pages whose cut body falls short (half B's only with --list-b, so that a rule looked
      // for stays judged on pages no one read)
      if (listing.has(half) && (p < 0.9 || r < 0.9)) {
        const closes = closingBox(box ?? ownFurniture(source, body));
        [listed, closing] = [listed + 1, closing + (closes ? 1 : 0)];
        console.log(
          `  ${dataset}, ${kind}: ${path.basename(file)} P=${p.toFixed(2)} R=${r.toFixed(2)}${closes ? ' closing box' : ''}`,
        );
      }
      sums.add(half, p, r);
    });
    const halves = dataset === 'zyte-dev' ? (['a'] as const) : (['a', 'b'] as const);
    const cells = sums.cells(halves, (half, n) =>
      dataset === 'zyte-dev' ? `all (${n})` : `half ${half.toUpperCase()} (${n})`,
    );
    console.log(`${`${dataset}, ${kind}`.padEnd(30)} ${cells}`);
    if (listed > 0)
      console.log(`  listed ${listed}, of which the box holds a line ending an article: ${closing}`);
  }
}

/**
 * Whether a box holds a line a site writes at an article's end (see closedBetween, its calls to share and
 * subscribe included): the bridge stops at such a line on purpose, so a page cut by it is no rule's miss.
 * @param box the box's lines
 */
function closingBox(box: readonly string[]): boolean {
  const texts = ['', ...box, ''];
  const lines = texts.map((text) => ({ text, line: 0, column: 0, offset: 0 }));
  return closedBetween({ lines, lengths: texts.map(wordsIn) }, 0, texts.length - 1);
}

/** The body the parser finds in a text. */
function bodyOf(file: string, text: string): string {
  return parseArticle({ path: file, data: Buffer.from(text) }).value?.text ?? '';
}

const argv = process.argv.slice(2);
const only = optionValue(argv, '--only')?.split(',');
/** Which pages --interrupted lists: half A's and zyte-dev's (--list), or half B's too (--list-b). */
const listing = new Set(argv.includes('--list-b') ? ['a', 'b'] : argv.includes('--list') ? ['a'] : []);
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
  if (argv.includes('--agreement')) agreementOnTrafilatura();
  if (argv.includes('--interrupted')) {
    console.log(
      `\na box of ${BOX_LINES} lines in the middle of the body (the page's own furniture, another page's, other pages' headlines): its body against the body as is`,
    );
    interruptedBodies('zyte-dev');
    interruptedBodies('trafilatura-eval');
  }
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
