// Sorts the `without` snippets of trafilatura-eval text scrapes that the parser keeps (its false
// positives) into classes, by where the line holding each stands in the body the rules chose and what
// it looks like: the wrong block (none of the page's `with` snippets kept); the body's opening (its
// first 3 lines: a title, byline or dek repeated); its close (its last 10 lines: a sign-off, bio,
// teasers, comments); its middle; then, in brackets, the line's kind and a guess at what it is (a
// comment header, a repeated card, a call, a credit, a link-like headline, prose). The sibling of
// `classify-text-misses.ts`: a tool for choosing the next rule, not a score; listed only for half A.
// Usage: pnpm --filter @briefing/parser classify:text-leaks [--half a|b] [--list] [--class PREFIX]
import type { BodyBlock } from '../src/extraction.js';
import { shapeOf } from '../src/text/classify-lines.js';
import { wordsIn } from '../src/text/count-words.js';
import { isStamp } from '../src/text/lead-under-stamp.js';
import { titleLike } from '../src/text/title-like.js';
import { halfOption, optionValue, snippetScorer } from './datasets.js';
import { printClasses, scrapeLines } from './scrape-lines.js';
import { snippetPages } from './snippet-pages.js';

const argv = process.argv.slice(2);
const half = halfOption(argv) ?? 'a';
const list = argv.includes('--list') && half === 'a';
const only = optionValue(argv, '--class');
const { norm } = await snippetScorer();
/** The body's first lines that are its opening (title, byline, dek repeated). */
const OPENING = 3;
/** The body's last lines that are its close (sign-off, bio, teasers, comments). */
const CLOSE = 10;

const counts = new Map<string, number>();
const rows: string[] = [];
for (const { name, data, item, out } of snippetPages('text', half, norm)) {
  const leaked = item.without.filter((w) => out.includes(norm(w)));
  if (leaked.length === 0) continue;
  const found = item.with.filter((w) => out.includes(norm(w))).length;
  const { lines, kinds, region, lineAt, joined } = scrapeLines(data, norm);
  const keep = region?.keep ?? [];
  for (const snippet of leaked) {
    const s = norm(snippet);
    // the kept line holding the snippet (the first copy inside the body)
    let at = joined.indexOf(s);
    let a = at === -1 ? -1 : lineAt(at);
    while (at !== -1 && region && !keep.includes(a)) {
      at = joined.indexOf(s, at + 1);
      if (at !== -1) a = lineAt(at);
    }
    let cls: string;
    if (at === -1 || !region) cls = 'other: not on one kept line';
    else {
      const place = keep.indexOf(a);
      const where =
        found === 0
          ? 'wrong block'
          : place < OPENING
            ? 'opening'
            : place >= keep.length - CLOSE
              ? 'close'
              : 'middle';
      cls = `${where}: ${kinds[a]}, ${lookOf(a)}`;
    }
    counts.set(cls, (counts.get(cls) ?? 0) + 1);
    if (list && (!only || cls.startsWith(only))) {
      const l = lines[a] as BodyBlock | undefined;
      rows.push(
        `${cls} | ${name} | line ${a} [${region?.first}-${region?.last}] ${l ? wordsIn(l.text) : ''}w\n    ${s.slice(0, 100)}\n    » ${(l?.text ?? '').slice(0, 140)}`,
      );
    }
  }

  /** A guess at what line `i` is, from its own text and its neighbours'. */
  function lookOf(i: number): string {
    const text = (lines[i] as BodyBlock).text;
    const words = wordsIn(text);
    if (isStamp(text)) return 'a date or byline';
    const shape = shapeOf(text);
    const twins = keep.filter((j) => j !== i && shapeOf((lines[j] as BodyBlock).text) === shape).length;
    if (twins >= 2) return 'a repeated shape';
    const near = [lines[i - 1], lines[i + 1]].some((l) => l && isStamp(l.text));
    if (near) return 'beside a date or byline';
    if (words <= 12 && titleLike(text)) return 'a headline';
    if (words <= 12) return 'a short line';
    return /[.!?…"”»)]$/.test(text) ? 'prose' : 'text without an end';
  }
}

if (list) console.log(rows.sort().join('\n'));
printClasses(counts, `kept 'without' snippets of trafilatura-eval text, half ${half.toUpperCase()}`);
