import { z } from 'zod';
import { LowerPhrases, LowerWords, lazyData } from './data-file.js';
import { escapeRegExp } from './escape-reg-exp.js';
import { blankQuotations } from './quoted-passages.js';

const ConnectivesFile = z.object({
  joining: LowerWords,
  notAfterJoining: LowerWords,
  trimmable: LowerPhrases,
  adding: LowerPhrases,
  notAdding: LowerWords,
});

const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
const phrase = (w: string) => w.split(' ').join(String.raw`\s+`);

/**
 * The patterns of `data/connectives.yaml`: a joining connective opening a sentence (its comma optional),
 * an adding adverb anywhere ("too" and "as well" only at a clause's end), and the trimmable connectives
 * capitalised.
 * @throws ZodError when the data file does not have its schema
 */
const connectives = lazyData('connectives.yaml', ConnectivesFile, (data) => {
  const joining = data.joining.map(cap).join('|');
  const not = data.notAfterJoining.join('|');
  const atEnd = (w: string) => w === 'too' || w.includes(' ');
  const adding = data.adding.map((w) =>
    atEnd(w)
      ? String.raw`\b${phrase(w)}(?=\s*(?:[,.;:!?)—–]|$))(?!\s+as\b)`
      : w === 'also'
        ? String.raw`\balso\b(?!\s+(?:${data.notAdding.join('|')})\b)`
        : String.raw`\b${phrase(w)}\b`,
  );
  return {
    joining: new RegExp(String.raw`^(?:${joining})(?:,\s+|\s+(?!(?:${not})\b)(?=[\p{L}\d"“]))`, 'u'),
    adding: new RegExp(adding.join('|'), 'iu'),
    trimmable: data.trimmable.map(cap),
    opening: [...new Set([...data.trimmable, ...data.joining])].map(cap),
  };
});

/**
 * A sentence without the joining connective it opens with ("However so far this year, Norvale Transit has …" →
 * "so far this year, Norvale Transit has …"; "But the council refused" → "the council refused"), or as it was;
 * not "However long …" nor "But for …", of no connective. The caller capitalises.
 * @param text a sentence
 */
export function withoutJoiningConnective(text: string): string {
  return text.replace(connectives().joining, '');
}

/**
 * Whether a line adds itself, outside its quotations, to something told before it ("The Kestrel Union also
 * voted to strike", "riders left as well"): it leans on that other thing, so reads worse alone than a
 * line without. "Also known as" is a gloss, no addition.
 * @param text a line
 */
export function addsToAnother(text: string): boolean {
  const { adding } = connectives();
  return adding.test(text) && adding.test(blankQuotations(text));
}

/**
 * The connectives a point may drop before a comma and still say the same ("However", "In addition", "Of
 * course"), capitalised as a sentence opens with them, from `data/connectives.yaml`'s `trimmable`. The
 * caller says whether the comma is required.
 */
export function trimmableConnectives(): readonly string[] {
  return connectives().trimmable;
}

/**
 * The connectives a sentence may open with before its subject, one that joins it to the sentence before
 * ("However", "But", "Meanwhile") or one a point may drop ("In addition", "Later"): `trimmable` and
 * `joining` of `data/connectives.yaml`, capitalised as a sentence opens with them. After one, the subject
 * opens in lower case ("However, the first ferries …"). The caller says whether a comma follows.
 */
export function openingConnectives(): readonly string[] {
  return connectives().opening;
}

/**
 * The source of a pattern for a sentence that opens with one of `openers`, capitalised, or after an
 * opening connective ({@link openingConnectives}, its comma optional) in lower case: "The first …",
 * "However, the first …", "But this …". What follows the opener is the caller's.
 * @param openers the words, in lower case ("the", "this")
 */
export function openerAfterConnective(openers: readonly string[]): string {
  const connectives = openingConnectives()
    .map((c) => escapeRegExp(c).split(' ').join(String.raw`\s+`))
    .join('|');
  return String.raw`^(?:(?:${connectives}),?\s+(?:${openers.join('|')})|(?:${openers.map(cap).join('|')}))`;
}
