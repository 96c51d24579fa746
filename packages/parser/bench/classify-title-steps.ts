// Sorts the text titles the parser misses into classes by counts only, never a page's text: which step
// gave the title (the model's pick, a kicker joined to it, a headline in the body's opening, the
// opening's line by a date line, none), where the page's title stands (no line of the scrape; a
// candidate; a line that is no candidate, above or in the body), where the line taken stands (the body's
// first line, how far above it; over or under the wanted line) and its shape (words, its end, its case).
// Pages are one half of trafilatura-eval's text scrapes, or a folder of `<name>.txt` scrapes beside a
// `titles.json` (`eval:unseen --save-scrapes DIR` writes one: its pages are the check, so only counts).
// For a title that is no line, how near the scrape comes (the best line's match and share of its words,
// the title's words anywhere, one part of a title holding the site's name). With `--parts` a line that
// matches the longest part of such a title ("Headline | Site") stands for it, as Readability keeps the
// site's name in some titles. For a wanted line that is a candidate, each feature's share of the score
// by which the line taken beat it (the shipped model's weights). `--list` (trafilatura-eval only) also
// prints each miss's page, places and gap features, to read the half looked at.
// Usage: pnpm --filter @briefing/parser classify:title-steps [--half a|b | --dir DIR] [--parts] [--list]
import fs from 'node:fs';
import path from 'node:path';
import { TITLE_FEATURES } from '../src/text/title-features.js';
import { titleModel } from '../src/text/title-model.js';
import { TITLE_MATCH, titleCoverage, titleMatch } from '../src/title-match.js';
import { optionValue } from './datasets.js';
import { extractForTitles, titlePages } from './title-pages.js';

const argv = process.argv.slice(2);
const folder = optionValue(argv, '--dir');
const pages = titlePages(argv);

/** What parts a title from the site's name: a bar, a dash, a guillemet, a colon. */
const PARTS = /\s+(?:[|–—»«·•/]|-|::?)\s+|:\s+/;
/** Where the body's first line stands among a candidate's features. */
const BODY_FIRST = TITLE_FEATURES.indexOf('bodyFirst');
const matches = (a: string, b: string) => titleMatch(a, b) >= TITLE_MATCH;
const longest = (parts: readonly string[]) =>
  parts.reduce((a, b) => (wordCount(b) > wordCount(a) ? b : a), '');
const wordCount = (s: string) => s.split(/\s+/).filter(Boolean).length;

/** A line's shape: its words in buckets, how it ends, its case. */
function shapeOf(text: string): string {
  const n = wordCount(text);
  const size = n <= 2 ? '1-2w' : n <= 4 ? '3-4w' : n <= 8 ? '5-8w' : n <= 15 ? '9-15w' : '16+w';
  const end = /[.]$/.test(text)
    ? 'stop'
    : /[?!]$/.test(text)
      ? '?!'
      : /:$/.test(text)
        ? 'colon'
        : /\s[|–—-]\s/.test(text)
          ? 'separator'
          : 'open';
  const ws = text.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  const caps = ws.filter((w) => /^\P{L}*\p{Lu}/u.test(w)).length / Math.max(1, ws.length);
  const kind = !/\p{Ll}/u.test(text) ? 'CAPS' : caps >= 0.6 ? 'Title' : 'Sentence';
  return `${size} ${end} ${kind}`;
}

/** How far a line stands from the body's first line, in non-empty lines. */
function placeOf(index: number, bodyStart: number): string {
  if (index < 0) return 'no line';
  const d = bodyStart - index;
  if (d === 0) return 'body first';
  if (d < 0) return d >= -8 ? 'in body (≤ 8 under)' : 'in body (far)';
  return d === 1 ? 'above 1' : d <= 3 ? 'above 2-3' : d <= 10 ? 'above 4-10' : 'above 11+';
}

const tables = new Map<string, Map<string, number>>();
const add = (table: string, key: string) => {
  const t = tables.get(table) ?? new Map<string, number>();
  t.set(key, (t.get(key) ?? 0) + 1);
  tables.set(table, t);
};
const gap = new Map<string, number>();
let n = 0;
let missed = 0;
for (const { file, want } of pages) {
  if (!fs.existsSync(file)) continue;
  n++;
  const { source, found, data, lines } = extractForTitles(file);
  const got = found.meta.title ?? '';
  if (matches(got, want)) continue;
  missed++;
  const cands = data.titleCandidates ?? [];
  const firstLine = found.blocks[0]?.line;
  const bodyStart =
    cands.find((c) => c.features[BODY_FIRST] === 1)?.index ?? lines.findIndex((l) => l.line === firstLine);
  const step = data.titleStep?.step ?? 'none';
  const at = data.titleStep?.index ?? -1;
  const exact = lines.findIndex((l) => matches(l.text, want));
  const wantParts = want.split(PARTS).filter((p) => p.trim() !== '');
  const where =
    exact >= 0 || !argv.includes('--parts') || wantParts.length < 2
      ? exact
      : lines.findIndex((l) => matches(l.text, longest(wantParts)));
  const wanted =
    where < 0
      ? 'not a line'
      : cands.some((c) => c.index === where)
        ? 'a candidate'
        : where > bodyStart
          ? 'in the body, no candidate'
          : 'above, no candidate';
  add('step', step);
  if (exact < 0) {
    // how near the scrape comes: the best line's match, the best line's share of the title's words, the
    // title's words anywhere in the text, the picked line's share of the title's words
    const best = Math.max(0, ...lines.map((l) => titleMatch(l.text, want)));
    const cover = Math.max(0, ...lines.map((l) => titleCoverage(l.text, want)));
    const bucket = (x: number) => (x >= 0.8 ? '≥ 0.8' : x >= 0.5 ? '0.5-0.8' : x > 0 ? '< 0.5' : '0');
    add("not a line: the best line's match", bucket(best));
    add("not a line: the best line's share of its words", bucket(cover));
    add('not a line: its words anywhere in the text', bucket(titleCoverage(source, want)));
    add('not a line: the title taken holds … of its words', bucket(titleCoverage(got, want)));
    add(
      "not a line: the title's words",
      `${Math.min(wordCount(want), 16)}${wordCount(want) >= 16 ? '+' : ''}`,
    );
    const parts = wantParts;
    add(
      'not a line: the wanted title in parts, one of them …',
      parts.length < 2
        ? 'one part'
        : parts.some((p) => matches(got, p))
          ? 'the title taken'
          : parts.some((p) => lines.some((l) => matches(l.text, p)))
            ? 'a line, not the one taken'
            : 'no line',
    );
    add('not a line: a separator in the wanted title', /\s[|–—:-]\s?/.test(want) ? 'yes' : 'no');
  }
  add('the wanted title', wanted);
  add('step × wanted', `${step} / ${wanted}`);
  if (at >= 0) {
    add('the line taken: place', placeOf(at, bodyStart));
    add('the line taken: shape', shapeOf(got));
    if (where >= 0) {
      const rel =
        at < where
          ? `over the wanted by ${Math.min(where - at, 4)}${where - at > 4 ? '+' : ''}`
          : `under the wanted by ${Math.min(at - where, 4)}${at - where > 4 ? '+' : ''}`;
      add('the line taken against the wanted line', rel);
      add('the wanted line: place', placeOf(where, bodyStart));
      add('wanted class × its shape', `${wanted} / ${shapeOf(lines[where]?.text ?? '')}`);
      add('wanted place × taken place', `${placeOf(where, bodyStart)} / ${placeOf(at, bodyStart)}`);
      if (argv.includes('--list') && !folder)
        console.log(
          `${path.basename(file)}\t${placeOf(where, bodyStart)}\t${placeOf(at, bodyStart)}\t${wanted}`,
        );
      add('the wanted line: shape', shapeOf(lines[where]?.text ?? ''));
      const w = cands.find((c) => c.index === where);
      const t = cands.find((c) => c.index === at);
      if (w && t && step === 'model') {
        // each feature's share of the score by which the line taken beat the wanted one
        const weights = titleModel().weights;
        const big: string[] = [];
        TITLE_FEATURES.forEach((name, k) => {
          const d = ((t.features[k] ?? 0) - (w.features[k] ?? 0)) * (weights[k] ?? 0);
          gap.set(name, (gap.get(name) ?? 0) + d);
          if (d > 0.3) add('candidate wanted: features giving the taken ≥ 0.3 more', name);
          if (d > 0.3) big.push(name);
          if (d < -0.3) big.push(`-${name}`);
        });
        if (argv.includes('--list') && !folder)
          console.log(
            `GAP\t${path.basename(file)}\t${big.join(',')}\t${want.slice(0, 50)}\t${got.slice(0, 50)}\t${where}->${at} body ${bodyStart}`,
          );
      }
    }
  }
}
console.log(`${n} text scrapes with a title, ${missed} missed (title match < ${TITLE_MATCH})`);
for (const [name, t] of tables) {
  console.log(`\n## ${name}`);
  for (const [key, k] of [...t].sort((a, b) => b[1] - a[1])) console.log(`${String(k).padStart(5)}  ${key}`);
}
console.log("\n## candidate wanted: each feature's summed share of the gap (taken − wanted)");
for (const [name, d] of [...gap].sort((a, b) => b[1] - a[1]))
  if (Math.abs(d) >= 0.5) console.log(`${d.toFixed(1).padStart(6)}  ${name}`);
