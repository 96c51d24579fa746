// Whether one report's headline tells what a story's reports tell, or only its own report's event.
import { backgroundDf } from './background-df.js';
import { headlineWords } from './headline-words.js';
import { isContentWord, lowerWord } from './text-stats.js';

// a report tells the headline's event when it holds two in three of its words (a report on the same
// event words it its own way: "walk out" beside "strike"; at three in four, a strike's four reports over
// five days did not tell their central headline's "Pay talks resume in … strike")
const HELD_SHARE = 2 / 3;
// the headline covers the story when a third of the reports tell its event: on the six Wikinews cluster
// briefs (10 and 30 reports over years) the story's central headline was told by 45% of one
// story's reports (kept) and by 10–25% elsewhere (a model's unveiling, an exchange's closure, a
// request for aid); a story of one event, told by most of its reports, keeps its headline
const COVER_SHARE = 1 / 3;

/**
 * Whether a headline covers a story: whether a third of the story's reports hold two in three of its
 * content words, its rarest word among them ({@link rarestWord}). A short headline of common words
 * ("World exchanges tumble") is otherwise told by any report on its subject, which holds two of its
 * three words, but not its event's. A story of one event is told in its headline's words by most of its
 * reports; a story that runs over years and many events ("Norvale Transit orders trams", "… tram
 * deliveries late", "… opens tram line") is not, and one report's headline names only that report's
 * event.
 * @param headline the story's title
 * @param reports each report's phrases (`textPhrases` of its title and body), the headline's own among them
 * @param named the word keys of the main actors' names, which every report holds and which say nothing of
 *   the event ("Norvale Transit places tram orders with Velmar Rail" is judged by "places tram orders")
 * @returns true when the headline covers the story, or has no content word to judge by
 */
export function headlineCovers(
  headline: string,
  reports: readonly ReadonlySet<string>[],
  named: ReadonlySet<string>,
): boolean {
  const keys = new Set(
    headlineWords(headline)
      .filter((w) => isContentWord(lowerWord(w.written)) && !named.has(w.key))
      .map((w) => w.key),
  );
  if (keys.size === 0 || reports.length === 0) return true;
  const rarest = rarestWord(keys);
  let telling = 0;
  for (const report of reports) {
    if (!report.has(rarest)) continue;
    let held = 0;
    for (const k of keys) if (report.has(k)) held++;
    if (held >= HELD_SHARE * keys.size) telling++;
  }
  return telling >= COVER_SHARE * reports.length;
}

/**
 * The word of a headline fewest general news texts hold (`background-df.json`): what tells its event
 * ("tumble" of "Exchanges tumble in Norvale"), where the others may name any report on its subject.
 */
function rarestWord(keys: ReadonlySet<string>): string {
  const { df } = backgroundDf();
  const count = (k: string) => Math.max(df.get(k) ?? 0, df.get(`${k}s`) ?? 0);
  return [...keys].reduce((a, b) => (count(b) < count(a) ? b : a));
}
