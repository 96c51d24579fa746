import { isStopWord, lowerWord } from './text-stats.js';

/**
 * The title most like the others of a story's sources: the one whose words the other titles share most
 * (each pair's shared words over the geometric mean of their sizes, summed), the first on a tie. A story
 * of one event is titled much as by its first report; one that runs over years ("Velmar, Ostrava Motors offer
 * buyouts", "Velmar seeks bankruptcy protection", "Kestrel posts profit" …) by a report on what most of
 * them cover, not by its earliest, which may be an aside ("Kestrel cutting 9,000 jobs by 2030" over 28
 * reports on the car makers' crisis; a 2020 piece over four of 2024 in the sample corpus).
 * @param titles the sources' titles, in the order a tie keeps (earliest first)
 * @returns the central title, or undefined for none
 */
export function centralTitle(titles: readonly string[]): string | undefined {
  if (titles.length <= 2) return titles[0];
  const scores = titleCentralities(titles);
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
 * How much of each title's words the other titles share: for each other title, the shared words over the
 * geometric mean of the two sizes, summed ({@link centralTitle} takes the highest).
 * @param titles the sources' titles
 * @returns each title's score, undefined for a title without words
 */
export function titleCentralities(titles: readonly string[]): (number | undefined)[] {
  const words = titles.map(titleWords);
  // the sum over titles holding a word of one over the root of their sizes: a title's score is then read
  // from its own words alone, in time linear in the titles (a story may hold thousands of sources)
  const weight = new Map<string, number>();
  for (const w of words) for (const x of w) weight.set(x, (weight.get(x) ?? 0) + 1 / Math.sqrt(w.size));
  return words.map((w) => {
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
