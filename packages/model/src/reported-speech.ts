import { SAYING_VERBS, TOLD } from './quote-patterns.js';
import { wordsBefore, wordsBeforeSaid } from './said-names.js';
import { sayingVerbs } from './saying-verbs.js';

/** A verb of saying, or "told" and its kin, as the quote cues read them. */
const SAYING = new RegExp(String.raw`\s(?:${SAYING_VERBS}|${TOLD})\b`, 'u');
/** A quotation mark of any kind, or a question: the sentence quotes or asks, and reports no one's words. */
const QUOTES_OR_ASKS = /["“”„«»?]/u;

/**
 * The words before the verb of a sentence that reports what someone said without quoting them ("Rask
 * said the quay would reopen in April.", "The silt, Rask said, is the worst in years."): each tail of the
 * word before the verb (see `wordsBeforeSaid`), for a surname to be looked up; none for a sentence that
 * holds a quotation mark or a question mark, or no verb of saying; "Mara Holt denied the reports.", a
 * verb that reports an answer or a stand (`answering` of `data/saying-verbs.yaml`), is read as one.
 * A quotation that stands alone right after such a sentence, no attribution of its own, is the words of
 * the one it reports (`findQuotes`).
 * @param text a sentence
 * @returns the words before its verb of saying, or none
 */
export function reporterWords(text: string): string[] {
  if (QUOTES_OR_ASKS.test(text)) return [];
  if (SAYING.test(text)) return wordsBeforeSaid(text);
  answered ??= new RegExp(String.raw`\s(?:${sayingVerbs().answering.join('|')})\b`, 'gu');
  return wordsBefore(text, answered);
}
/** A verb that reports an answer or a stand unquoted (`answering` of `data/saying-verbs.yaml`): "denied". */
let answered: RegExp | undefined;
