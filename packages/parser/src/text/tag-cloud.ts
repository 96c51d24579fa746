// Tells a tag cloud or a run of topic links copied onto one line.
import { CASELESS_START } from './caseless-clause.js';
import { endsPastInitials } from './ends-past-initials.js';
import { lowerCaseShare } from './lower-case-share.js';

/**
 * Tells a tag cloud or a run of topic links copied onto one line: 12 words or more with no sentence
 * end anywhere (the stop after a name's initial is none, see {@link endsPastInitials}), and either mostly capitalised words or mostly list separators ("Politics, Economy |
 * Elections · …"). Prose that long without a sentence end is rare; prose mostly capitalised rarer
 * (German nouns leave it at about a third). Measured on zyte-dev/text and trafilatura-eval/text, from
 * 12 or 25 words alike: F unchanged (0.942, 0.845), trafilatura-eval precision +0.001.
 * @param text a line
 * @param words its word count
 * @param sentences the sentence ends inside it
 * @param terminal whether it ends like a sentence
 */
export function tagCloud(text: string, words: number, sentences: number, terminal: boolean): boolean {
  if (words < 12 || terminal) return false;
  // a stop after a name's initial ("John W. Smith") ends no sentence: a cloud of names holds them.
  // Measured on trafilatura-eval text (tp/fp): half A 1323/114 → 1324/114 (a post's tags of names won
  // over its short text), half B 1253/104 and zyte-dev text 0.962 unchanged; of 3,236 dev and bench
  // pages only that one changes (the test asks first for few words in lower case)
  // a line in a script without capitals (Chinese, Japanese, Arabic…) has no case to read: only its
  // separators tell (a sentence broken over lines, "…販売するような行為は、", had read as a cloud)
  const cased = !CASELESS_START.test(text);
  if (sentences > 0) return cased && lowerCaseShare(text) < 0.4 && !endsPastInitials(text);
  if (cased && lowerCaseShare(text) < 0.4) return true;
  // the separators counted by the pattern's test (no array of matches), and only up to what is needed
  SEPARATOR.lastIndex = 0;
  let separators = 0;
  while (separators < words / 3 && SEPARATOR.test(text)) separators++;
  return separators >= words / 3;
}

/** A list separator inside a line: a mark between spaces, or a comma before one. */
const SEPARATOR = /\s[|·•,/–-]\s|,\s/gu;
