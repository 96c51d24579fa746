import { isStopWord, lowerWord } from './text-stats.js';

/**
 * The title most like the others of a story's sources, on a report told much like the others: the title
 * whose words the other titles share most ({@link titleCentralities}), among the reports whose bodies
 * share as much with the other reports' as the average report's do ({@link storyTitleScores}), the first
 * on a tie. A story of one event is titled much as by its first report; one that runs over years
 * ("Velmar, Ostrava Motors offer buyouts", "Velmar seeks bankruptcy protection", "Kestrel posts profit"
 * …) by a report on what most of them cover, not by its earliest, which may be an aside ("Kestrel
 * cutting 9,000 jobs by 2030" over 28 reports on the car makers' crisis; a 2020 piece over four of 2024
 * in the sample corpus). The bodies keep a side story's headline from winning on chance words: of ten
 * reports over three years on car makers' losses and cuts, a maker's offer for a plant abroad shared its
 * maker's name with four titles and one chance word each with three more ("million", "auto", "offer"),
 * the most of any title, while its own report, told by no other, shared the least with the others of
 * all ten (session 92).
 * @param titles the sources' titles, in the order a tie keeps (earliest first)
 * @param bodies each title's report's content words (any ids, one set a title, in the titles' order);
 *   without them the titles alone decide
 * @returns the central title, or undefined for none
 */
export function centralTitle(
  titles: readonly string[],
  bodies?: readonly ReadonlySet<number>[],
): string | undefined {
  if (titles.length <= 2) return titles[0];
  const scores = storyTitleScores(titles, bodies);
  let best = 0;
  let bestScore = -1;
  scores.forEach((score, i) => {
    if (score === undefined) return;
    if (score > bestScore + 1e-9) {
      best = i;
      bestScore = score;
    }
  });
  return titles[best];
}

/**
 * What {@link centralTitle} ranks by: each title's {@link titleCentralities}, or 0 when bodies are given
 * and its report's share of words with the other reports ({@link wordSetCentralities} over the bodies)
 * is below the reports' average (a report without words is). When every report shares as much, all
 * stand, and the titles alone decide.
 * @param titles the sources' titles
 * @param bodies each title's report's content words, in the titles' order
 * @returns each title's score, undefined for a title without words
 */
export function storyTitleScores(
  titles: readonly string[],
  bodies?: readonly ReadonlySet<number>[],
): (number | undefined)[] {
  const scores = titleCentralities(titles);
  if (bodies === undefined || bodies.length !== titles.length) return scores;
  const restated = wordSetCentralities(bodies).map((r) => r ?? 0);
  const average = restated.reduce((sum, r) => sum + r, 0) / restated.length;
  // the tolerance keeps reports that all share alike standing despite rounding in the average
  return scores.map((s, i) =>
    s === undefined || (restated[i] as number) >= average - 1e-9 * Math.abs(average) ? s : 0,
  );
}

/**
 * How much of each title's words the other titles share: for each other title, the shared words over the
 * geometric mean of the two sizes, summed (what {@link storyTitleScores} weighs by each report's).
 * @param titles the sources' titles
 * @returns each title's score, undefined for a title without words
 */
export function titleCentralities(titles: readonly string[]): (number | undefined)[] {
  return wordSetCentralities(titles.map(titleWords));
}

/**
 * How much of each set's words the other sets share: for each other set, the shared words over the
 * geometric mean of the two sizes, summed (titles' words for {@link titleCentralities}, reports' bodies
 * for {@link storyTitleScores}).
 * @param sets the word sets
 * @returns each set's score, undefined for an empty set
 */
export function wordSetCentralities<T>(sets: readonly ReadonlySet<T>[]): (number | undefined)[] {
  // the sum over sets holding a word of one over the root of their sizes: a set's score is then read
  // from its own words alone, in time linear in the sets (a story may hold thousands of sources)
  const weight = new Map<T, number>();
  for (const w of sets) for (const x of w) weight.set(x, (weight.get(x) ?? 0) + 1 / Math.sqrt(w.size));
  return sets.map((w) => {
    if (w.size === 0) return undefined;
    const own = 1 / Math.sqrt(w.size);
    let score = 0;
    for (const x of w) score += (weight.get(x) as number) - own;
    return score * own;
  });
}

/** A title's distinct words, lower case, without stop words or a final plural "s" ("automakers"). */
function titleWords(title: string): Set<string> {
  const out = new Set<string>();
  for (const raw of title.match(WORD) ?? []) {
    const w = lowerWord(raw);
    if (isStopWord(w)) continue;
    out.add(w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w);
  }
  return out;
}
const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;
