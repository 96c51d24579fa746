/**
 * A sentence's end that does not follow an initial: a stop after a single capital that stands alone
 * ("John W. Smith", "J. Roe") closes a name's initial, not a sentence. A line of names copied onto one
 * line (a tag cloud, a list of contributors) holds such stops and no other.
 */
const END_PAST_INITIAL = /(?<!(?:^|[\s\-–])\p{Lu})[.!?…]["”’»)]?(?:\s|$)|[。！？]/u;

/**
 * Whether a line holds a sentence's end (as `sentenceEnds` of line-ends.ts counts them) other than
 * the stop after an initial ("W. " in "John W. Filmswap").
 * @param text a line
 * @returns true when some sentence end follows more than a lone capital
 */
export function endsPastInitials(text: string): boolean {
  return END_PAST_INITIAL.test(text);
}
