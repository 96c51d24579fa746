/**
 * A wire-copy dateline opening a sentence: one to four words in capitals ("SANTIAGO", "NEW DELHI",
 * "WASHINGTON, D.C."), optionally up to three places or dates after commas ("NAIROBI, Kenya", "LONDON, Nov 29",
 * "SAN JOSE, Calif., Aug 18, 2027"), an
 * agency in brackets ("(Reuters)"), then a dash and the sentence's own capitalised start. A word in
 * capitals followed by a dash and a lower-case word ("NATO — the alliance — said") is no dateline.
 */
const DATELINE =
  /^[\p{Lu}][\p{Lu}\p{M}.'’-]+(?:\s+[\p{Lu}][\p{Lu}\p{M}.'’-]*){0,3}(?:,\s*[\p{L}\p{N}.]+(?:\s+[\p{L}\p{N}.]+){0,2})?(?:,\s*[\p{L}\p{N}.]+(?:\s[\p{N}]+)?){0,2}(?:\s*\([^()]{1,30}\))?\s*[—–-]{1,2}\s+(?=[\p{Lu}\p{N}"“‘'])/u;

/**
 * How long the dateline that opens a sentence is: the place it was filed from says where the writer was,
 * not what the sentence says of that place, so an actor named there is no mention of the actor.
 * @param text a sentence
 * @returns the dateline's length in characters, with the dash and the space after it; 0 when there is none
 */
export function datelineLength(text: string): number {
  return DATELINE.exec(text)?.[0].length ?? 0;
}
