import { colonDatelineLength, datelineLength, mixedDatelineLength } from './dateline.js';
import type { EntityIndex, KnownMatch } from './entity-index.js';
import { type EntitySpan, type EntityTagger, noSpans, spansOf } from './entity-tagger.js';
import { placeNamedAt } from './kind-nouns.js';
import { mendSpans } from './mend-spans.js';
import { WEEKDAYS } from './month-names.js';
import { LETTER_FIRST } from './name-shapes.js';
import { opensWithCapital } from './span-words.js';
import { type Token, textsOf, tokenAt, tokenizeWords } from './tokenize-words.js';

/** Reads the words of each sentence of {@link findEntities}' input, a dateline apart (see {@link readWords}). */
export function wordsOfSentences(
  sentences: readonly string[],
  index: EntityIndex,
  tagger: EntityTagger | null,
  titled: boolean,
): SentenceWords[] {
  const words: SentenceWords[] = [];
  const first = titled ? 1 : 0;
  for (let s = 0; s < sentences.length; s++) {
    const sentence = sentences[s] as string;
    // "SAN JOSE, Calif., Aug 18 (Tech Wire) - Chipmaker Nordvolt said", "KUANTAN: Depositors queued": a
    // report's dateline is read apart, and the sentence opens after it
    const mixed = s === first && datelineLength(sentence) === 0 ? mixedDatelineLength(sentences, first) : 0;
    const dateline =
      datelineLength(sentence) || (s === first ? colonDatelineLength(sentences, first) || mixed : 0);
    if (dateline > 0)
      words.push(readWords(sentence.slice(0, dateline), index, tagger, mixed > 0 ? 'mixed' : true));
    words.push(readWords(dateline > 0 ? sentence.slice(dateline) : sentence, index, tagger));
  }
  return words;
}

/** One sentence's words as {@link readWords} reads them, before its mentions are made of them. */
export interface SentenceWords {
  sentence: string;
  tokens: Token[];
  /** The known names in its tokens ({@link EntityIndex.matches}). */
  known: KnownMatch[];
  /** The tagger's spans, mended (`mendSpans`) and with the names only the words show. */
  spans: EntitySpan[];
}

/**
 * Tags a sentence and finds the names in it: its tokens, the known names in them, and the tagger's spans,
 * mended. A function of its own, so that an article where no name can be known is left before its
 * mentions are read ({@link namesKnownSpan}).
 */
function readWords(
  sentence: string,
  index: EntityIndex,
  tagger: EntityTagger | null,
  dateline: boolean | 'mixed' = false,
): SentenceWords {
  const tokens = tokenizeWords(sentence);
  if (tokens.length === 0) return { sentence, tokens, known: [], spans: [] };
  let tagged = tagger ? spansOf(tokens, tagger.tagIndices(textsOf(tokens)), sentence) : noSpans();
  if (dateline === 'mixed' && tagger) tagged = [mixedDatelinePlace(sentence, tokens)];
  else if (dateline && tagger) tagged = withDatelinePlace(sentence, tokens, tagged);
  const spans = mendSpans(
    sentence,
    tokens,
    tagged,
    // a state's name mends spans as a name no gazetteer knows ("Paul/LOC McAlvey/ORG" is one person's)
    (from, to) => {
      const text = spanText(sentence, tokens, from, to);
      const entry = index.lookup(text);
      return entry !== undefined && !index.isSubdivision(text, entry);
    },
    (from, to) => tagger !== null && isOnePerson(tokens.slice(from, to + 1), tagger, sentence),
    (from, to) => {
      const entry = index.lookup(spanText(sentence, tokens, from, to));
      const kind = entry === undefined ? undefined : index.entries[entry]?.kind;
      return kind === 'place' || kind === 'country';
    },
  );
  if (tagger && sentence.includes(' of ')) addNamedPlaces(sentence, tokens, spans);
  if (tagger && sentence.includes('(')) addDefinedNames(sentence, tokens, spans);
  if (tagger && sentence.includes(' The ')) addTheNames(sentence, tokens, spans, index);
  return { sentence, tokens, known: index.matches(tokens, sentence, tagger === null), spans };
}

/**
 * A dateline's spans with its words in capitals before a comma or an agency as one place ("SAN JOSE",
 * "LOS ANGELES", read by a tagger of mixed-case news as "SAN" a place and "JOSE" a person, "LOS" an
 * organisation), and the agency in its brackets an organisation.
 * @param dateline the dateline
 * @param tokens its tokens
 * @param spans the tagger's spans
 */
function withDatelinePlace(dateline: string, tokens: readonly Token[], spans: EntitySpan[]): EntitySpan[] {
  let to = -1;
  while (to + 1 < tokens.length && CAPITALS_WORD.test((tokens[to + 1] as Token).text)) to++;
  // a comma, an agency or a colon after it ("SAN JOSE, Calif.", "WASHINGTON (AP)", "NEW DELHI:"): "THE
  // POINT -- NOW ON YOUTUBE" and "HIV - AIDS:" are headings a dash follows
  const next = tokenAt(tokens, to + 1)?.text;
  if (to < 0 || (next !== ',' && next !== '(' && next !== ':')) return spans;
  const start = (tokens[0] as Token).start;
  const end = (tokens[to] as Token).end;
  const place: EntitySpan = { type: 'LOC', text: dateline.slice(start, end), start, end, from: 0, to };
  const out = [place];
  // the agency in brackets is an organisation ("(Port Wire)" read as a person)
  let open = -1;
  for (let i = to + 1; i < tokens.length && open < 0; i++) if ((tokens[i] as Token).text === '(') open = i;
  for (const s of spans) {
    if (s.from <= to) continue;
    // "SACRAMENTO, Calif.", "LANSING, Mich.", "PORTLAND, Ore.": the abbreviated state or province after
    // the place's comma says where the place is and is no actor of its own (a place or a person before)
    if (
      s.from === s.to &&
      s.from === to + 2 &&
      dateline.charCodeAt(s.end) === 46 &&
      REGION_SHORT.test(s.text)
    )
      continue;
    if (open >= 0 && s.from > open && tokenAt(tokens, s.to + 1)?.text === ')') s.type = 'ORG';
    out.push(s);
  }
  return out;
}

const CAPITALS_WORD = /^\p{Lu}[\p{Lu}\p{M}.'’-]*$/u;

/**
 * A dateline in mixed case as the one place it names ("Ashbury" of "Ashbury — ", which the tagger read
 * as an organisation at a sentence's start): its words before the dash.
 * @param dateline the dateline ({@link mixedDatelineLength})
 * @param tokens its tokens
 */
function mixedDatelinePlace(dateline: string, tokens: readonly Token[]): EntitySpan {
  let to = tokens.length - 1;
  while (to > 0 && !LETTER_FIRST.test((tokens[to] as Token).text)) to--;
  const start = (tokens[0] as Token).start;
  const end = (tokens[to] as Token).end;
  return { type: 'LOC', text: dateline.slice(start, end), start, end, from: 0, to };
}

/** A region's abbreviation in a dateline, its full stop aside: "Calif", "Mich", "Ore", "Ont". */
const REGION_SHORT = /^\p{Lu}\p{Ll}{1,4}$/u;

/**
 * Whether the tagger, reading tokens alone, types them all as one person ("Ines Moreau", not "Tropical
 * Medicine", of which it types "Medicine" alone).
 */
function isOnePerson(tokens: readonly Token[], tagger: EntityTagger, sentence: string): boolean {
  const spans = spansOf(tokens, tagger.tagIndices(textsOf(tokens)), sentence);
  return (
    spans.length === 1 && spans[0]?.type === 'PER' && spans[0].from === 0 && spans[0].to === tokens.length - 1
  );
}

/** The words `from..to` of a sentence, as written. */
export function spanText(sentence: string, tokens: readonly Token[], from: number, to: number): string {
  return sentence.slice((tokens[from] as Token).start, (tokens[to] as Token).end);
}

/**
 * Adds the places a place's noun and "of" name that the tagger left out ("searching buildings in the
 * town of Chivay": the tagger, trained on other news, saw no name there), in order among the spans.
 */
function addNamedPlaces(sentence: string, tokens: readonly Token[], spans: EntitySpan[]): void {
  for (let i = 1; i + 2 < tokens.length; i++) {
    if ((tokens[i] as Token).text !== 'of') continue;
    const named = placeNamedAt(tokens, i - 1);
    if (named === null) continue;
    const [from, to] = named;
    if (spans.some((s) => s.from <= to && s.to >= from)) continue;
    insertSpan(spans, 'LOC', sentence, tokens, from, to);
  }
}

/**
 * Puts a span of `type` over tokens `from..to` among the spans, in their order.
 * @param spans the spans, in order, changed in place
 */
function insertSpan(
  spans: EntitySpan[],
  type: EntitySpan['type'],
  sentence: string,
  tokens: readonly Token[],
  from: number,
  to: number,
): void {
  const start = (tokens[from] as Token).start;
  const end = (tokens[to] as Token).end;
  const at = spans.findIndex((s) => s.from > to);
  const span: EntitySpan = { type, text: sentence.slice(start, end), start, end, from, to };
  if (at < 0) spans.push(span);
  else spans.splice(at, 0, span);
}

/** An acronym in brackets as a text defines one after a name: "(NFVO)", "(GM)", "(M&A)". */
const BRACKETED_ACRONYM = /\(\s*(\p{Lu}[\p{Lu}&-]{1,9})\s*\)/gu;

/**
 * Each acronym a sentence defines in brackets, with its bracket's token (-1 when no token opens there)
 * and its letters in lower case without "&" and "-", for {@link addDefinedNames} and
 * {@link spellsLowerTerm}.
 * @param sentence the sentence
 * @param tokens its tokens
 */
export function* bracketedAcronyms(
  sentence: string,
  tokens: readonly Token[],
): Generator<{ acronym: string; bracket: number; letters: string }> {
  for (const m of sentence.matchAll(BRACKETED_ACRONYM)) {
    const acronym = m[1] as string;
    yield {
      acronym,
      bracket: tokens.findIndex((t) => t.start === m.index),
      letters: acronym.replace(/[&-]/g, '').toLowerCase(),
    };
  }
}

/** Small words a body's name holds between its capitalised words ("Northern Front of Varnia and Ostrel"). */
const NAME_JOINS = new Set(['of', 'and', 'for', 'the', '&']);

/** A capitalised word of a name, hyphened parts and all ("Anti-Fraud"). */
const NAME_PART = /^\p{Lu}[\p{L}'’]*(?:-\p{L}[\p{L}'’]*)*$/u;

/** At most this many capitalised words before the bracket are tried as the name an acronym spells. */
const MOST_DEFINED_WORDS = 10;

/**
 * Adds an organisation's span over a name that an acronym of exactly its initials defines right after
 * ("Admiral Motors (AM)", 'the "Northern Front of Varnia and Ostrel" (NFVO)', "Anti-Fraud Office
 * (AFO)"), in place of the spans the tagger read inside it: it had read the two countries in the
 * second, and "Motors" alone as a place in the first. Not where the tagger's spans already hold the
 * name whole, nor where one runs on past it.
 * @param sentence the sentence
 * @param tokens its tokens
 * @param spans the spans, changed in place
 */
function addDefinedNames(sentence: string, tokens: readonly Token[], spans: EntitySpan[]): void {
  for (const { bracket, letters } of bracketedAcronyms(sentence, tokens)) {
    if (bracket < 1) continue;
    // the name's last word, past a closing quotation mark
    let to = bracket - 1;
    const quoted = QUOTE_MARK.test((tokens[to] as Token).text);
    if (quoted) to--;
    const from = definedFrom(tokens, to, letters);
    if (from === null) continue;
    if (spans.some((s) => s.from === from && s.to === to)) continue;
    if (spans.some((s) => (s.from < from && s.to >= from) || (s.from <= to && s.to > to))) continue;
    for (let i = spans.length - 1; i >= 0; i--) {
      const s = spans[i] as EntitySpan;
      if (s.from >= from && s.to <= to) spans.splice(i, 1);
    }
    insertSpan(spans, 'ORG', sentence, tokens, from, to);
  }
}

const QUOTE_MARK = /^["“”]$/u;

/** Tokens after which a capitalised "The" may open a clause or a quotation, not a name. */
const THE_OPENERS = new Set([':', ';', '"', '“', '(', '[', '-', '–', '—', "'", '‘']);

/** The most capitalised words after "The" read as one name (WikiGold's longest such name has four). */
const MOST_THE_WORDS = 4;

/** Whether token `i` is a capitalised "The" inside a sentence, not after a mark that opens a clause. */
export function theInName(tokens: readonly Token[], i: number): boolean {
  return i > 0 && (tokens[i] as Token).text === 'The' && !THE_OPENERS.has((tokens[i - 1] as Token).text);
}

/**
 * Adds an organisation's name where a capitalised "The" inside a sentence opens capitalised words the
 * tagger read nothing in and no gazetteer knows: a band, a paper or a channel that writes "The" as
 * part of its name ("supporting The Harlequins", "told The Morning Ledger"), which the tagger, taught
 * on news where "the" is seldom part of a name, leaves out. The words around it may still say it is
 * another kind ("the film The Long Road"). The span holds "The", so the name is written as it is; a
 * span the tagger read right after such a "The" (not a MISC one: "The Australian") takes it in.
 * @param sentence the sentence
 * @param tokens its tokens
 * @param spans its spans, added to in place
 * @param index the known names, whose entries ("The Hague") keep their own kind
 */
function addTheNames(
  sentence: string,
  tokens: readonly Token[],
  spans: EntitySpan[],
  index: EntityIndex,
): void {
  for (let i = 1; i < tokens.length - 1; i++) {
    // after a capitalised word "The" is inside a title ("In The Mood"), not its start
    if (!theInName(tokens, i) || opensWithCapital((tokens[i - 1] as Token).text)) continue;
    let to = i;
    while (to + 1 < tokens.length && to - i < MOST_THE_WORDS) {
      const next = (tokens[to + 1] as Token).text;
      // a day after the name is the date of the news ("The Gambia Saturday"), not a part of it
      if (!opensWithCapital(next) || (to > i && WEEKDAYS.has(next))) break;
      to++;
    }
    if (to === i) continue;
    // a name the tagger read right after "The" takes it in, kind and all ("told The Harwick Ledger")
    const read = spans.find((s) => s.from === i + 1);
    // (a longer span keeps its words: "The" would put one over the longest name kept, and drop it)
    if (read && read.type !== 'MISC' && read.to - i <= MOST_THE_WORDS) {
      read.from = i;
      read.start = (tokens[i] as Token).start;
      read.text = sentence.slice(read.start, read.end);
      i = read.to;
      continue;
    }
    if (spans.some((s) => s.from <= to && s.to >= i)) continue;
    // a known name the words open with ("The Hague", "The Gambia") keeps its own kind
    let known = false;
    for (let k = i + 1; k <= to && !known; k++)
      known = index.lookup(spanText(sentence, tokens, i, k)) !== undefined;
    if (known) continue;
    insertSpan(spans, 'ORG', sentence, tokens, i, to);
    i = to;
  }
}

/**
 * The first token of the shortest name ending at token `to` whose capitalised words' initials, or their
 * hyphened parts' initials, are the acronym's letters; null when none is.
 */
function definedFrom(tokens: readonly Token[], to: number, letters: string): number | null {
  let words = '';
  let parts = '';
  let count = 0;
  for (let i = to; i >= 0 && count < MOST_DEFINED_WORDS; i--) {
    const text = (tokens[i] as Token).text;
    if (NAME_JOINS.has(text) && i < to) continue;
    if (!NAME_PART.test(text)) return null;
    count++;
    words = text[0] + words;
    parts =
      text
        .split('-')
        .map((p) => p[0])
        .join('') + parts;
    if ((words.toLowerCase() === letters || parts.toLowerCase() === letters) && count >= 2) return i;
    if (words.length > letters.length) return null;
  }
  return null;
}
