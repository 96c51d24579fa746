// What a story's reports share: the phrases of its headlines that many of its reports hold.
import { backgroundDf } from './background-df.js';
import { type HeadlineWord, headlineWords, MAX_PHRASE } from './headline-words.js';
import { isContentWord, lowerWord } from './text-stats.js';

// a term names a thread of the story when three headlines use it: two may be one event told twice
const MIN_TITLES = 3;
// and when a fifth of the reports hold it: on the Wikinews clusters a product named by 6 of 30 reports
// was a term, a two-word event told by 4 was not
const MIN_HELD = 1 / 5;
// a term's rarest word is in fewer than one in twenty general news texts (background-df.json: "plan",
// "global" and "union" are more common, "orders", "fleet" and "tram" less): a word every report uses
// says nothing of what this story is
const MIN_RARITY = Math.log(20);
// a longer phrase stands for its part when it holds in 60% of the part's reports (on the clusters a
// two-word term held by 24 of the 28 reports holding its first word stood for it; a maker's name before
// a model's, held by 7 of the 12 naming the model, did not)
const LONGER_HELD = 0.6;
// the second term is named when it weighs 40% of the first's: on one cluster's 30 reports a second
// product's name weighed half the first; a linking word of three headlines in three reports a quarter
const SECOND_WEIGHT = 0.4;
// two terms whose words open alike ("tram", "tramways") are one term told twice
const SAME_OPENING = 5;

interface Term {
  phrase: string;
  words: string[];
  weight: number;
  held: number;
}

/**
 * The one or two terms a story's reports share most, as its headlines write them ("tram orders",
 * "fleet"): phrases of one to three words of three headlines or more, held by a fifth of the
 * reports, with a word rare in general news, weighed by the reports holding them, their rarity and the
 * headlines using them. A phrase stands for its part when most reports holding the part hold it.
 * @param titles the story's headlines
 * @param reports each report's phrases (`textPhrases` of its title and body)
 * @param excluded word keys the title names otherwise (the main actors' names)
 * @returns the terms, the weightiest first; none when no phrase is shared enough
 */
export function sharedTerms(
  titles: readonly string[],
  reports: readonly ReadonlySet<string>[],
  excluded: ReadonlySet<string>,
): string[] {
  const { headlines, written, free } = headlinePhrases(titles, excluded);
  const { docs, df } = backgroundDf();
  const rarity = (key: string) =>
    Math.log((docs + 1) / (Math.max(df.get(key) ?? 0, df.get(`${key}s`) ?? 0) + 1));
  const terms = new Map<string, Term>();
  for (const [phrase, count] of headlines) {
    if (count < MIN_TITLES) continue;
    // a lower-case word only ever before another qualifies it ("tram" of "tram drivers", "tram routes",
    // "tram strike"): the term is what it qualifies; a name ("Skyrail") names a thread itself
    if (!free.has(phrase) && !/\p{Lu}|\p{N}/u.test(written.get(phrase) ?? '')) continue;
    let held = 0;
    for (const r of reports) if (r.has(phrase)) held++;
    if (held < MIN_HELD * reports.length) continue;
    const words = phrase.split(' ');
    const rare = Math.max(...words.map(rarity));
    if (rare < MIN_RARITY) continue;
    terms.set(phrase, { phrase, words, held, weight: held * rare ** 2 * (1 + Math.log(count)) });
  }
  const ranked = [...terms.values()].sort((a, b) => b.weight - a.weight).map((t) => longerOf(t, terms));
  const first = ranked[0];
  if (first === undefined) return [];
  const out = [first];
  const second = ranked.find((t) => !overlaps(t, first));
  if (second !== undefined && second.weight >= SECOND_WEIGHT * first.weight) out.push(second);
  return out.map((t) => written.get(t.phrase) ?? t.phrase);
}

/** The longest term holding a term's words, held by {@link LONGER_HELD} of its reports, or the term. */
function longerOf(term: Term, terms: ReadonlyMap<string, Term>): Term {
  let best = term;
  for (const t of terms.values()) {
    if (t.words.length <= best.words.length || t.held < LONGER_HELD * term.held) continue;
    if (` ${t.phrase} `.includes(` ${term.phrase} `)) best = { ...t, weight: term.weight };
  }
  return best;
}

/** Whether two terms share a word, or words that open alike ("tram" and "tramways"). */
function overlaps(a: Term, b: Term): boolean {
  return a.words.some((x) => b.words.some((y) => openAlike(x, y)));
}

/** Whether two words are one, or the shorter, of four letters or more, opens the longer as far as it or {@link SAME_OPENING} letters go. */
function openAlike(x: string, y: string): boolean {
  if (x === y) return true;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.length >= 4 && long.startsWith(short.slice(0, SAME_OPENING));
}

/**
 * The phrases of the headlines that may name a term (content words with a letter, no abbreviation with
 * a full stop, no excluded word), with how many headlines use each and how they write it most, inside a
 * headline rather than at its start (where a capital says nothing).
 */
function headlinePhrases(titles: readonly string[], excluded: ReadonlySet<string>) {
  const headlines = new Map<string, number>();
  const forms = new Map<string, Map<string, number>>();
  // the phrases some headline ends a run of words on: the others only qualify a word after them
  const free = new Set<string>();
  for (const title of titles) {
    const words = headlineWords(title);
    const seen = new Set<string>();
    for (let i = 0; i < words.length; i++) {
      for (let n = 1; n <= MAX_PHRASE && i + n <= words.length; n++) {
        const last = words[i + n - 1] as HeadlineWord;
        if (!termWord(last.written, last.key, excluded)) break;
        const part = words.slice(i, i + n);
        const phrase = part.map((w) => w.key).join(' ');
        const form = part.map((w) => w.written).join(' ');
        if (!seen.has(phrase)) headlines.set(phrase, (headlines.get(phrase) ?? 0) + 1);
        seen.add(phrase);
        if (!leansOn(title, last, words[i + n], excluded)) free.add(phrase);
        const counts = forms.get(phrase) ?? new Map<string, number>();
        // a form inside a headline outweighs any number at its start
        counts.set(form, (counts.get(form) ?? 0) + (i > 0 ? 1000 : 1));
        forms.set(phrase, counts);
      }
    }
  }
  const written = new Map<string, string>();
  for (const [phrase, counts] of forms) {
    const [best, count] = [...counts].sort((a, b) => b[1] - a[1])[0] as [string, number];
    // a term lists what the reports cover, so a plural any headline writes is kept ("fares"), but
    // not a name's ("Skyrails")
    const plural = /\p{Lu}/u.test(best) ? undefined : [...counts.keys()].find((f) => f === `${best}s`);
    const form = plural ?? best;
    written.set(phrase, count >= 1000 || /\p{Lu}.*\p{Lu}|\p{N}/u.test(form) ? form : lowerFirst(form));
  }
  return { headlines, written, free };
}

/**
 * Whether a headline's word leans on the next: the word is no plural, and the next follows after a space
 * alone and may be part of a term ("tram" in "tram strike"; not "operators" in "operators Velmar",
 * "strike" in "strike, Velmar", "fares" in "fares rise" or ending a headline).
 */
function leansOn(
  title: string,
  word: HeadlineWord,
  next: HeadlineWord | undefined,
  excluded: ReadonlySet<string>,
): boolean {
  // a plural qualifies no word after it: that is the headline's verb ("tram fares rise")
  if (
    next === undefined ||
    word.key !== lowerWord(word.written) ||
    !termWord(next.written, next.key, excluded)
  )
    return false;
  return /^\s+$/u.test(title.slice(word.at + word.written.length, next.at));
}

/** Whether a headline's word may be part of a term. */
function termWord(written: string, key: string, excluded: ReadonlySet<string>): boolean {
  return (
    isContentWord(lowerWord(written)) &&
    /\p{L}/u.test(written) &&
    !written.includes('.') &&
    !excluded.has(key)
  );
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
