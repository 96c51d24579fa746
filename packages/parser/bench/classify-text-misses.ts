// Sorts the snippets of trafilatura-eval text scrapes that the parser misses into classes, by where
// the line holding each stands against the body the rules chose: text the scrape lacks; the wrong
// block (no snippet of the page found, the line far from the body); a title or dek line (the title,
// a line right above the body that is no prose, or any line above the page's date or byline); the
// lead trimmed (prose right above the body); the body cut short by a box (before or after it, by 12
// lines or fewer or more); short lines dropped (inside the body, or right after its end). A tool for choosing the next rule, not a score: the classes
// are counted, and listed only for half A (half B stands in for pages never seen).
// With `--between`, each listed line also shows what lies between it and the body: how many lines, and
// each one's kind and words ("short3 repeated1 …"), the middle of a long box elided.
// Usage: pnpm --filter @briefing/parser classify:text-misses [--half a|b] [--list] [--between] [--class PREFIX]
import type { BodyBlock } from '../src/extraction.js';
import { wordsIn } from '../src/text/count-words.js';
import { isStamp } from '../src/text/lead-under-stamp.js';
import { halfOption, optionValue, snippetScorer } from './datasets.js';
import { printClasses, scrapeLines } from './scrape-lines.js';
import { snippetPages } from './snippet-pages.js';

const argv = process.argv.slice(2);
const half = halfOption(argv) ?? 'a';
const list = argv.includes('--list') && half === 'a';
const only = optionValue(argv, '--class');
const between = argv.includes('--between');
// the scorer's own normalisation: every run of whitespace (as Python's \s sees it) is one space
const { norm } = await snippetScorer();
/** Lines this near the body's edge are its title, dek or lead above it, its end notes below it. */
const NEAR = 3;
/** A box between the body and a missed line is short up to this many lines (select-body's MAX_BRIDGE). */
const BOX = 12;

const counts = new Map<string, number>();
const rows: string[] = [];
for (const { name, data, item, article, out } of snippetPages('text', half, norm)) {
  const missed = item.with.filter((w) => !out.includes(norm(w)));
  if (missed.length === 0) continue;
  const found = item.with.length - missed.length;
  const { lines, kinds, words, region, lineAt, joined } = scrapeLines(data, norm);
  const keep = new Set(region?.keep ?? []);
  for (const snippet of missed) {
    const s = norm(snippet);
    const at = joined.indexOf(s);
    let cls: string;
    let a = -1;
    if (at === -1) cls = 'absent: text the scrape lacks';
    else {
      a = lineAt(at);
      const b = lineAt(at + s.length - 1);
      cls = classOf(a, b);
    }
    counts.set(cls, (counts.get(cls) ?? 0) + 1);
    if (list && (!only || cls.startsWith(only))) {
      const l = lines[a] as BodyBlock | undefined;
      rows.push(
        `${cls} | ${name} | line ${a} [${region?.first}-${region?.last}] ${a >= 0 ? kinds[a] : ''} ${l ? wordsIn(l.text) : ''}w\n    ${s.slice(0, 100)}\n    » ${(l?.text ?? '').slice(0, 140)}${between && a >= 0 ? `\n    ${boxBetween(a)}` : ''}`,
      );
    }
  }

  /** The lines between line `a` and the body: their count, and each one's kind and words. */
  function boxBetween(a: number): string {
    if (region === null) return 'no body';
    if (a >= region.first && a <= region.last) return 'inside the body';
    const [from, to] = a < region.first ? [a + 1, region.first - 1] : [region.last + 1, a - 1];
    const marks: string[] = [];
    for (let i = from; i <= to; i++) marks.push(`${kinds[i]}${words[i]}`);
    const shown =
      marks.length > 14 ? [...marks.slice(0, 6), `…${marks.length - 12}…`, ...marks.slice(-6)] : marks;
    return `${a < region.first ? 'above' : 'below'} the body, ${marks.length} lines between: ${shown.join(' ')}`;
  }

  function classOf(a: number, b: number): string {
    if (region === null) return 'wrong block: no body found';
    const kind = kinds[a] as string;
    const isTitle = (i: number) =>
      !!article?.title && norm(article.title) === norm((lines[i] as BodyBlock).text);
    if (a >= region.first && b <= region.last) {
      for (let i = a; i <= b; i++)
        if (!keep.has(i)) return `short line dropped: inside the body (${kinds[i]})`;
      if (a === region.first && isTitle(a)) return 'title/dek: the body’s first line taken as the title';
      return 'other: a kept line cut (a site-name prefix, a byline)';
    }
    // no snippet of the page found, and the line far from the body: another block was taken
    const far = (gap: number) => found === 0 && gap - 1 > BOX;
    if (b < region.first) {
      const gap = region.first - b;
      if (far(gap)) return 'wrong block';
      if (gap <= NEAR && isTitle(a)) return 'title/dek: the title';
      // the page's date or byline between the line and the body: the line is above it, a dek
      for (let i = b + 1; i < region.first && gap - 1 <= BOX; i++)
        if (isStamp((lines[i] as BodyBlock).text)) return 'title/dek: over the date or byline';
      if (gap <= NEAR)
        return kind === 'prose' ? 'the lead trimmed' : `title/dek: right above the body (${kind})`;
      return gap - 1 <= BOX
        ? 'cut short by a box: before the body, 12 lines'
        : 'cut short by a box: before the body, long';
    }
    if (a > region.last) {
      const gap = a - region.last;
      if (far(gap)) return 'wrong block';
      if (gap <= NEAR && kind !== 'prose') return `short line dropped: at the body’s end (${kind})`;
      return gap - 1 <= BOX
        ? 'cut short by a box: after the body, 12 lines'
        : 'cut short by a box: after the body, long';
    }
    return 'other: straddles the body’s edge';
  }
}

if (list) console.log(rows.sort().join('\n'));
printClasses(counts, `missed 'with' snippets of trafilatura-eval text, half ${half.toUpperCase()}`);
