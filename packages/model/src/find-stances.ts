import { ActorMentions } from './actor-mentions.js';
import type { Actor, ActorStance, Citation } from './briefing.js';
import { cite } from './citation.js';
import { readCompiledTable, wordRecord } from './data-file.js';
import { forEachLetterWordKey } from './letter-words.js';
import { modelFile } from './model-files.js';
import { isStatement, type ScoredSentence } from './score-sentences.js';
import { type ValenceLexicon, valenceLexicon } from './score-valence.js';
import { sentencesBySource } from './sentences-by-source.js';
import { stanceFact } from './stance-facts.js';
import { stanceFeatures } from './stance-features.js';
import { CLEAR_LEAN, clearSide, type Stance, stanceModel, stanceProbabilities } from './stance-toward.js';
import { KeyCounts, termKey } from './term-keys.js';

/** Actors in the stance matrix: the most mentioned ones that at least two sources name. */
const MAIN_ACTORS = 6;
/** Sources in the stance matrix: those that name the main actors most (a wider matrix is unreadable). */
const MAX_SOURCES = 40;
/** Sentences read per source and actor, in text order. */
const PER_PAIR = 20;
/**
 * "-based", "-born" after a name: the place where another is ("Amnesty International, a London-based
 * rights group"), of whom the sentence speaks, not of the place (a quote on an attack in Tunis had been
 * the source's lean toward the United Kingdom).
 */
const SEAT_OF = /^[-‐‑–]\s?(?:based|born|headquartered|registered)\b/u;
const CITATIONS = 3;

/**
 * The valence lexicon for one brief: words that more than half of its sources use (with three sources
 * or more) name the brief's subject — "security" in a brief on security — and carry no stance in it.
 * @param sentences the sentences of all sources
 * @param lexicon the lexicon to start from (the shipped one by default)
 * @param wordsOf a source's {@link valenceWordsOf} its sentences, when already found (in a worker,
 *   say); found here otherwise
 * @returns the lexicon without the brief's subject words
 */
export function briefLexicon(
  sentences: readonly { text: string; article: { id: string } }[],
  lexicon: ValenceLexicon = valenceLexicon(),
  wordsOf: (sourceId: string) => readonly string[] | undefined = () => undefined,
): ValenceLexicon {
  // the sources in order of first sentence; their sentences are grouped only for a source whose words
  // were not found beforehand (lists of 500,000 sentences, made for nothing at 10,000 pages)
  const ids: string[] = [];
  const seen = new Set<string>();
  let last: string | null = null;
  for (let i = 0; i < sentences.length; i++) {
    const id = (sentences[i] as { article: { id: string } }).article.id;
    if (id === last) continue;
    last = id;
    if (seen.has(id)) continue;
    seen.add(id);
    ids.push(id);
  }
  let bySource: Map<string, { text: string }[]> | undefined;
  // in how many sources each word is, each source counted once
  const sourcesOf = new Map<string, { sources: number; last: string }>();
  for (const id of ids) {
    let found = wordsOf(id);
    if (found === undefined) {
      bySource ??= sentencesBySource(sentences);
      found = valenceWordsOf(bySource.get(id) ?? [], lexicon);
    }
    for (const w of found) {
      const seenIn = sourcesOf.get(w);
      if (seenIn === undefined) sourcesOf.set(w, { sources: 1, last: id });
      else if (seenIn.last !== id) {
        seenIn.sources++;
        seenIn.last = id;
      }
    }
  }
  if (ids.length < 3) return lexicon;
  const words = wordRecord(lexicon.words);
  for (const [w, seenIn] of sourcesOf) if (seenIn.sources > ids.length / 2) delete words[w];
  return { ...lexicon, words };
}

/**
 * The distinct words of a lexicon that some sentences use, lower-cased, in order of first use: one
 * source's part of {@link briefLexicon}, which can be found with the source's other per-article facts.
 * @param sentences one source's sentences
 * @param lexicon the lexicon (the shipped one by default)
 */
export function valenceWordsOf(sentences: readonly { text: string }[], lexicon?: ValenceLexicon): string[] {
  const { known, words, byKey } = lexicon === undefined ? shippedWordSet() : wordSetOf(lexicon);
  const found = new Set<string>();
  for (const s of sentences) {
    const lower = s.text.toLowerCase();
    // words looked up by key as read; a hit is checked against the word itself, so a shared key
    // finds nothing it should not
    const whole =
      byKey !== null &&
      forEachLetterWordKey(lower, (key, start, end) => {
        const k = byKey.get(key);
        if (k === undefined) return;
        const w = words[k] as string;
        if (w.length === end - start && lower.startsWith(w, start)) found.add(w);
      });
    // the pattern itself for a sentence with letters outside the BMP (the words already found stay first)
    if (!whole) for (const w of lower.match(WORD) ?? []) if (known.has(w)) found.add(w);
  }
  return [...found];
}

const WORD = /[\p{L}]+(?:['’-][\p{L}]+)*/gu;

interface WordSet {
  known: Set<string>;
  words: string[];
  /** Each word's index in `words` by its {@link termKey}; null if two words share a key. */
  byKey: KeyCounts | null;
}

const wordSets = new WeakMap<ValenceLexicon, WordSet>();

/**
 * A lexicon's words as a set, made once per lexicon: looking up a word just read from a text in a set
 * took half the time of looking it up as a key of the lexicon's record (1,000 bench pages); looking up
 * its key read by character code takes a third of that (no string made for each word of a text).
 */
function wordSetOf(lexicon: ValenceLexicon): WordSet {
  let set = wordSets.get(lexicon);
  if (!set) {
    const words = lexiconWords(lexicon);
    set = wordSetFrom(words, words.map(termKey));
    wordSets.set(lexicon, set);
  }
  return set;
}

/** A lexicon's words, those with a valence. */
const lexiconWords = (lexicon: ValenceLexicon) =>
  Object.keys(lexicon.words).filter((w) => lexicon.words[w] !== undefined);

/** The {@link WordSet} of some words, given each word's {@link termKey}. */
function wordSetFrom(words: string[], keys: readonly number[]): WordSet {
  return {
    known: new Set(words),
    words,
    byKey:
      new Set(keys).size === keys.length
        ? new KeyCounts(
            keys,
            keys.map((_, i) => i),
          )
        : null,
  };
}

/** The shipped lexicon's words and their keys, as columns (see {@link valenceWordTable}). */
export interface ValenceWordTable {
  words: string[];
  keys: number[];
}

/** The name under `dist/data/` of the table {@link valenceWordTable} derives. */
export const VALENCE_WORDS_TABLE = 'valence-words.json';

let shippedWords: WordSet | undefined;

/**
 * The shipped lexicon's {@link WordSet}: from the table the build derived when there is one, so that a
 * parse thread, which reads no valence, neither parses `data/valence.json` nor hashes its 7,400 words
 * before its first page (about 50–90 CPU ms, in code not yet compiled).
 */
function shippedWordSet(): WordSet {
  if (shippedWords === undefined) {
    const table = readCompiledTable(VALENCE_WORDS_TABLE, [modelFile('data/valence.json')]) as
      | ValenceWordTable
      | undefined;
    shippedWords = table === undefined ? wordSetOf(valenceLexicon()) : wordSetFrom(table.words, table.keys);
  }
  return shippedWords;
}

/**
 * Derives the shipped lexicon's words and their keys, as {@link valenceWordsOf} reads them: what the
 * build writes as `dist/data/valence-words.json`.
 */
export function valenceWordTable(): ValenceWordTable {
  const words = lexiconWords(valenceLexicon());
  return { words, keys: words.map(termKey) };
}

/**
 * The main actors of a brief: the most mentioned actors that two or more sources name (or, with one
 * source, the most mentioned ones).
 * @param actors the brief's actors, most mentioned first
 * @returns at most six of them
 */
export function mainActors(actors: readonly Actor[]): Actor[] {
  const several = actors.filter((a) => a.sourceIds.length >= 2);
  return (several.length > 0 ? several : actors).slice(0, MAIN_ACTORS);
}

/**
 * The other actors with a name that holds a main actor's name or alias after a word of its own ("North
 * American" holds "American", an alias of the United States; "William Clay Varrow Jr." holds "Varrow"):
 * looked for too, the longer name wins where it stands, and the sentence names no main actor there. Not a
 * name the main actor's opens ("Varnian Fisheries Ministry", "Varnian Centre for Coastal Studies"): a
 * body of the country, or one named after it, says something of it.
 * @param main the main actors
 * @param actors all the brief's actors
 */
function namesAround(main: readonly Actor[], actors: readonly Actor[]): Actor[] {
  const inner = new ActorMentions(main);
  const isMain = new Set(main);
  return actors.filter(
    (a) => !isMain.has(a) && [a.name, ...a.aliases].some((name) => inner.find(name).some((m) => m.from > 0)),
  );
}

/**
 * Finds the main actors where a sentence names them as {@link findStances} reads them: the other
 * actors whose name holds a main actor's are looked for too, so that "Union Trust of America" is no mention
 * of the United States ("America").
 * @param actors the brief's actors, most mentioned first
 * @returns the main actors ({@link mainActors}) and the finder; a mention of an actor not among them
 *   is one of those longer names
 */
export function mainActorMentions(actors: readonly Actor[]): { main: Actor[]; mentions: ActorMentions } {
  const main = mainActors(actors);
  return { main, mentions: new ActorMentions([...main, ...namesAround(main, actors)]) };
}

/**
 * How each source treats each main actor: the way its sentences naming the actor lean where the stance
 * model is clear ({@link clearStance}: the likeliest class, leaning {@link CLEAR_LEAN} or more), each
 * weighed by its lean p(positive) − p(negative); scored by that sum over all the sentences naming the
 * actor ([-1, 1]); cited by the sentences that lean that way most (only by those). No clear sentence:
 * neutral, cited by the sentences that lean least.
 * @param sentences the sentences of all sources
 * @param actors the brief's actors, most mentioned first
 * @param lexicon the valence lexicon ({@link briefLexicon} of the sentences by default)
 * @returns one item per source and main actor that the source names, by source then actor order
 */
export function findStances(
  sentences: readonly ScoredSentence[],
  actors: readonly Actor[],
  lexicon: ValenceLexicon = briefLexicon(sentences),
): ActorStance[] {
  const found = stanceMentionsOf(sentences, actors);
  return stancesOf(found, readStances({ mentions: found.mentions, lexicon }));
}

/** A sentence naming a main actor, as the stance model reads it: its text and where the name stands. */
export interface StanceMention {
  text: string;
  from: number;
  to: number;
}

/**
 * What {@link readStances} reads: the mentions and the lexicon, plain data (structured-cloneable, but a
 * copy's records have a prototype again: see {@link revivedStanceJob}), so that another thread can read
 * them while this one goes on.
 */
export interface StanceJob {
  mentions: StanceMention[];
  lexicon: ValenceLexicon;
}

/** The stance model's reading of one {@link StanceMention}: its likeliest class and its lean. */
export interface StanceReading {
  side: Stance;
  /** p(positive) − p(negative). */
  score: number;
}

/**
 * The sentences {@link findStances} reads, by source and main actor, and each of their mentions in one
 * list, in the order {@link stancesOf} takes them.
 */
export interface FoundStanceMentions {
  main: Actor[];
  sources: string[];
  /** By source and actor (`id\u0000name`): each sentence and where in the list its mention is. */
  pairs: Map<string, { s: ScoredSentence; at: number }[]>;
  mentions: StanceMention[];
}

/**
 * The first step of {@link findStances}: the statements naming each main actor in the sources that name
 * them most, at most {@link PER_PAIR} a source and actor.
 * @param sentences the sentences of all sources
 * @param actors the brief's actors, most mentioned first
 */
export function stanceMentionsOf(
  sentences: readonly ScoredSentence[],
  actors: readonly Actor[],
): FoundStanceMentions {
  const { main, mentions } = mainActorMentions(actors);
  const isMain = new Set(main.map((a) => a.name));
  const found = new Map<string, { s: ScoredSentence; from: number; to: number }[]>();
  const perSource = new Map<string, number>();
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i] as ScoredSentence;
    // only sentences that read as statements: no menus, captions or run-on scraps
    if (!isStatement(s)) continue;
    const named = mentions.find(s.text);
    if (named.length === 0) continue;
    // each actor's first mention in the sentence, or a later one of which the sentence states a fact:
    // "the Veldorian ministry cited risks to Veldorian troops" reads the harm the actor's troops face,
    // not a lean toward the ministry that warns of it (stanceFact; looked at only for an actor named twice)
    const chosen = new Map<string, { from: number; to: number }>();
    const settled = new Set<string>();
    for (const m of named) {
      if (!isMain.has(m.actor) || settled.has(m.actor) || SEAT_OF.test(s.text.slice(m.to, m.to + 16)))
        continue;
      const again = named.filter((o) => o.actor === m.actor).length > 1;
      const fact = again && stanceFact(s.text, m) !== null;
      if (!chosen.has(m.actor) || fact) chosen.set(m.actor, { from: m.from, to: m.to });
      if (fact || !again) settled.add(m.actor);
    }
    for (const [actor, m] of chosen) {
      const key = `${s.article.id}\u0000${actor}`;
      const list = found.get(key) ?? [];
      if (list.length < PER_PAIR) list.push({ s, from: m.from, to: m.to });
      found.set(key, list);
      perSource.set(s.article.id, (perSource.get(s.article.id) ?? 0) + 1);
    }
  }
  const sources = [...perSource]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, MAX_SOURCES)
    .map(([id]) => id)
    .sort();
  // only the pairs stancesOf reads, in its order
  const pairs = new Map<string, { s: ScoredSentence; at: number }[]>();
  const list: StanceMention[] = [];
  for (const sourceId of sources) {
    for (const actor of main) {
      const key = `${sourceId}\u0000${actor.name}`;
      const pair = found.get(key);
      if (!pair) continue;
      pairs.set(
        key,
        pair.map((x) => ({ s: x.s, at: list.push({ text: x.s.text, from: x.from, to: x.to }) - 1 })),
      );
    }
  }
  return { main, sources, pairs, mentions: list };
}

/**
 * The second step of {@link findStances}, the costly one, which reads nothing else of the brief: the
 * stance model's reading of each mention ({@link stanceFeatures}, then the model).
 * @param job the mentions and the valence lexicon
 * @returns one reading per mention, in order
 */
export function readStances(job: StanceJob): StanceReading[] {
  const model = stanceModel();
  return job.mentions.map((x) => {
    // a figure that moved or harm that befell the actor is no lean of the source's (stanceFact)
    if (stanceFact(x.text, x) !== null) return { side: 'neutral', score: 0 };
    const p = stanceProbabilities(model, stanceFeatures(x.text, x, job.lexicon));
    const side = model.classes[p.indexOf(Math.max(...p))] ?? 'neutral';
    const of = (c: Stance) => p[model.classes.indexOf(c)] ?? 0;
    return { side, score: of('positive') - of('negative') };
  });
}

/**
 * A {@link StanceJob} as another thread received it, its lexicon's records made without a prototype
 * again, as the lexicon's own are (a copy's answer "constructor" with a function).
 * @param job the copy
 */
export function revivedStanceJob(job: StanceJob): StanceJob {
  const { lexicon } = job;
  return {
    mentions: job.mentions,
    lexicon: { ...lexicon, words: wordRecord(lexicon.words), boosters: wordRecord(lexicon.boosters) },
  };
}

/**
 * The last step of {@link findStances}: each source's stance toward each main actor from the readings of
 * its sentences.
 * @param found what {@link stanceMentionsOf} found
 * @param readings {@link readStances} of its mentions
 */
export function stancesOf(found: FoundStanceMentions, readings: readonly StanceReading[]): ActorStance[] {
  const out: ActorStance[] = [];
  for (const sourceId of found.sources) {
    for (const actor of found.main) {
      const list = found.pairs.get(`${sourceId}\u0000${actor.name}`);
      if (!list) continue;
      const scored = list.map((x) => {
        const reading = readings[x.at] as StanceReading;
        return { s: x.s, side: reading.side, score: reading.score };
      });
      // the source leans the way its clear sentences lean (the stance model's likeliest class, leaning
      // CLEAR_LEAN or more), weighed by how far: out-of-fold on NewsMTSC such verdicts are right 71 % of
      // the time against 59 % for all polar ones, and counting every faint verdict read a piece that calls
      // an actor the main cause of a country's troubles as favourable to it, from faintly positive readings
      // of plain reports of what it did (fixture stances-clear-sentences-decide)
      // … and only when they outweigh those leaning the other way by a clear sentence's lean: clear
      // sentences both ways that nearly cancel (+0.62 and −0.57 on an aircraft maker) are a mixed
      // report, not a lean the model is sure of (fixture stances-mixed-clear-sentences-are-no-lean)
      let net = 0;
      for (const x of scored) if (clearSide(x.side, x.score)) net += x.score;
      const stance: Stance = net >= CLEAR_LEAN ? 'positive' : net <= -CLEAR_LEAN ? 'negative' : 'neutral';
      const margin = net / scored.length;
      const sign = stance === 'negative' ? -1 : stance === 'positive' ? 1 : 0;
      // a leaning source is cited by sentences that lean its way only
      const shown = scored
        .filter((x) => sign === 0 || sign * x.score > 0)
        .sort(
          (a, b) =>
            (sign === 0 ? Math.abs(a.score) - Math.abs(b.score) : sign * (b.score - a.score)) ||
            a.s.start - b.s.start,
        )
        .slice(0, CITATIONS)
        .sort((a, b) => a.s.start - b.s.start);
      const citations: Citation[] = shown.map((x) => cite(x.s.article, x.s.start, x.s.end));
      out.push({ sourceId, actor: actor.name, stance, score: Math.round(margin * 1000) / 1000, citations });
    }
  }
  return out;
}
