// Whether two statements give one figure of one doer in one year: one fact, however each words it.
import type { ActorMentions } from './actor-mentions.js';
import { withActorWords } from './actor-words.js';
import { doerTextOf, figuresIn, type Statement } from './claim-statement.js';
import { PLAIN_WORD } from './claim-words.js';
import { sameUnit, sameValue } from './quantities.js';
import { doerOf } from './statement-doers.js';

/** A year of this or the last century, in digits. */
const YEAR = /\b(?:19|20)\d\d\b/g;
/** A year named relative to its report ("last year", "this year"): English calendar words. */
const RELATIVE_YEAR = /\b(last|this)\s+year\b/gi;

/**
 * The years a statement names: in digits ("In 2026 it lost …") or relative to its report's year ("a
 * loss last year" in a report of 2027: 2026).
 * @param x a statement
 * @returns the years, as `YYYY`
 */
export function yearsNamed(x: Statement): Set<string> {
  const years = new Set(Array.from(x.s.text.matchAll(YEAR), (m) => m[0]));
  const own = Number(x.s.article.published?.slice(0, 4));
  if (Number.isFinite(own))
    for (const m of x.s.text.matchAll(RELATIVE_YEAR))
      years.add(String((m[1] as string).toLowerCase() === 'last' ? own - 1 : own));
  return years;
}

/** The words of a statement's doer text, each actor as its one word. */
function wordsOf(text: string, mentions: ActorMentions): Set<string> {
  return new Set(Array.from(withActorWords(text, mentions).matchAll(PLAIN_WORD), (m) => m[0]));
}

/**
 * Whether two statements give one figure (of one unit and value: "$40 million") for one year each names
 * ("last year" in a report of January 2027, "In 2026"), and the doer one of them names ({@link doerOf},
 * a pronoun subject read as the name before it) stands in the other: "after a $40 million loss last
 * year, Norvale Transit will close two depots" and "In 2026 it lost $40 million, and its spring fares
 * fell" tell one fact, however far apart their words and their reports.
 * @param a a statement
 * @param b another
 * @param mentions finds the brief's actors
 */
export function oneYearsFigure(a: Statement, b: Statement, mentions: ActorMentions): boolean {
  const fa = figuresIn(a);
  const fb = figuresIn(b);
  if (fa.length === 0 || fb.length === 0) return false;
  if (!fa.some((x) => fb.some((y) => sameUnit(x, y) && sameValue(x, y)))) return false;
  const years = yearsNamed(a);
  if (![...yearsNamed(b)].some((y) => years.has(y))) return false;
  const [ta, tb] = [doerTextOf(a), doerTextOf(b)];
  const da = doerOf(ta, mentions);
  const db = doerOf(tb, mentions);
  const inA = wordsOf(ta, mentions);
  const inB = wordsOf(tb, mentions);
  return (da.length > 0 && da.every((w) => inB.has(w))) || (db.length > 0 && db.every((w) => inA.has(w)));
}

/**
 * Statements of one figure and a year paired at most: a bound on cost, not tuned (on the three Wikinews
 * cluster briefs no such figure is given by more than 3 statements; one a dozen sources repeat is a
 * headline figure whose sentences share rare words enough to be paired already).
 */
const MAX_OF_ONE_FIGURE = 12;

/**
 * Pairs of statements to compare for a claim: those given, then pairs of other sources' statements that
 * give one figure and name a year (what {@link oneYearsFigure} asks), which share too few rare words to
 * be among the given ones (a figure of a side clause: "In 2026 it lost $40 million, and …").
 * @param statements the statements
 * @param given the pairs found by their words (`candidatePairs`), each as `[i, j]`, `i < j`
 * @returns the given pairs, then the figures' pairs not among them
 */
export function* withYearsFigures(
  statements: readonly Statement[],
  given: Iterable<[number, number]>,
): Generator<[number, number]> {
  const seen = new Set<number>();
  const n = statements.length;
  for (const [i, j] of given) {
    seen.add(Math.min(i, j) * n + Math.max(i, j));
    yield [i, j];
  }
  const byFigure = new Map<string, number[]>();
  statements.forEach((x, i) => {
    if (yearsNamed(x).size === 0) return;
    for (const f of new Set(figuresIn(x).map((f) => `${f.unit}|${f.value}`))) {
      const list = byFigure.get(f) ?? [];
      list.push(i);
      byFigure.set(f, list);
    }
  });
  for (const list of byFigure.values()) {
    if (list.length < 2 || list.length > MAX_OF_ONE_FIGURE) continue;
    for (let a = 0; a < list.length; a++)
      for (let b = a + 1; b < list.length; b++) {
        const [i, j] = [list[a] as number, list[b] as number];
        const key = i * n + j;
        if (seen.has(key) || statements[i]?.s.article.id === statements[j]?.s.article.id) continue;
        seen.add(key);
        yield [i, j];
      }
  }
}
