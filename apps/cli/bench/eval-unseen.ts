// Body F1 on pages no rule of the parser was written or tuned on: the real pages of readability-pages
// (../shared/datasets/README.md), as saved HTML and as text scrapes, against the body Mozilla Readability
// extracts from each page (its expected.html), with the zyte benchmark's scorer (word 4-gram shingles).
// Each page is opened in Chromium with JavaScript off and no network, and its `innerText` taken, as
// zyte-dev's text/ was made: that is the text scrape the parser reads, and the reference is the
// `innerText` of Readability's body. Readability's output is a reference, not a human answer: the
// figures say how close the parser comes to it on unseen pages, beside keeping all the text.
// It also scores the title found in each against the title Readability reads (expected-metadata.json).
// Do not tune rules on these pages: they are the check that rules generalise.
// With `--save-scrapes DIR` it writes each text scrape, the titles (`titles.json`) and the reference
// bodies (`bodies.json`) there, for probes that count over them in aggregate (the parser's
// `bench/title-reach.ts`, `bench/classify-text-places.ts`); read no page of it. With `--from-scrapes DIR`
// it scores the text scrapes such a folder holds against its reference bodies, without Chromium: the
// same text figure in seconds, for checking each rule on text scrapes there.
// Usage: pnpm eval:unseen [--worst] [--save-scrapes DIR | --from-scrapes DIR]   (BRIEF_DATASETS=DIR to point elsewhere)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArticle, TITLE_MATCH, titleMatch } from '@briefing/parser';
import { launchChrome, stopChrome } from '@briefing/render';
import puppeteer from 'puppeteer-core';

/**
 * Below this many bytes a page is one of Readability's unit cases (a few paragraphs built to test one
 * rule: `replace-brs`, `rtl-1`), not a saved page; the real pages start at about 10 KB.
 */
const MIN_PAGE_BYTES = 10_000;

const datasets =
  process.env.BRIEF_DATASETS ?? path.resolve(import.meta.dirname, '../../../../shared/datasets');
const root = path.join(datasets, 'readability-pages');
const pages = fs
  .readdirSync(root)
  .filter((d) => fs.existsSync(path.join(root, d, 'expected.html')))
  .filter((d) => fs.statSync(path.join(root, d, 'source.html')).size >= MIN_PAGE_BYTES)
  .sort();

const fromAt = process.argv.indexOf('--from-scrapes');
if (fromAt >= 0) {
  const folder = process.argv[fromAt + 1] ?? '';
  const bodies = JSON.parse(fs.readFileSync(path.join(folder, 'bodies.json'), 'utf8')) as Record<
    string,
    string
  >;
  const names = Object.keys(bodies);
  const ours: Record<string, string> = {};
  for (const name of names) {
    // parsed as a scrape is below: a `.txt` of the page's name
    const data = fs.readFileSync(path.join(folder, `${name}.txt`));
    ours[name] = parseArticle({ path: `${name}.txt`, data }).value?.text ?? '';
  }
  printScores(bodies, [['text scrapes, the parser', ours]], names.length);
  process.exit(0);
}

/**
 * Scores each set of predictions against the reference bodies with the benchmark's scorer, printing its
 * totals (and with `--worst` its weakest pages' ids) under a heading for each.
 * @param bodies the reference body of each page
 * @param rows a label and the bodies found, by page
 * @param count how many pages
 */
function printScores(
  bodies: Record<string, string>,
  rows: readonly (readonly [string, Record<string, string>])[],
  count: number,
): void {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'brief-unseen-'));
  try {
    const truth = Object.fromEntries(
      Object.entries(bodies).map(([name, body]) => [name, { articleBody: body }]),
    );
    fs.writeFileSync(path.join(tmp, 'ground-truth.json'), JSON.stringify(truth));
    const scorer = fs.realpathSync(path.resolve(datasets, '../tools/score-extraction.mjs'));
    for (const [label, predictions] of rows) {
      const file = path.join(tmp, `${label.replace(/\W+/g, '-')}.json`);
      fs.writeFileSync(file, JSON.stringify(predictions));
      const run = spawnSync(process.execPath, [scorer, tmp, file], { encoding: 'utf8', maxBuffer: 64 << 20 });
      const lines = `${run.stdout ?? ''}${run.stderr ?? ''}`.trim().split('\n');
      console.log(`## readability-pages, ${label} (${count} pages)`);
      console.log(process.argv.includes('--worst') ? lines.join('\n') : lines.at(-1));
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

const chrome = await launchChrome();
try {
  const browser = await puppeteer.connect({ browserWSEndpoint: chrome.wsEndpoint });
  const page = await browser.newPage();
  await page.setJavaScriptEnabled(false);
  await page.setRequestInterception(true);
  page.on('request', (r) => void r.abort());
  const innerText = async (html: string) => {
    await page.setContent(html, { waitUntil: 'domcontentloaded', timeout: 30_000 });
    return page.evaluate('document.body ? document.body.innerText : ""') as Promise<string>;
  };
  const truth: Record<string, string> = {};
  const fromHtml: Record<string, string> = {};
  const ours: Record<string, string> = {};
  const whole: Record<string, string> = {};
  const titled = { pages: 0, html: 0, text: 0 };
  const saveAt = process.argv.indexOf('--save-scrapes');
  const save = saveAt >= 0 ? process.argv[saveAt + 1] : undefined;
  const saved: Record<string, string | null> = {};
  if (save) fs.mkdirSync(save, { recursive: true });
  for (const name of pages) {
    const source = path.join(root, name, 'source.html');
    const html = fs.readFileSync(source);
    const fromPage = parseArticle({ path: source, data: html }).value;
    fromHtml[name] = fromPage?.text ?? '';
    const text = await innerText(html.toString('utf8'));
    const scraped = parseArticle({ path: `${name}.txt`, data: Buffer.from(text) }).value;
    const reference = await innerText(fs.readFileSync(path.join(root, name, 'expected.html'), 'utf8'));
    truth[name] = reference;
    ours[name] = scraped?.text ?? '';
    whole[name] = text;
    const wanted = (
      JSON.parse(fs.readFileSync(path.join(root, name, 'expected-metadata.json'), 'utf8')) as {
        title?: string | null;
      }
    ).title;
    if (save) {
      fs.writeFileSync(path.join(save, `${name}.txt`), text);
      saved[name] = wanted ?? null;
    }
    if (wanted) {
      titled.pages++;
      if (titleMatch(fromPage?.title ?? '', wanted) >= TITLE_MATCH) titled.html++;
      if (titleMatch(scraped?.title ?? '', wanted) >= TITLE_MATCH) titled.text++;
    }
  }
  await browser.disconnect();
  if (save) {
    fs.writeFileSync(path.join(save, 'titles.json'), JSON.stringify(saved));
    fs.writeFileSync(path.join(save, 'bodies.json'), JSON.stringify(truth));
  }
  printScores(
    truth,
    [
      ['saved HTML, the parser', fromHtml],
      ['text scrapes, the parser', ours],
      ['all the text', whole],
    ],
    pages.length,
  );
  const share = (n: number) => (n / titled.pages).toFixed(3);
  console.log(
    `## readability-pages, titles (${titled.pages} pages with one; word F1 ≥ ${TITLE_MATCH} with Readability's)`,
  );
  console.log(`saved HTML ${share(titled.html)}, text scrapes ${share(titled.text)}`);
} finally {
  await stopChrome(chrome);
}
