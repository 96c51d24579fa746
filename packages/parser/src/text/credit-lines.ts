import { isLetterOrDigitUnit } from '@briefing/model';
import { wordsIn } from './count-words.js';
import { phrases } from './phrase-matcher.js';

/** A credit line is at most this many words: a name or two and an agency. */
const MAX_CREDIT_WORDS = 12;

/**
 * Tells a photo credit: a short line (MAX_CREDIT_WORDS words at most) holding a credit label or the
 * name of a photo agency or picture library (`data/credit-phrases.yaml`).
 * @param text a line
 * @param words its word count, when known
 */
export function isCreditLine(text: string, words = wordsIn(text)): boolean {
  return words <= MAX_CREDIT_WORDS && phrases('credit-phrases.yaml').test(text.toLowerCase());
}

// patterns of the functions below, made once: inside a function a pattern with \p{…} outside a class
// is built by `new RegExp` at each call in the bundle (esbuild lowers it for Node targets)
const SLASHED_CREDIT = /\([^()]*\/[^()]*\)\P{L}*$/u;
/**
 * Tells a line that credits a picture, whatever its length: it holds a credit label or the name of a
 * photo agency (`data/credit-phrases.yaml`), or ends with a credit in brackets ("(Jane Roe/Reuters)").
 * A caption ends so; a headline seldom does.
 * @param text a line
 */
export function holdsCredit(text: string): boolean {
  return SLASHED_CREDIT.test(text) || phrases('credit-phrases.yaml').test(text.toLowerCase());
}

/**
 * A picture's credit closing its caption is looked for in this many last characters of the line: a
 * label and MAX_CREDIT_WORDS words fit in it. Not tuned: the captions it finds on zyte-dev and half A of
 * trafilatura-eval close on credits of 2 to 11 words.
 */
const CLOSING_CREDIT_CHARS = 120;
/** A stop, then where a credit may open, in brackets or not ("… active. Credit: …", "… 1989.” (Photos by …"). */
const STOP_BEFORE_CREDIT = /[.!?]["”’]?\s+\(?/g;
/** A credit label is at most two words ("Credit:", "Photos by", "Courtesy of"). */
const LABEL_WORDS = /^\S+(?:\s+\S+)?/u;
/** A caption closing on a credit is at least this many words: a word, its stop, a label and a name. */
const MIN_CAPTION_WORDS = 4;

/**
 * Tells a photo caption, however long, by the labelled credit that closes it after a stop: a credit
 * label of `data/furniture-phrases.yaml` (`credits`: "Credit:", "Photo:", "Foto:") or of
 * `data/credit-phrases.yaml` (`labels`: "Photos by", "Courtesy of"), then at most MAX_CREDIT_WORDS words
 * to the line's end, which is no sentence's ("… used while the crew is awake. Credit: Agency", "… in
 * 2014. (Photos by Jane Roe/Agency)", "… on Monday. Photo: J. Roe/Agency"). A text's source ("Source:",
 * "Quelle:") is no picture's credit, nor an agency alone: "… on Monday. (AFP)" closes a wire's
 * paragraph. Measured on text scrapes: zyte-dev 0.976 → 0.978 (precision 0.972 → 0.976: two pages'
 * captions of 39 to 96 leaked shingles), trafilatura-eval half A unchanged (its three such captions held
 * no snippet), half B fp 97 → 96, tp unchanged.
 * @param text a line
 * @param words its length in words, when known
 */
export function closesOnCreditLabel(text: string, words = wordsIn(text)): boolean {
  // a paragraph ends in a stop or a quote: a line ending so is passed over without a search
  const length = text.length;
  const last = length > 0 ? text.charCodeAt(length - 1) : -1;
  if (words < MIN_CAPTION_WORDS || (last !== 0x29 && !isLetterOrDigitUnit(last))) return false;
  // each stop in the line's last characters, with the label that may stand after it (the pattern
  // finds them: a loop over the characters cost four times as much)
  STOP_BEFORE_CREDIT.lastIndex = Math.max(0, length - CLOSING_CREDIT_CHARS);
  for (let stop = STOP_BEFORE_CREDIT.exec(text); stop !== null; stop = STOP_BEFORE_CREDIT.exec(text)) {
    const i = stop.index + stop[0].length;
    const label = (LABEL_WORDS.exec(text.slice(i, i + 30))?.[0] ?? '').toLowerCase();
    if (
      (phrases('furniture-phrases.yaml', ['credits'], 'credit-labels').test(label) ||
        phrases('credit-phrases.yaml', ['labels'], 'credit-phrase-labels').test(label)) &&
      wordsIn(text.slice(i)) <= MAX_CREDIT_WORDS
    )
      return true;
  }
  return false;
}
