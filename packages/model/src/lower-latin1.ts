/**
 * A Latin-1 unit as `toLowerCase` writes it, whatever stands around it: A–Z and À–Þ (but ×) are their
 * small letters 32 units on, every other unit itself (the test checks every unit, alone and beside others).
 * @param c a code unit up to 0xff
 * @returns its unit in lower case
 */
export function lowerLatin1(c: number): number {
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7) ? c + 32 : c;
}
