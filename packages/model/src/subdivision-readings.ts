import { countryCapitals } from './country-entries.js';
import type { EntityIndex, KnownMatch } from './entity-index.js';
import type { EntitySpan } from './entity-tagger.js';
import type { GazetteerEntry } from './gazetteer.js';
import { inCapitalsCountry, type SharedCountryName, sharedCountryNames } from './subdivision-entries.js';
import { possessiveAfter, type Token } from './tokenize-words.js';

/** A sentence's tokens, the known names in them and the tagger's spans, as `findEntities` reads them. */
export interface KnownWords {
  sentence: string;
  tokens: readonly Token[];
  known: readonly KnownMatch[];
  spans: readonly EntitySpan[];
}

/**
 * The country entries an article names as another country's subdivision of the same name ("Georgia",
 * a US state: see `sharedCountryNames`). A name is read so when the article writes it after a place
 * and a comma ("Fulton County, Georgia", "Athens, Georgia"), or as "the state of Georgia", or names two
 * of the other country's subdivisions or more ("Michigan, Wisconsin and Georgia"), and when these
 * outnumber the country's own subdivisions and capital it names ("Tbilisi", "Abkhazia"). One reading an
 * article: a US election story had made the country of Georgia an actor of 14 mentions.
 * @param words each sentence's tokens, known names and spans
 * @param index the index the known names' entries are of
 * @returns the indices of the entries read as the subdivision (none for most articles)
 */
export function entriesReadAsSubdivisions(words: readonly KnownWords[], index: EntityIndex): Set<number> {
  const out = new Set<number>();
  const names = sharedCountryNames();
  const shared = sharedEntriesOf(index);
  if (shared.size === 0) return out;
  const entries = new Set<number>();
  for (const w of words) for (const k of w.known) if (shared.has(k.entry)) entries.add(k.entry);
  for (const entry of entries) {
    const key = (index.entries[entry] as GazetteerEntry).name.toLowerCase();
    const { own, beside } = names.get(key) as SharedCountryName;
    const ownNamed = new Set<string>();
    const besideNamed = new Set<string>();
    let cues = 0;
    for (const w of words)
      for (const k of w.known) {
        const text = w.sentence.slice(k.start, k.end).toLowerCase();
        if (own.has(text)) ownNamed.add(text);
        else if (beside.has(text)) besideNamed.add(text);
        else if (k.entry === entry && text === key && placedByCue(w, k, own, index)) cues++;
      }
    // one cue, or two neighbours: a story on the country names one state of the other in passing
    // ("talks in New York"), where a story on the state names it with its own places
    if ((cues > 0 || besideNamed.size >= 2) && cues + besideNamed.size > ownNamed.size) out.add(entry);
  }
  return out;
}

/** The entries of each index that a shared name names, found once an index (a thread has one or two). */
const sharedEntries = new WeakMap<EntityIndex, Set<number>>();

function sharedEntriesOf(index: EntityIndex): Set<number> {
  let out = sharedEntries.get(index);
  if (out === undefined) {
    const names = sharedCountryNames();
    out = new Set();
    for (let i = 0; i < index.entries.length; i++)
      if (names.has(index.entries[i]?.name.toLowerCase() ?? '')) out.add(i);
    sharedEntries.set(index, out);
  }
  return out;
}

/**
 * Whether a mention of a shared name says it is a subdivision: "the state of Georgia", or a place and a
 * comma before it ("Atlanta, Georgia", "Fulton County, Georgia"), the place a name the tagger read as a
 * place's, a subdivision or another country's capital, not the country's own ("Tbilisi, Georgia") nor a
 * country ("Armenia, Georgia and Azerbaijan"); not a possessive ("In Washington, Georgia's envoy said").
 */
function placedByCue(w: KnownWords, k: KnownMatch, own: ReadonlySet<string>, index: EntityIndex): boolean {
  const { tokens } = w;
  if (k.from < 2 || possessiveAfter(tokens, k.to)) return false;
  const before = (tokens[k.from - 1] as Token).text;
  if (before === 'of') return (tokens[k.from - 2] as Token).text.toLowerCase() === 'state';
  if (before !== ',') return false;
  const at = k.from - 2;
  const place = w.known.find((p) => p.from <= at && at <= p.to);
  if (place !== undefined) {
    const text = w.sentence.slice(place.start, place.end);
    if (own.has(text.toLowerCase())) return false;
    const kind = index.entries[place.entry]?.kind;
    return kind === 'place' || (kind === 'country' && countryCapitals().has(text));
  }
  return w.spans.some((s) => s.type === 'LOC' && s.from <= at && at <= s.to);
}

/**
 * The capitals an article places in a subdivision, of its country or another's, after a comma: "Paris,
 * Texas", "London, Ontario", "Athens, Georgia" (Georgia read as the state, {@link
 * entriesReadAsSubdivisions}): a town named after the capital, where `findEntities` reads every mention
 * of the name as that town's when the article names the capital's country no other way. Not another
 * country or capital after it ("Paris, London and Berlin", "Baghdad, Iraq"), nor a subdivision of the
 * capital's own country ("Seoul, Daejeon and Cheongju").
 * @param words each sentence's tokens and known names
 * @param index the index the known names' entries are of
 * @param readAsSubdivision the country entries the article reads as a subdivision
 * @returns the capitals' names as written
 */
export function capitalsPlacedElsewhere(
  words: readonly KnownWords[],
  index: EntityIndex,
  readAsSubdivision: ReadonlySet<number>,
): Set<string> {
  const out = new Set<string>();
  const capitals = countryCapitals();
  for (const w of words) {
    const { known, sentence, tokens } = w;
    for (let i = 0; i + 1 < known.length; i++) {
      const k = known[i] as KnownMatch;
      const next = known[i + 1] as KnownMatch;
      if (next.from !== k.to + 2 || (tokens[k.to + 1] as Token).text !== ',' || next.entry === k.entry)
        continue;
      const capital = sentence.slice(k.start, k.end);
      if (!capitals.has(capital)) continue;
      const text = sentence.slice(next.start, next.end);
      if (
        readAsSubdivision.has(next.entry) ||
        (index.isSubdivision(text, next.entry) && !inCapitalsCountry(capital, text))
      )
        out.add(capital);
    }
  }
  return out;
}
