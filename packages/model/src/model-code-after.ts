// Whether a model's code follows a name ("Kestrel K-400", "Corvane IV", "Osprey 900"): the name is a product's.
import { type Token, tokenAt } from './tokenize-words.js';

/**
 * A model's code: letters and a figure ("K-400", "A20", "TR720"), a figure of three or four digits that is
 * no year ("900", "4400"), or a Roman numeral from II to XX, V and X alone too ("IV", "V"; not "I", a
 * pronoun). A figure of one or two digits is left out: a table's score reads so ("Tarnby 2 Vestby 1").
 */
const CODE = /^(?:\p{Lu}{1,3}-?\d{1,4}\p{Lu}{0,2}|\d{3,4}|X{0,1}(?:IX|IV|V?I{1,3}|V)|X{1,2})$/u;

/** A four-digit figure read as a year, no model's code ("Tarnby 1998", "Vestby 2027"). */
const YEAR = /^(?:1[89]|20)\d\d$/;

/** What may follow a model's code: a word in lower case, a stop or a bracket; no figure or name. */
const AFTER_CODE = /^(?:\p{Ll}+|[.,;:!?)'’])$/u;

/**
 * Whether a model's code ({@link CODE}) follows a name's last token, then a word in lower case, a stop or
 * the sentence's end ("the Corvane IV rocket", "two Osprey 900 engines", "the Kestrel K-400."): a name so
 * written names the model, a product. Not a figure and a unit or a figure's further digits ("Tarnby 1,200
 * jobs" is tokenized "1", ",", "200"), nor a year.
 * @param tokens the sentence's tokens
 * @param to the name's last token
 * @returns whether a model's code follows
 */
export function modelCodeAfter(tokens: readonly Token[], to: number): boolean {
  const code = tokenAt(tokens, to + 1);
  if (code === undefined || !CODE.test(code.text) || YEAR.test(code.text)) return false;
  const next = tokenAt(tokens, to + 2);
  if (next === undefined) return true;
  if (!AFTER_CODE.test(next.text)) return false;
  // a word is set apart by a space ("900engines" is no code); a glued stop ends the code unless digits go
  // on after it ("120,000": a figure)
  if (next.start === code.end && LETTER_FIRST.test(next.text)) return false;
  const after = tokenAt(tokens, to + 3);
  return !(after && after.start === next.end && DIGIT_FIRST.test(after.text));
}

const LETTER_FIRST = /^\p{L}/u;
const DIGIT_FIRST = /^\d/;
