/**
 * A test of one UTF-16 code unit beyond ASCII against a one-character pattern (`/\p{Lu}/u`), each unit
 * asked of the pattern once and the answer kept in a table of the BMP (64 KB at most): for loops that
 * read a text by character code and test ASCII themselves. Half of a surrogate pair, read alone,
 * matches no such pattern.
 * @param pattern a pattern that matches one character
 * @returns the test, for a code unit (`text.charCodeAt(i)`)
 */
export function unitClass(pattern: RegExp): (c: number) => boolean {
  // 0 not yet known, 1 yes, 2 no
  const known = new Uint8Array(0x10000);
  return (c) => {
    let k = known[c] as number;
    if (k === 0) {
      k = pattern.test(String.fromCharCode(c)) ? 1 : 2;
      known[c] = k;
    }
    return k === 1;
  };
}
