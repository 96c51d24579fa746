import { readFileSync } from 'node:fs';
import { isLetterOrDigitUnit } from '@briefing/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { furnitureMatcher } from '../src/text/furniture-lines.js';

/** The matcher as it was before its phrases shared one look-ahead (the oracle). */
function byPattern(text: string): (lower: string) => boolean {
  const groups = Object.values(parseYaml(text) as Record<string, string[]>);
  const phrases: string[] = [];
  const keys = new Set<string>();
  for (const group of groups) {
    for (const p of group) {
      const stem = p.endsWith('*');
      const lower = (stem ? p.slice(0, -1) : p).toLowerCase();
      keys.add(lower.slice(0, KEY));
      const literal = lower.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      phrases.push(stem ? literal : `${literal}(?![\\p{L}\\p{N}])`);
    }
  }
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${phrases.join('|')})`, 'u');
  // the same pattern tried only where a key stands (sticky): the look-behind at the front of so long an
  // alternation costs its time at every character of the line
  const at = new RegExp(pattern.source, 'uy');
  const lengths = [...new Set([...keys].map((k) => k.length))];
  // the first two characters of each key as a number, so that most words are passed over without
  // cutting a string out of the line (a one-character key, or a word at the line's end, has no second)
  const starts = new Set([...keys].map((k) => pairOf(k.charCodeAt(0), k.length > 1 ? k.charCodeAt(1) : -1)));
  // the same for ASCII pairs as a table (row: first character, column: second + 1, 0 for none): the set
  // of large numbers was the cost of the look-up
  const ascii = new Uint8Array(128 * 129);
  for (const k of keys) {
    const first = k.charCodeAt(0);
    const second = k.length > 1 ? k.charCodeAt(1) : -1;
    if (first < 128 && second < 128) ascii[first * 129 + second + 1] = 1;
  }
  // when every key starts with a visible character, a phrase can only start where a key starts after a
  // character that is no letter or digit, and the pattern is tried there only; else on the whole line
  const whole = [...keys].some((k) => k.charCodeAt(0) <= 32);
  const test = (lower: string) => {
    let before = false; // whether the character before is a letter or digit
    const length = lower.length;
    for (let i = 0; i < length; i++) {
      const c = lower.charCodeAt(i);
      const word = c < 128 ? (c >= 97 && c <= 122) || (c >= 48 && c <= 57) : isLetterOrDigitUnit(c);
      if (!before && c > 32) {
        const next = i + 1 < length ? lower.charCodeAt(i + 1) : -1;
        const starting =
          c < 128 && next < 128
            ? ascii[c * 129 + 1] === 1 || (next >= 0 && ascii[c * 129 + next + 1] === 1)
            : starts.has(pairOf(c, -1)) || (next >= 0 && starts.has(pairOf(c, next)));
        if (starting)
          for (const n of lengths)
            if (keys.has(lower.slice(i, i + n))) {
              if (whole) return pattern.test(lower);
              at.lastIndex = i;
              if (at.test(lower)) return true;
              break;
            }
      }
      before = word;
    }
    return false;
  };
  return test;
}

const KEY = 4;
const pairOf = (first: number, second: number) => first * 65537 + second + 1;

const file = (name: string) => readFileSync(new URL(`../data/${name}`, import.meta.url), 'utf8');

describe('furnitureMatcher', () => {
  it('agrees with a look-ahead after each phrase on any line', () => {
    const sources = [
      file('furniture-phrases.yaml'),
      file('sign-off-phrases.yaml'),
      // a stem inside a phrase's key, phrases sharing a key, keys shorter than four characters
      'a: ["abonn*", "abonnement", "ab", "read more", "read*", "é*", "𝐀b"]',
    ];
    for (const source of sources) {
      const data = parseYaml(source) as Record<string, string[]>;
      const words = Object.values(data)
        .flat()
        .flatMap((p) => p.replace('*', '').toLowerCase().split(' '));
      const unit = fc.oneof(
        fc.constantFrom(...words),
        fc.constantFrom(' ', '-', "'", '.', 'x', 'é', '1', '𝐀', '\ud800', 'ab', 's', 'more'),
        fc.string({ unit: 'binary', maxLength: 2 }),
      );
      const matcher = furnitureMatcher(source);
      const oracle = byPattern(source);
      fc.assert(
        fc.property(fc.array(unit, { maxLength: 12 }), (units) => {
          const line = units.join(units.length % 3 === 0 ? '' : ' ');
          expect(matcher.test(line)).toBe(oracle(line));
        }),
        { numRuns: Number(process.env.FUZZ_RUNS ?? 300) },
      );
    }
  });
});
