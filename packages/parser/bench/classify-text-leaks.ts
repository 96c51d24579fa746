// Sorts the `without` snippets of trafilatura-eval text scrapes that the parser keeps (its false
// positives) into classes, by where the line holding each stands in the body the rules chose and what
// it looks like: the wrong block (none of the page's `with` snippets kept); the body's opening (its
// first 3 lines: a title, byline or dek repeated); its close (its last 10 lines: a sign-off, bio,
// teasers, comments); its middle; then, in brackets, the line's kind and a guess at what it is (a
// comment header, a repeated card, a call, a credit, a link-like headline, prose). The sibling of
// `classify-text-misses.ts`: a tool for choosing the next rule, not a score; listed only for half A.
// Usage: pnpm --filter @briefing/parser classify:text-leaks [--half a|b] [--list] [--class PREFIX]
import fs from 'node:fs';
import path from 'node:path';
import { decodeText } from '../src/decode.js';
import type { BodyBlock } from '../src/extraction.js';
import { parseArticle } from '../src/index.js';
import { classifyLines, shapeOf, titleLike } from '../src/text/classify-lines.js';
import { wordsIn } from '../src/text/count-words.js';
import { isStamp } from '../src/text/lead-under-stamp.js';
import { selectBody } from '../src/text/select-body.js';
import { splitLines } from '../src/text/split-lines.js';
import {
  datasetFiles,
  halfOf,
  halfOption,
  optionValue,
  snippetScorer,
  trafilaturaSnippets,
} from './datasets.js';

const argv = process.argv.slice(2);
const half = halfOption(argv) ?? 'a';
const list = argv.includes('--list') && half === 'a';
const only = optionValue(argv, '--class');
const expected = trafilaturaSnippets();
const { norm } = await snippetScorer();
/** The body's first lines that are its opening (title, byline, dek repeated). */
const OPENING = 3;
/** The body's last lines that are its close (sign-off, bio, teasers, comments). */
const CLOSE = 10;

const counts = new Map<string, number>();
const rows: string[] = [];
for (const file of datasetFiles('trafilatura-eval', 'text')) {
  const name = path.basename(file, '.txt');
  const item = expected[name];
  if (!item || halfOf(name) !== half) continue;
  const data = fs.readFileSync(file);
  const article = parseArticle({ path: file, data }).value;
  const out = norm(article?.text ?? '');
  const leaked = item.without.filter((w) => out.includes(norm(w)));
  if (leaked.length === 0) continue;
  const found = item.with.filter((w) => out.includes(norm(w))).length;
  const decoded = decodeText(data);
  const lines = decoded.ok ? splitLines(decoded.text).lines : [];
  const kinds = classifyLines(lines);
  const region = lines.length > 0 ? selectBody(lines, kinds) : null;
  const keep = region?.keep ?? [];
  const starts: number[] = [];
  let joined = '';
  for (const l of lines) {
    starts.push(joined.length);
    joined += `${norm(l.text)} `;
  }
  const lineAt = (at: number) => {
    let i = 0;
    while (i + 1 < starts.length && (starts[i + 1] as number) <= at) i++;
    return i;
  };
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
const total = [...counts.values()].reduce((x, y) => x + y, 0);
console.log(`\nkept 'without' snippets of trafilatura-eval text, half ${half.toUpperCase()}: ${total}`);
const groups = new Map<string, number>();
for (const [cls, n] of counts)
  groups.set(cls.split(':')[0] as string, (groups.get(cls.split(':')[0] as string) ?? 0) + n);
for (const [group, n] of [...groups].sort((x, y) => y[1] - x[1])) {
  console.log(`${String(n).padStart(5)}  ${group}`);
  for (const [cls, m] of [...counts].sort((x, y) => y[1] - x[1]))
    if (cls.split(':')[0] === group && cls !== group)
      console.log(`${String(m).padStart(9)}  ${cls.slice(group.length + 2)}`);
}
