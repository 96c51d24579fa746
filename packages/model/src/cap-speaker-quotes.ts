import { backgroundDf } from './background-df.js';
import type { Quote } from './briefing.js';
import { quoteWeight } from './quote-weight.js';
import { holdsClause } from './quoted-phrases.js';

/**
 * How many quotes of one speaker in one source the brief shows by default. Measured on the six Wikinews
 * cluster briefs and a brief of the 60 zyte-dev texts (phrases left out): one speaker had up to 9 quotes
 * of one report (a professor's in an explainer, a chief executive's 6 of a press conference); of the 197
 * speaker-and-report pairs 121 had one quote and 55 two (a statement the writer's attribution often
 * splits); 2 trims the other 21 pairs (42 quotes left out, none of a pair of two), 3 would trim 11.
 */
export const MAX_PER_SPEAKER = 2;

/**
 * What being a speaker's first clause in a source weighs beside `quoteWeight`'s figure (2), name and
 * clause (1 each): a report quotes a speaker's main statement first. Measured on the 21 pairs over the cap
 * of the six cluster briefs and the zyte-dev brief: with 1, three pairs changed from the first clause and
 * the rarest words alone, each for a figure or a claim about a country in place of an aside or an
 * anecdote; with 0, thirteen, four for the better, three for advice, a fragment or a restatement over the
 * lead statement, six alike.
 */
const LEAD_WEIGHT = 1;

/** A word of a quote, as general news counts them (lower case, letters and digits). */
const WORD = /[\p{L}\p{N}]+/gu;

/**
 * How much a quote tells beyond what any news text says: the sum over its distinct words of their
 * inverse document frequency in general news (`data/background-df.json`); a word general news never
 * has (a name, a figure, a term of the matter) counts most, "really", "thing" and "we" little.
 * @param text the quote's text
 */
export function quoteSpecificity(text: string): number {
  const { docs, df } = backgroundDf();
  let sum = 0;
  const seen = new Set<string>();
  for (const m of text.toLowerCase().matchAll(WORD)) {
    const word = m[0];
    if (seen.has(word)) continue;
    seen.add(word);
    sum += Math.log(docs / ((df.get(word) ?? 0) + 1));
  }
  return sum;
}

/**
 * Caps the quotes each speaker has in one source (`most`, by default {@link MAX_PER_SPEAKER}): of a speaker with more,
 * the brief keeps those that say most ({@link quoteWeight}: a figure, someone named, a clause, no
 * pleasantry), the first that is a clause (which a report gives the speaker's main statement) weighing one
 * more, then the most specific ({@link quoteSpecificity}; the earlier of two alike), in the order the
 * source gives them, so that "Who said what" reads across speakers and sources rather than one
 * voice's whole interview. The quotes kept keep their citations; a speaker of other sources keeps
 * theirs in each.
 * @param quotes the brief's quotes, in order
 * @param most how many of a speaker's quotes in a source to keep (at least 1); null keeps them all
 * @returns the quotes kept, in the same order
 */
export function capSpeakerQuotes(quotes: readonly Quote[], most: number | null = MAX_PER_SPEAKER): Quote[] {
  if (most === null) return [...quotes];
  const keep = Math.max(1, Math.floor(most));
  const groups = new Map<string, number[]>();
  quotes.forEach((q, i) => {
    if (q.speaker === null) return;
    const key = `${q.sourceId}\u0000${q.speaker}`;
    const group = groups.get(key);
    if (group) group.push(i);
    else groups.set(key, [i]);
  });
  const dropped = new Set<number>();
  for (const group of groups.values()) {
    if (group.length <= keep) continue;
    // the first that holds a clause: a report quotes a speaker's main statement first (the inverted
    // pyramid), after a phrase of theirs in its own words at times ('… what he called "a fair deal"')
    const lead = group.find((i) => holdsClause((quotes[i] as Quote).text));
    // what each says most (a figure, someone named, a clause; no pleasantry), then the rarest words
    const ranked = group
      .map((i) => {
        const text = (quotes[i] as Quote).text;
        return {
          i,
          weight: quoteWeight(text) + (i === lead ? LEAD_WEIGHT : 0),
          score: quoteSpecificity(text),
        };
      })
      .sort((a, b) => b.weight - a.weight || b.score - a.score || a.i - b.i);
    for (const { i } of ranked.slice(keep)) dropped.add(i);
  }
  return dropped.size === 0 ? [...quotes] : quotes.filter((_, i) => !dropped.has(i));
}
