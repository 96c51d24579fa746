import { z } from 'zod';
import { lazyData } from './data-file.js';
import { stem } from './quantities.js';
import { isContentWord } from './text-stats.js';

/** `data/opposite-words.yaml`: pairs of word lists, the forms of a word and of its opposite. */
const OppositeWordsFile = z.object({
  pairs: z.array(z.tuple([z.array(z.string().min(1)), z.array(z.string().min(1))])),
});

/**
 * Each form of the file with the forms that oppose it, and `any`: any word of the file, to pass over
 * sentences with none before reading their words.
 */
const opposites = lazyData('opposite-words.yaml', OppositeWordsFile, (data) => {
  const byWord = new Map<string, Set<string>>();
  const add = (from: readonly string[], to: readonly string[]) => {
    for (const w of from) {
      const set = byWord.get(w) ?? new Set<string>();
      for (const x of to) set.add(x);
      byWord.set(w, set);
    }
  };
  for (const [a, b] of data.pairs) {
    add(a, b);
    add(b, a);
  }
  return { byWord, any: new RegExp(`\\b(?:${[...byWord.keys()].join('|')})\\b`, 'i') };
});

/**
 * The words of opposite meaning to each word of `data/opposite-words.yaml` ("rose" → "fell", "fall",
 * …), read once.
 * @returns each listed form with the forms that oppose it
 * @throws ZodError when the data file does not have its schema
 */
export function oppositeWords(): ReadonlyMap<string, ReadonlySet<string>> {
  return opposites().byWord;
}

/** A word of a sentence for {@link saysOpposite}: letters and digits, an apostrophe's ending kept. */
const WORD = /[\p{L}\p{N}]+(?:['’]\p{L}+)?/gu;
/** Words that negate what follows, for {@link saysOpposite} (its opposite words are not among them). */
const NEGATORS = new Set(['not', 'no', 'never', 'nor', 'without', 'cannot']);
/** How many words on each side of an opposite word say what it is about ("the tunnel had passed a safety inspection"). */
const OPPOSITE_REACH = 3;

/**
 * Whether two sentences say one thing with words of opposite meaning (`data/opposite-words.yaml`): a
 * word in one ("passed") whose opposite is in the other ("failed"), neither sentence holding both,
 * each said of a word the two share within {@link OPPOSITE_REACH} words ("the tunnel had passed a
 * safety inspection" against "The tunnel failed its safety inspection"), and both sentences negated
 * alike ("did not pass" against "failed" agree). Whether the two speak of one event is the caller's
 * to ask (`findClaims` asks it of versions of one statement only).
 * @param a a sentence
 * @param b another
 * @returns true when they contradict each other by an opposite word
 * @throws ZodError when the data file does not have its schema
 */
export function saysOpposite(a: string, b: string): boolean {
  const { byWord: opposite, any: anyOpposite } = opposites();
  if (!anyOpposite.test(a) || !anyOpposite.test(b)) return false;
  const x = Array.from(a.matchAll(WORD), lowerWord);
  const y = Array.from(b.matchAll(WORD), lowerWord);
  const inX = new Set(x);
  const inY = new Set(y);
  const near = (words: readonly string[], at: number) =>
    words
      .slice(Math.max(0, at - OPPOSITE_REACH), at + OPPOSITE_REACH + 1)
      .filter((w, k) => k !== Math.min(at, OPPOSITE_REACH) && isContentWord(w));
  for (let i = 0; i < x.length; i++) {
    const others = opposite.get(x[i] as string);
    if (others === undefined || inY.has(x[i] as string)) continue;
    if ([...others].some((w) => inX.has(w))) continue;
    for (let j = 0; j < y.length; j++) {
      if (!others.has(y[j] as string)) continue;
      const back = opposite.get(y[j] as string);
      if (back && [...back].some((w) => inY.has(w))) continue;
      const around = new Set(near(x, i));
      if (!near(y, j).some((w) => around.has(w))) continue;
      const negated = (words: readonly string[]) =>
        words.filter((w) => NEGATORS.has(w) || w.endsWith("n't")).length % 2 === 1;
      if (negated(x) === negated(y)) return true;
    }
  }
  return false;
}

/** Any negator, to pass over two sentences neither of which negates anything. */
const ANY_NEGATOR = /\b(?:not|no|never|nor|without|cannot)\b|n['’]t\b/i;

/**
 * A word as matched, in lower case, its typographic apostrophe written as "'" ("couldn’t" is "couldn't",
 * as news prints it: its negation had gone unread, and "could no longer walk" against "couldn’t walk"
 * was a dispute).
 */
const lowerWord = (m: RegExpMatchArray): string => {
  const w = m[0].toLowerCase();
  return w.includes('’') ? w.replace(/’/g, "'") : w;
};

/**
 * The content words a sentence negates (the first within {@link OPPOSITE_REACH} words after a negator,
 * in its clause: "had not been consulted", but not "check" in "the advice has not changed: check the
 * batch number") and those it does not; "not only" negates nothing, nor does "not … until" ("are not
 * due until October" says when they are due).
 */
function negatedAndPlain(tokens: readonly string[]): { negated: Set<string>; plain: Set<string> } {
  const negated = new Set<string>();
  const plain = new Set<string>();
  let reach = 0;
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i] as string;
    if (NEGATORS.has(w) || w.endsWith("n't")) {
      // "not only" negates nothing, and "not … until" says when, not whether ("are not due until October")
      reach = tokens[i + 1] === 'only' || untilAfter(tokens, i) ? 0 : OPPOSITE_REACH;
      continue;
    }
    if (CLAUSE_MARK.test(w)) {
      reach = 0;
      continue;
    }
    // "no longer" is one negator: the word it negates is the next ("could no longer walk" negates
    // "walk", as "couldn't walk" does; "longer" had taken the negation, and the two were opposites)
    if (w === 'longer' && tokens[i - 1] === 'no') continue;
    if (isContentWord(w) && !/^\d/.test(w)) {
      (reach > 0 ? negated : plain).add(w);
      reach = 0;
    } else if (reach > 0) reach--;
  }
  return { negated, plain };
}

/** Whether "until" follows the negator at `at` within its clause, a few words on. */
function untilAfter(tokens: readonly string[], at: number): boolean {
  for (let k = at + 1; k < tokens.length && k <= at + OPPOSITE_REACH + 2; k++) {
    if (tokens[k] === 'until') return true;
    if (CLAUSE_MARK.test(tokens[k] as string)) return false;
  }
  return false;
}

/** A word, or a mark that ends a clause (comma, semicolon, colon, dash, bracket, quotation mark). */
const WORD_OR_MARK = /[\p{L}\p{N}]+(?:['’]\p{L}+)?|[,;:–—()"“”]/gu;
const CLAUSE_MARK = /^[,;:–—()"“”]$/;

/**
 * Whether one sentence negates a word the other states: "The faculty union said it had not been
 * consulted" against "we consulted … the faculty union on every option" — a word both use, within
 * {@link OPPOSITE_REACH} words after a negator in one and nowhere negated in the other. The negation of
 * the whole sentence (an odd count of negators) misses it when one sentence adds what the other lacks.
 * Whether the two speak of one event is the caller's to ask.
 * @param a a sentence
 * @param b another
 * @returns true when one negates what the other states
 */
export function negatesWhatOtherStates(a: string, b: string): boolean {
  if (!ANY_NEGATOR.test(a) && !ANY_NEGATOR.test(b)) return false;
  const x = negatedAndPlain(Array.from(a.matchAll(WORD_OR_MARK), lowerWord));
  const y = negatedAndPlain(Array.from(b.matchAll(WORD_OR_MARK), lowerWord));
  const one = (p: typeof x, q: typeof x) =>
    [...p.negated].some((w) => !p.plain.has(w) && q.plain.has(w) && !q.negated.has(w));
  // a word the other sentence never negates, stated in it, negated here
  return one(x, y) || one(y, x);
}

/**
 * Whether a sentence's negations fall only on words the other sentence never uses (compared by
 * {@link stem}): "fell sharply this week on fears that the levy might not lift trade" negates "lift",
 * which "have fallen sharply today" lacks. Such a negation is in a part one sentence adds (a cause, a
 * fear), not a denial of what both state, as "did not close the depot" is of "closed the depot".
 * @param a a sentence
 * @param b another
 * @returns true when one of them negates some word and none of its negated words is in the other
 */
export function negatesOnlyWhatOtherLacks(a: string, b: string): boolean {
  if (!ANY_NEGATOR.test(a) && !ANY_NEGATOR.test(b)) return false;
  const tokens = (text: string) => Array.from(text.matchAll(WORD_OR_MARK), lowerWord);
  const [ta, tb] = [tokens(a), tokens(b)];
  const [x, y] = [negatedAndPlain(ta), negatedAndPlain(tb)];
  if (x.negated.size === 0 && y.negated.size === 0) return false;
  const stems = (words: readonly string[]) => new Set(words.map(stem));
  const [sa, sb] = [stems(ta), stems(tb)];
  const lacks = (negated: ReadonlySet<string>, other: ReadonlySet<string>) =>
    ![...negated].some((w) => other.has(stem(w)));
  return lacks(x.negated, sb) && lacks(y.negated, sa);
}

/** "before" or "after", to pass over sentences with neither before reading their words. */
const ORDER_WORD = /\b(?:before|after)\b/i;
/** Words after "before" or "after" that name the event it orders against ("before the walkout began"). */
const ORDER_REACH = 4;

/**
 * The content words of the events a sentence sets something before and after: the first
 * {@link ORDER_REACH} words after each "before" and each "after", up to a clause mark.
 */
function ordered(tokens: readonly string[]): { before: Set<string>; after: Set<string> } {
  const out = { before: new Set<string>(), after: new Set<string>() };
  tokens.forEach((t, i) => {
    if (t !== 'before' && t !== 'after') return;
    for (let k = i + 1; k <= i + ORDER_REACH && k < tokens.length; k++) {
      const w = tokens[k] as string;
      if (CLAUSE_MARK.test(w)) break;
      if (isContentWord(w)) out[t].add(w);
    }
  });
  return out;
}

/**
 * Whether two sentences set one thing at opposite sides of one event: "before" an event in one and
 * "after" it in the other, said of a content word both give within {@link ORDER_REACH} words
 * ("warned investors about the strike's cost before the walkout began" against "told investors of the
 * strike's cost only after the walkout had ended"), neither setting that word both before and after.
 * Whether the two speak of one thing is the caller's to ask (`findClaims` asks it of statements of one
 * claim, of the same days).
 * @param a a sentence
 * @param b another
 * @returns true when one says before and the other after
 */
export function saysOtherOrder(a: string, b: string): boolean {
  if (!ORDER_WORD.test(a) || !ORDER_WORD.test(b)) return false;
  const x = ordered(Array.from(a.matchAll(WORD_OR_MARK), lowerWord));
  const y = ordered(Array.from(b.matchAll(WORD_OR_MARK), lowerWord));
  const one = (p: Set<string>, q: Set<string>, pOther: Set<string>, qOther: Set<string>) =>
    [...p].some((w) => q.has(w) && !pOther.has(w) && !qOther.has(w));
  return one(x.before, y.after, x.after, y.before) || one(x.after, y.before, x.before, y.after);
}
