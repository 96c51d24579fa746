import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AliasTrie } from '../src/alias-trie.js';

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The regex alternation the trie replaces: longest alias first, whole words only. */
function byRegex(aliases: readonly string[], text: string): number[] {
  const first = new Map<string, number>();
  aliases.forEach((a, i) => {
    if (!first.has(a)) first.set(a, i);
  });
  const sorted = [...first.keys()].sort((a, b) => b.length - a.length || a.localeCompare(b));
  const re = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${sorted.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`,
    'gu',
  );
  return [...text.matchAll(re)].map((m) => first.get(m[0]) as number);
}

describe('AliasTrie', () => {
  it('finds the same mentions as a regex alternation of the aliases (fast-check)', () => {
    const char = fc.constantFrom('A', 'b', 'c', ' ', '-', '.', '1', 'é', '𝐀', "'", '²');
    const word = fc.array(char, { minLength: 1, maxLength: 6 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 8 }),
        fc.array(fc.oneof(word, char), { maxLength: 30 }),
        (aliases, parts) => {
          const text = parts.join('');
          const trie = new AliasTrie();
          for (const [i, a] of aliases.entries()) trie.add(a, i);
          expect(trie.matches(text)).toEqual(byRegex(aliases, text));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('takes the longest name that ends at a word boundary', () => {
    const trie = new AliasTrie();
    for (const [i, a] of ['Iraq', 'Iraqi', 'Iraqi Kurdistan'].entries()) trie.add(a, i);
    expect(trie.matches('Iraqi Kurds, Iraqi Kurdistan and Iraq.')).toEqual([1, 2, 0]);
  });
});
