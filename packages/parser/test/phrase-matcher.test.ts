import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { furnitureMatcher } from '../src/text/phrase-matcher.js';

/**
 * The oracle: one regular expression with a look-ahead after each phrase, tried on the whole line (the
 * matcher shares one look-ahead and tries its pattern only where a phrase's first characters stand).
 */
function byPattern(text: string): (lower: string) => boolean {
  const phrases = Object.values(parseYaml(text) as Record<string, string[]>)
    .flat()
    .map((p) => {
      const stem = p.endsWith('*');
      const literal = (stem ? p.slice(0, -1) : p).toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      return stem ? literal : `${literal}(?![\\p{L}\\p{N}])`;
    });
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${phrases.join('|')})`, 'u');
  return (lower) => pattern.test(lower);
}

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
