// Compares language detectors on the body text the parser extracts from the text scrapes of
// trafilatura-eval (990 pages, `languages.json` gives each page's language; about 1% of it is wrong)
// and zyte-dev (61 pages, English): accuracy and time per call for the former hand-written detector
// (function words of six languages), franc-min and tinyld. Then, on trafilatura-eval's saved pages, the
// language a page states (`<html lang>`, `og:locale`) against the body's guess and the parser's choice
// between them (`pageLanguage`).
// Usage: pnpm --filter @briefing/parser bench:language
import fs from 'node:fs';
import path from 'node:path';
import { franc } from 'franc-min';
import type { Root } from 'hast';
import rehypeParse from 'rehype-parse';
import { detect } from 'tinyld';
import { unified } from 'unified';
import { detectLanguage, languageSample, pageLanguage } from '../src/detect-language.js';
import { findHtmlMeta } from '../src/html/find-html-meta.js';
import { parseArticle } from '../src/index.js';
import { trigramLanguage } from '../src/trigram-language.js';
import { datasetFiles, datasetsDir } from './datasets.js';

const STOPWORDS: Record<string, readonly string[]> = {
  en: ['the', 'and', 'of', 'to', 'in', 'is', 'that', 'for', 'with', 'was', 'on', 'as', 'by', 'it'],
  fr: ['le', 'la', 'les', 'et', 'des', 'est', 'une', 'dans', 'pour', 'que', 'du', 'sur', 'pas'],
  de: ['der', 'die', 'und', 'das', 'ist', 'nicht', 'mit', 'den', 'ein', 'eine', 'auf', 'sich', 'für'],
  es: ['el', 'los', 'las', 'y', 'que', 'del', 'una', 'por', 'con', 'para', 'es', 'se', 'como'],
  pt: ['os', 'as', 'que', 'não', 'uma', 'para', 'com', 'do', 'da', 'em', 'é', 'dos', 'mais'],
  it: ['il', 'di', 'che', 'non', 'una', 'per', 'con', 'del', 'della', 'sono', 'gli', 'anche', 'è'],
};
/** The detector the parser had before: the most frequent function words of six languages. */
function handWritten(text: string): string {
  const words =
    text
      .slice(0, 20_000)
      .toLowerCase()
      .match(/\p{L}+/gu) ?? [];
  if (words.length < 5) return 'und';
  let best = 'und';
  let bestHits = 0;
  for (const [lang, list] of Object.entries(STOPWORDS)) {
    const set = new Set(list);
    let hits = 0;
    for (const w of words) if (set.has(w)) hits++;
    if (hits > bestHits) [best, bestHits] = [lang, hits];
  }
  return bestHits / words.length >= 0.05 ? best : 'und';
}

const detectors: Record<string, (text: string) => string> = {
  'hand-written': handWritten,
  'franc-min 2k': (t) => Intl.getCanonicalLocales(franc(t.slice(0, 2_000), { minLength: 10 }))[0] ?? 'und',
  'franc-min 1k': (t) => Intl.getCanonicalLocales(franc(t.slice(0, 1_000), { minLength: 10 }))[0] ?? 'und',
  'franc-min 600': (t) => Intl.getCanonicalLocales(franc(t.slice(0, 600), { minLength: 10 }))[0] ?? 'und',
  'franc-min 300': (t) => Intl.getCanonicalLocales(franc(t.slice(0, 300), { minLength: 10 }))[0] ?? 'und',
  'franc-min 1k, one table': (t) =>
    Intl.getCanonicalLocales(trigramLanguage(t.slice(0, 1_000), 10))[0] ?? 'und',
  parser: detectLanguage,
  'tinyld 1k': (t) => detect(t.slice(0, 1_000)) || 'und',
  tinyld: (t) => detect(t.slice(0, 20_000)) || 'und',
};

const root = datasetsDir();
const truth: Record<string, string> = JSON.parse(
  fs.readFileSync(path.join(root, 'trafilatura-eval', 'languages.json'), 'utf8'),
);
const pages: { lang: string; text: string }[] = [];
for (const file of datasetFiles('trafilatura-eval', 'text')) {
  const text = parseArticle({ path: file, data: fs.readFileSync(file) }).value?.text ?? '';
  const lang = truth[path.basename(file, '.txt')];
  if (text && lang) pages.push({ lang, text });
}
for (const file of datasetFiles('zyte-dev', 'text')) {
  const text = parseArticle({ path: file, data: fs.readFileSync(file) }).value?.text ?? '';
  if (text) pages.push({ lang: 'en', text });
}
console.log(`${pages.length} pages with a body`);
for (const [name, fn] of Object.entries(detectors)) {
  let right = 0;
  const byLang = new Map<string, { right: number; of: number }>();
  for (const p of pages) fn(p.text); // warm-up, so that the timing is not the JIT's
  // the fastest of three rounds: the machine is shared, and a busy neighbour only ever adds time
  let ms = Number.POSITIVE_INFINITY;
  for (let round = 0; round < 3; round++) {
    const t0 = performance.now();
    for (const p of pages) fn(p.text);
    ms = Math.min(ms, (performance.now() - t0) / pages.length);
  }
  for (const p of pages) {
    const ok = fn(p.text) === p.lang;
    if (ok) right++;
    const b = byLang.get(p.lang) ?? { right: 0, of: 0 };
    b.of++;
    if (ok) b.right++;
    byLang.set(p.lang, b);
  }
  const top = [...byLang].sort((a, b) => b[1].of - a[1].of).slice(0, 6);
  console.log(
    `${name.padEnd(13)} accuracy ${(right / pages.length).toFixed(3)}  ${ms.toFixed(2)} ms/page  ` +
      top.map(([l, b]) => `${l} ${b.right}/${b.of}`).join(' '),
  );
}

// saved pages: what the page states, what its body reads as, and what the parser takes
const counts = { pages: 0, stated: 0, body: 0, chosen: 0 };
for (const file of datasetFiles('trafilatura-eval', 'html')) {
  const want = truth[path.basename(file, '.html')];
  const article = parseArticle({ path: file, data: fs.readFileSync(file) }).value;
  if (!want || !article?.text) continue;
  const tree = unified().use(rehypeParse).parse(fs.readFileSync(file, 'utf8')) as Root;
  const stated = findHtmlMeta(tree).language;
  const sample = languageSample(article.text.split('\n\n').map((text) => ({ text })));
  const base = (tag: string | undefined) => (tag ?? 'und').toLowerCase().replace(/[-_].*/, '');
  counts.pages++;
  if (base(stated) === want) counts.stated++;
  if (base(detectLanguage(sample)) === want) counts.body++;
  if (base(pageLanguage(stated, sample)) === want) counts.chosen++;
}
console.log(
  `saved pages: ${counts.pages} with a body; language right: as stated ${counts.stated}, ` +
    `as the body reads ${counts.body}, as the parser chooses ${counts.chosen}`,
);
