// Sorts the titles the parser misses on one half of trafilatura-eval into classes by why they are
// missed, and counts them. Text scrapes: where the page's title stands in the scrape (not in it; split
// over two lines; one part of a line with a separator; too far above the body; in the body; a line that
// is no candidate, and why) and, when it is a candidate, what was picked instead (a label of four words
// or fewer, a line with a separator, another line: a teaser, dek or caption). Saved HTML: which of the
// page's stated titles (`<title>`, `og:title`, JSON-LD `headline`, `<h1>`) the answer matches, and
// whether the answer is one part of the title found (the site's name kept, the wrong half kept).
// Usage: pnpm --filter @briefing/parser classify:titles [--half a|b] [--format text|html] [--list CLASS]
import fs from 'node:fs';
import path from 'node:path';
import { parseArticle } from '../src/index.js';
import { TITLE_MATCH, titleMatch } from '../src/title-match.js';
import { datasetsDir, halfOf, optionValue } from './datasets.js';
import { extractForTitles } from './title-pages.js';
import { trafilaturaField } from './trafilatura-metadata.js';

const argv = process.argv.slice(2);
const half = optionValue(argv, '--half') ?? 'a';
const format = (optionValue(argv, '--format') ?? 'text') as 'text' | 'html';
const list = optionValue(argv, '--list');
const dir = path.join(datasetsDir(), 'trafilatura-eval');
const titles = trafilaturaField(dir, 'title');
const PARTS = /\s+(?:[|–—»«·•/]|-|::?)\s+/;
const matches = (a: string, b: string) => titleMatch(a, b) >= TITLE_MATCH;
const partOf = (line: string, want: string) => line.split(PARTS).some((p) => matches(p, want));
const nonLatin = (s: string) => /[^\p{Script=Latin}\P{L}]/u.test(s);

function textClass(file: string, want: string): [string, string] {
  const { found, data, lines } = extractForTitles(file);
  const got = found.meta.title ?? '';
  const cands = data.titleCandidates ?? [];
  const bodyFirst = cands.find((c) => c.features[22] === 1);
  const firstLine = found.blocks[0]?.line;
  const bodyStart = bodyFirst?.index ?? lines.findIndex((l) => l.line === firstLine);
  const where = lines.findIndex((l) => matches(l.text, want));
  const picked = cands.find((c) => c.text.startsWith(got.slice(0, 20)));
  const pick = picked ? `picked "${picked.text.slice(0, 50)}"` : `got "${got.slice(0, 50)}"`;
  const script = nonLatin(want) ? ' (other script)' : '';
  if (cands.length === 0) return [`no candidate${script}`, pick];
  if (where < 0) {
    for (let i = 0; i + 1 < lines.length; i++)
      if (matches(`${lines[i]?.text} ${lines[i + 1]?.text}`, want))
        return [`title split over two lines${script}`, pick];
    const part = lines.findIndex((l) => partOf(l.text, want));
    if (part >= 0)
      return [
        cands.some((c) => c.index === part)
          ? 'title one part of a candidate with a separator'
          : 'title one part of a line, no candidate',
        `${pick} / line "${lines[part]?.text.slice(0, 60)}"`,
      ];
    return [`title not in the scrape${script}`, pick];
  }
  const at = `line ${where} body ${bodyStart}`;
  if (cands.some((c) => matches(c.text, want))) {
    const p = picked?.text ?? got;
    const n = p.split(/\s+/).length;
    const kind = n <= 4 ? 'a label (≤ 4 words)' : PARTS.test(p) ? 'a line with a separator' : 'another line';
    return [`ranked below ${kind}`, `${pick} (${at})`];
  }
  const text = lines[where]?.text ?? '';
  const n = text.split(/\s+/).filter(Boolean).length;
  const why =
    where > bodyStart
      ? 'in the body'
      : where < bodyStart - 80
        ? 'more than 80 lines above the body'
        : n < 3
          ? 'fewer than 3 words'
          : n > 30
            ? 'more than 30 words'
            : /[.,;:]$/.test(text)
              ? 'ends with . , ; :'
              : 'a dateline, byline, menu line or the body first line';
  return [`no candidate line: ${why}`, `"${text.slice(0, 50)}" ${pick} (${at})`];
}

function htmlClass(file: string, want: string): [string, string] {
  const html = fs.readFileSync(file, 'latin1');
  const got = parseArticle({ path: file, data: fs.readFileSync(file) }).value?.title ?? '';
  const grab = (re: RegExp) =>
    (re.exec(html)?.[1] ?? '')
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
  const stated = {
    title: grab(/<title[^>]*>([\s\S]*?)<\/title>/i),
    og: grab(/<meta[^>]+property=["']og:title["'][^>]+content=["']([^"']*)/i),
    headline: grab(/"headline"\s*:\s*"([^"]*)"/),
    h1: grab(/<h1[^>]*>([\s\S]*?)<\/h1>/i),
  };
  const say = `got "${got.slice(0, 50)}"`;
  if (!got) return ['no title', say];
  if (/&[#\w]+;/.test(got)) return ['entities left in the title', say];
  if (partOf(got, want)) return ['answer is one part of the title found (site kept, wrong half)', say];
  const which = Object.entries(stated)
    .filter(([, v]) => v && matches(v, want))
    .map(([k]) => k);
  if (which.length > 0) return [`answer in ${which.join(', ')} (not the one taken)`, say];
  if (Object.values(stated).some((v) => v && partOf(v, want)))
    return ['answer one part of a stated title', say];
  return [`answer in no stated title${nonLatin(want) ? ' (other script)' : ''}`, say];
}

const counts = new Map<string, string[]>();
let pages = 0;
for (const [name, want] of titles) {
  if (halfOf(name) !== half) continue;
  const file = path.join(dir, format, `${name}.${format === 'text' ? 'txt' : 'html'}`);
  if (!fs.existsSync(file)) continue;
  pages++;
  const got = parseArticle({ path: file, data: fs.readFileSync(file) }).value?.title ?? '';
  if (matches(got, want)) continue;
  const [cls, detail] = format === 'text' ? textClass(file, want) : htmlClass(file, want);
  counts.set(cls, [
    ...(counts.get(cls) ?? []),
    `  ${name.slice(0, 34).padEnd(34)} want "${want.slice(0, 50)}" ${detail}`,
  ]);
}
const missed = [...counts.values()].reduce((n, l) => n + l.length, 0);
console.log(`${format}, half ${half}: ${missed} of ${pages} titles missed`);
for (const [cls, items] of [...counts].sort((a, b) => b[1].length - a[1].length)) {
  console.log(`${String(items.length).padStart(4)}  ${cls}`);
  if (list !== undefined && cls.startsWith(list)) console.log(items.join('\n'));
}
