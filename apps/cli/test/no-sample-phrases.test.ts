import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './helpers.js';

// The house rule "no knowledge of the sample in code": no source file quotes or names what the sample
// corpus (corpus/) says. Comments show a rule on invented text (Varnia, Ostrel, Tarnby …) or on a
// dataset's own sentences; data files hold general knowledge. Tests and fixtures about the sample
// brief (test/corpus-*) are about the sample, so they are not looked at.

/** Folders of source: code, benches, scripts, evals, hand-written data and the templates. */
const SOURCE_DIRS = [
  'apps/cli/src',
  'apps/cli/bench',
  'apps/cli/scripts',
  ...['model', 'parser', 'render'].flatMap((p) =>
    ['src', 'bench', 'scripts', 'eval', 'data', 'templates'].map((d) => `packages/${p}/${d}`),
  ),
  // the packs' README; a pack itself names a field's actors by design (packs/README.md)
  'packages/model/packs/README.md',
];
/** Files of these kinds are read: generated or fitted data (JSON, word lists, vectors) is not hand-written. */
const SOURCE_FILE = /\.(?:ts|mts|mjs|js|yaml|md|hbs|css)$/;

/**
 * The packages' tests: a test or a fixture shows its rule on invented text, so the invented input
 * (`case.json`, `input.*`) and what it gives are read too. Left out, for they pin the sample brief:
 * the parser's pages of `corpus/` (`test/fixtures/<corpus file's name>/`, `test/corpus-*`), the
 * render package's sample brief (`test/fixtures/briefing.json`, id "corpus") with the snapshots,
 * screenshots and PDF test made from it; and the model's `pack-*` fixtures, which show a pack's own
 * names (a pack names a field's actors by design).
 */
const TEST_DIRS = ['model', 'parser', 'render'].map((p) => `packages/${p}/test`);
const TEST_FILE = /\.(?:ts|mts|json|md|txt|html|yaml)$/;
const corpusNames = fs.readdirSync(path.join(repoRoot, 'corpus')).map((f) => f.replace(/\.[^.]+$/, ''));
function pinsTheSample(file: string): boolean {
  const [, pkg, rest = ''] = /^packages\/([^/]+)\/test\/(.*)$/.exec(file) ?? [];
  if (pkg === 'parser')
    return rest.startsWith('corpus-') || corpusNames.some((n) => rest.startsWith(`fixtures/${n}/`));
  if (pkg === 'render')
    return (
      rest === 'fixtures/briefing.json' ||
      /^__(?:snapshots|screenshots)__\//.test(rest) ||
      rest === 'render-pdf.chromium.test.ts'
    );
  if (pkg === 'model') return rest.startsWith('fixtures/pack-');
  return false;
}

/** Words, as the corpus and the sources are cut into: letters with inner apostrophes and hyphens, or figures. */
const WORD = /[A-Za-z][A-Za-z'’-]*|\d[\d.,]*/g;
/** Words too common for a 4-gram holding them to be the corpus's own: one needs three other words. */
const STOP = new Set(
  'the of and a to in on for is that with as by at from it be was are this an or has have had will said not'.split(
    ' ',
  ),
);
/** Bodies' own names, general knowledge the gazetteer lists (data/international-organisations.yaml). */
const GENERAL = new Set([
  'north atlantic treaty organization',
  'North Atlantic Treaty',
  'Atlantic Treaty Organization',
  'Gulf Cooperation Council',
  // a government's title, said of an invented person (src/mend-spans.ts: "National Security Adviser Tom Berg")
  'National Security Adviser',
  // a country's name, opening a sentence
  'The United States',
]);

function filesUnder(relative: string, kind = SOURCE_FILE): string[] {
  const full = path.join(repoRoot, relative);
  if (!fs.existsSync(full)) return [];
  if (fs.statSync(full).isFile()) return [relative];
  return (fs.readdirSync(full, { recursive: true }) as string[])
    .map((f) => path.join(relative, f))
    .filter((f) => kind.test(f) && fs.statSync(path.join(repoRoot, f)).isFile());
}

const corpusDir = path.join(repoRoot, 'corpus');
const corpus = fs.readdirSync(corpusDir).map((f) => fs.readFileSync(path.join(corpusDir, f), 'utf8'));
/** The corpus's 4-grams of three words or more outside {@link STOP}, in lower case. */
const fourGrams = new Set<string>();
/** The corpus's runs of three capitalised words (names: "High Military Committee"), not all capitals. */
const capitalRuns = new Set<string>();
/** The corpus's words of four letters or more that are no frequent English word: its names and spellings. */
const rareWords = new Set<string>();
const frequent = new Set(
  fs.readFileSync(path.join(repoRoot, 'packages/model/data/word-vectors.txt'), 'utf8').split('\n'),
);
for (const text of corpus) {
  const words = text.match(WORD) ?? [];
  const lower = words.map((w) => w.toLowerCase());
  for (let i = 0; i + 4 <= lower.length; i++) {
    const gram = lower.slice(i, i + 4);
    if (gram.filter((w) => !STOP.has(w)).length >= 3) fourGrams.add(gram.join(' '));
  }
  for (let i = 0; i + 3 <= words.length; i++) {
    const run = words.slice(i, i + 3);
    if (run.every((w) => /^[A-Z]/.test(w)) && !run.every((w) => w === w.toUpperCase()))
      capitalRuns.add(run.join(' '));
  }
  for (const w of lower)
    for (const part of w.replace(/['’]s$/, '').split('-'))
      if (part.length >= 4 && /^[a-z]+$/.test(part) && !frequent.has(part)) rareWords.add(part);
}

/**
 * Each place of a source file that holds one of the corpus's 4-grams, capitalised runs or rare words,
 * as "file:line: what". The file is read as one run of words, so that a phrase a comment wraps over two
 * lines is found too (comment marks, "//", "*" and "#", are no words).
 */
function sampleQuotes(file: string): string[] {
  const text = fs.readFileSync(path.join(repoRoot, file), 'utf8');
  const matches = [...text.matchAll(WORD)];
  const words = matches.map((m) => m[0]);
  const lower = words.map((w) => w.toLowerCase());
  const lineOf = (i: number) => text.slice(0, (matches[i] as RegExpExecArray).index).split('\n').length;
  const found: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const gram = lower.slice(i, i + 4).join(' ');
    if (i + 4 <= words.length && fourGrams.has(gram) && !GENERAL.has(gram))
      found.push(`${file}:${lineOf(i)}: ${gram}`);
    const run = words.slice(i, i + 3).join(' ');
    if (i + 3 <= words.length && capitalRuns.has(run) && !GENERAL.has(run))
      found.push(`${file}:${lineOf(i)}: ${run}`);
    for (const part of (lower[i] as string).replace(/['’]s$/, '').split('-'))
      if (rareWords.has(part)) found.push(`${file}:${lineOf(i)}: ${part}`);
  }
  return found;
}

describe('no source file quotes the sample corpus', () => {
  const files = SOURCE_DIRS.flatMap((d) => filesUnder(d));

  it('reads the source files', () => {
    expect(files.length).toBeGreaterThan(300);
    expect(fourGrams.size).toBeGreaterThan(1000);
  });

  it("holds none of the corpus's 4-grams, runs of three capitalised words or rare words", () => {
    expect(files.flatMap(sampleQuotes)).toEqual([]);
  });
});

describe("no package's test quotes the sample corpus", () => {
  const files = TEST_DIRS.flatMap((d) => filesUnder(d, TEST_FILE)).filter((f) => !pinsTheSample(f));

  it('reads the tests and fixtures, not the ones that pin the sample brief', () => {
    expect(files.length).toBeGreaterThan(1000);
    expect(files).toContain('packages/model/test/fixtures/actors-body-of-two-things/case.json');
    expect(files).not.toContain('packages/render/test/fixtures/briefing.json');
    expect(files.filter((f) => f.includes('/alwaght-'))).toEqual([]);
  });

  it("holds none of the corpus's 4-grams, runs of three capitalised words or rare words", () => {
    expect(files.flatMap(sampleQuotes)).toEqual([]);
  });
});

/**
 * The packages' READMEs, and the notes moved out of the model's README (`docs/analysis.md`,
 * `docs/scripts.md`) and the parser's (`docs/text-scrapes.md`, `html-pages.md`, `measuring.md`,
 * `cpu-at-scale.md`): a rule's note quotes its fixture's invented text, but the same sentences also
 * tell what the sample brief had ("the sample brief had 'Peshmerga Affairs' as an organisation") and
 * what a session read in it, which stays. Those accounts are listed, phrase by phrase and file by file, in
 * `readme-sample-accounts.json`; any other quote of the corpus fails, so a new rule note shows its rule
 * on invented text (or, if it tells of the sample brief, adds its phrase to the list on purpose).
 */
const READMES = [
  ...['model', 'parser', 'render'].map((p) => `packages/${p}/README.md`),
  'packages/model/docs/analysis.md',
  'packages/model/docs/scripts.md',
  ...['text-scrapes', 'html-pages', 'measuring', 'cpu-at-scale'].map((d) => `packages/parser/docs/${d}.md`),
];
const accounts: Record<string, string[]> = JSON.parse(
  fs.readFileSync(path.join(repoRoot, 'apps/cli/test/readme-sample-accounts.json'), 'utf8'),
);

describe("no package's README quotes the sample corpus but in its accounts of the sample brief", () => {
  it('holds no other 4-gram, capitalised run or rare word of the corpus', () => {
    const found = READMES.flatMap(sampleQuotes).filter((hit) => {
      const [, file = '', phrase = ''] = /^([^:]+):\d+: (.*)$/.exec(hit) ?? [];
      return !accounts[file]?.includes(phrase);
    });
    expect(found).toEqual([]);
  });

  it('lists no account the READMEs no longer hold', () => {
    const held = new Set(READMES.flatMap(sampleQuotes).map((hit) => hit.replace(/:\d+: /, ': ')));
    const stale = Object.entries(accounts).flatMap(([file, phrases]) =>
      phrases.map((p) => `${file}: ${p}`).filter((h) => !held.has(h)),
    );
    expect(stale).toEqual([]);
  });
});
