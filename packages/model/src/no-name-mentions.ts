// The mentions that name nothing, whatever the tagger read: a label, a common word a capital opens, a
// word set in capitals, a currency's prefix, one letter.
import type { Mention, ReadSentence } from './article-entity.js';
import { INTERJECTIONS } from './english-cues.js';
import type { EntityTally } from './entity-tally.js';
import { INSTRUCTED, OPENING_MARKS } from './instruction-openings.js';
import { isTickerAt } from './kind-nouns.js';
import { isCapitalsOf, labelsNumberedHeading, runInHeadingEnd } from './mention-context.js';
import { opensSentence } from './name-evidence.js';
import { inQuotedTitle } from './quoted-titles.js';
import { type Token, tokenAt } from './tokenize-words.js';

// patterns of the functions below, made once: inside a function a pattern with \p{…} outside a class
// is built by `new RegExp` at each call in the bundle (esbuild lowers it for Node targets)
const ONE_LETTER = /^\p{L}\.?$/u;
/** A word opening with a lower-case letter. */
export const LOWER_FIRST = /^\p{Ll}/u;

/** A capital, then lower-case letters only ("Aer", not "A." or "US-led"). */
export const CAPITALISED_WORD = /^\p{Lu}\p{Ll}+$/u;

/**
 * Whether a mention names nothing by where it stands or what it is set beside: in a headline or a
 * repeated heading, in a sentence of another language, a word set in capitals, a common word opening a
 * sentence, a label of a heading, a word opening an instruction or an interjection.
 * @param t the article's tally
 * @param r the sentence's number
 * @param one the sentence, read
 * @param m the mention
 * @param foreign whether the sentence is in another language than the text
 * @returns true when the mention is no name, to be left out of the tally
 */
export function namesNothing(
  t: EntityTally,
  r: number,
  one: ReadSentence,
  m: Mention,
  foreign: boolean,
): boolean {
  const { index, titled, said, lower, elsewhere, inside, labelled } = t;
  const { tokens, headline } = one;
  const form = m.form as string;
  const key = m.key as string;
  if ((headline || t.headed.has(m)) && m.entry === null && !elsewhere.has(key)) return true;
  // a sentence in another language inside an English text (a consent notice, a quoted passage):
  // its capitals are no names the tagger can tell, as in a source in that language
  if (foreign && m.entry === null) return true;
  if (m.entry !== null && m.from === 0 && !inside.has(form) && index.isAcronymWrittenLower(form)) return true;
  // "FROM", "SHOULD", "SELECT" beside "from", "should", "select": a word set in capitals (code,
  // a standard's keywords, emphasis), not an acronym; a known name ("US", "WHO") is looked up first
  if (m.entry === null && m.from === m.to && isCapitalsOf(form, lower)) return true;
  // "Court orders …", "Port strike enters …" beside "a court", "the port authority": a common
  // word capitalised only because it opens a sentence or a headline
  if (m.entry === null && m.from === m.to && opensSentence(tokens, m.from) && lower.has(form.toLowerCase()))
    return true;
  // "Common Mistake #1: Misusing …", "Warning #2:": the label of a numbered heading, no name (a
  // locomotive's "Railroad # 1" of WikiGold has no colon)
  if (m.entry === null && labelsNumberedHeading(tokens, m.to)) return true;
  // a word opening a sentence that is no name by the word after it: a verb that opens an instruction
  // (a note's to-do, a guide's step) before a word no name is followed by ("Check whether the court …",
  // "Sign up for …"), or an interjection or a linking word (`INTERJECTIONS`) before a comma, "!" or "?"
  // ("Well, the court …", "Sorry, …", "Thanks!"; a name does open a sentence so, "Obama, who …", so only
  // these words)
  if (
    m.entry === null &&
    m.from === m.to &&
    opensSentence(tokens, m.from) &&
    // the bound tested, not read past: a read past an array's end deoptimised this function (issue 17)
    m.to + 1 < tokens.length
  ) {
    const after = (tokens[m.to + 1] as Token).text;
    if (INSTRUCTED.has(after) || (OPENING_MARKS.has(after) && INTERJECTIONS.has(form.toLowerCase())))
      return true;
  }
  // "Analysis: what the strike means", "Measles: minister visits …": one word before a colon opening
  // the title, which the article names nowhere else, labels the piece ("Lyon: mayor says" names Lyon
  // again below); in the body such a word may be a transcript's speaker ("Barenberg: Herr …")
  if (
    titled &&
    r === 0 &&
    m.entry === null &&
    m.from === m.to &&
    said.get(key) === 1 &&
    tokenAt(tokens, m.to + 1)?.text === ':' &&
    opensSentence(tokens, m.from)
  )
    return true;
  // "Missed Payment: The downgrade follows …", "Crop Shortfall: Production …": a name inside a run-in
  // heading of a paragraph, in a text whose paragraphs open with distinct headings, is none when said
  // once
  return m.entry === null && labelled && said.get(key) === 1 && m.to + 2 <= runInHeadingEnd(tokens);
}

/**
 * Whether a mention names nothing by its own characters and the ones beside it: a currency's prefix, a
 * word paired by a slash with a common word, one letter, a piece of a title in quotation marks.
 * @param one the sentence, read
 * @param m the mention
 * @returns true when the mention is no name, to be left out of the tally
 */
export function namesNothingByShape(one: ReadSentence, m: Mention): boolean {
  const { sentence, tokens } = one;
  const form = m.form as string;
  // "CA$1 billion", "US$27 billion", "GH¢2.8 billion": a currency's prefix before its sign, not a name
  const after = (tokens[m.to] as Token).end;
  if (m.from === m.to && after < sentence.length && CURRENCY_SIGN.test(sentence.charAt(after))) return true;
  // "Increases/reduces the amount of error", "Enable/disable": a word opening a line, paired by a slash
  // with a word in lower case, is a common word like it (a settings guide's 18 "Increases" had been an
  // organisation; not "CVS/pharmacy", nor "Anaconda/conda" inside a line)
  if (
    m.entry === null &&
    m.from === m.to &&
    CAPITALISED_WORD.test(form) &&
    opensSentence(tokens, m.from) &&
    // the bounds tested, not read past: a one-word line ("Politics") read past its end, met late, had
    // made tallyMention deoptimise (issue 17)
    after + 1 < sentence.length &&
    sentence.charAt(after) === '/' &&
    LOWER_FIRST.test(sentence.charAt(after + 1))
  )
    return true;
  // "(NYSE: VLD)": a ticker after its exchange names the company before it, nothing of its own
  if (m.from === m.to && isTickerAt(tokens, m.from)) return true;
  // one letter names nothing by itself: "C" of "Vitamin C", "25 C", "C++", "F." of a file's "F. No.
  // 28015" (WikiGold precision 0.7694 -> 0.7698); "J." stands in a name, with the name
  if (m.entry === null && m.from === m.to && ONE_LETTER.test(form)) return true;
  // 'a song called "Letters from Port Avel"': a name inside a quoted title is a piece of a work's name
  return inQuotedTitle(sentence, tokens, m.from, m.to);
}

/** A currency's sign ("$", "¢", "₵", "£", "₹"): letters glued before it are its prefix ("US$", "GH¢"). */
const CURRENCY_SIGN = /^\p{Sc}$/u;
