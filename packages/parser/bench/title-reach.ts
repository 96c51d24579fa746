// Counts, in aggregate only, how far the title of text scrapes can be found at all: how many scrapes
// hold the page's title (word F1 ≥ TITLE_MATCH) as one of their lines (the ceiling of any rule that
// picks a line), how many in their first N lines, in the window above the body the title step looks
// at, among its candidates, and how often the parser's title is a line at all, none, or the right one.
// Pages are trafilatura-eval's text scrapes, one half of them, or a folder of `<name>.txt` scrapes
// beside a `titles.json` `{ "<name>": "<title>" }` (`eval:unseen --save-scrapes DIR` writes one: its
// pages are the check, so only these counts are printed, never a page).
// Usage: pnpm --filter @briefing/parser exec tsx bench/title-reach.ts [--half a|b] [--dir DIR]
import fs from 'node:fs';
import { MAX_LOOKBACK } from '../src/text/title-candidates.js';
import { TITLE_MATCH, titleCoverage, titleMatch } from '../src/title-match.js';
import { extractForTitles, titlePages } from './title-pages.js';

const argv = process.argv.slice(2);
const pages = titlePages(argv);

const matches = (a: string, b: string) => titleMatch(a, b) >= TITLE_MATCH;
const FIRST = [5, 10, 20, 40];
/** What parts a line's title from the site's name: a bar, a dash, a guillemet, a colon, with spaces around. */
const PARTS = /\s+(?:[|–—»«·•/]|-|::?)\s+/;
/** Whether a line holds 80 % of a title's words (each counted as often as it occurs). */
function covers(line: string, want: string): boolean {
  return titleCoverage(line, want) >= TITLE_MATCH;
}
const count = new Map<string, number>();
const add = (key: string) => count.set(key, (count.get(key) ?? 0) + 1);
let n = 0;
for (const { file, want } of pages) {
  if (!fs.existsSync(file)) continue;
  n++;
  const { found, data, lines } = extractForTitles(file);
  const got = found.meta.title ?? null;
  const cands = data.titleCandidates ?? [];
  const firstLine = found.blocks[0]?.line;
  const bodyStart =
    cands.find((c) => c.features[22] === 1)?.index ?? lines.findIndex((l) => l.line === firstLine);
  const at: number[] = [];
  for (let i = 0; i < lines.length; i++) if (matches((lines[i] as { text: string }).text, want)) at.push(i);
  const where = at[0] ?? -1;
  if (where >= 0) add('a line of the scrape (ceiling)');
  for (const k of FIRST) if (where >= 0 && where < k) add(`among the first ${k} lines`);
  if (where < 0) {
    // where the title is when no line is it: one part of a line ("Headline | Site"), two lines run
    // together, inside a longer line (most of its words in one line), or nowhere
    const texts = lines.map((l) => l.text);
    if (texts.some((t) => t.split(PARTS).some((p) => matches(p, want))))
      add('not a line: one part of a line');
    else if (texts.some((t, i) => i + 1 < texts.length && matches(`${t} ${texts[i + 1]}`, want)))
      add('not a line: two lines run together');
    else if (texts.some((t) => covers(t, want))) add('not a line: inside a longer line');
    else add('not a line: its words in no line');
  }
  if (lines.length === 0) add('no line at all');
  if (found.blocks.length === 0) add('no body');
  if (bodyStart >= 0 && at.some((i) => i <= bodyStart && i >= bodyStart - MAX_LOOKBACK))
    add(`within ${MAX_LOOKBACK} lines above the body, or its first line`);
  else if (bodyStart >= 0 && at.some((i) => i > bodyStart)) add('only in the body, under its first line');
  else if (where >= 0) add(`only more than ${MAX_LOOKBACK} lines above the body`);
  if (cands.some((c) => matches(c.text, want))) add('among the candidates');
  if (got === null) add('parser: no title');
  else {
    add('parser: a title');
    if (matches(got, want)) add('parser: the title');
  }
}
console.log(`${n} text scrapes with a title (title match ≥ ${TITLE_MATCH})`);
for (const [key, k] of [...count].sort((a, b) => b[1] - a[1]))
  console.log(`${String(k).padStart(5)}  ${((100 * k) / n).toFixed(1).padStart(5)} %  ${key}`);
