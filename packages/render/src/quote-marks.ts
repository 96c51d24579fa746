/** A straight double quotation mark opens after these (or at the start): a space, an opening bracket, a dash, a slash. */
const BEFORE_OPEN = /[\s([{\u2014\u2013/-]/u;
/** It closes before these (or at the end): a space, a closing bracket, punctuation, a dash, a single mark. */
const AFTER_CLOSE = /[\s)\]}.,;:!?…\u2014\u2013/'’-]/u;

/**
 * The straight double quotation marks of a text that open and close a quotation, paired: one that
 * opens (at the start or after a space or opening bracket, before a word) with the next that closes
 * (after a word, before a space, punctuation or the end). A mark that opens while another is still open
 * leaves that one unpaired; an inch mark with no quotation open ("a 12" record") stays as it is.
 * @param text the text
 * @returns the positions of each pair's opening and closing mark
 */
function straightPairs(text: string): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  let open = -1;
  for (let i = text.indexOf('"'); i !== -1; i = text.indexOf('"', i + 1)) {
    const before = text[i - 1];
    const after = text[i + 1];
    const opens =
      (before === undefined || BEFORE_OPEN.test(before)) && after !== undefined && /\S/u.test(after);
    const closes =
      before !== undefined &&
      /\S/u.test(before) &&
      !BEFORE_OPEN.test(before) &&
      (after === undefined || AFTER_CLOSE.test(after));
    if (opens) open = i;
    else if (closes && open !== -1) {
      pairs.push([open, i]);
      open = -1;
    }
  }
  return pairs;
}

/**
 * Replaces the marks of each pair of straight double quotation marks.
 * @param text the text
 * @param opening the mark to open with
 * @param closing the mark to close with
 */
function replacePairs(text: string, opening: string, closing: string): string {
  // positions count UTF-16 units, as split('') does
  const out = text.split('');
  for (const [a, b] of straightPairs(text)) {
    out[a] = opening;
    out[b] = closing;
  }
  return out.join('');
}

/**
 * A title or quotation with its straight double quotation marks made curly where their direction is
 * clear (`Kestrel 480 "Skyliner" makes` → `Kestrel 480 “Skyliner” makes`). Apostrophes, single
 * marks, curly marks and a mark that pairs with none are left as they are.
 * @param text the text shown by the brief
 * @returns the text with curly double quotation marks
 */
export function curlQuotes(text: string): string {
  return replacePairs(text, '“', '”');
}

/**
 * A title or quotation made ready to stand inside curly double quotation marks: a quotation inside a
 * quotation takes the other kind, so its own pairs of double marks, straight or curly, become single
 * curly ones (`“Kestrel 480 ‘Skyliner’ makes …”`). Apostrophes, single marks and a mark that pairs with
 * none are left as they are.
 * @param text the text to quote
 * @returns the text with single marks for its inner quotations
 */
export function nestQuotes(text: string): string {
  return replacePairs(text, '‘', '’').replace(/“([^“”]*)”/gu, '‘$1’');
}
