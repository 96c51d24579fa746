import { describe, expect, it } from 'vitest';
import { EntityIndex } from '../src/entity-index.js';
import { entityTagger } from '../src/entity-tagger.js';
import { findEntities, forgetSentenceReadings, sentenceReadingCounts } from '../src/find-entities.js';
import { TextMemo } from '../src/text-memo.js';

const sentences = [
  'Ana Ruiz, the head of the Kenya Defence Forces (KDF), met officials in Nairobi on Monday.',
  'The KDF said Ruiz would visit the United States and the Fed next week.',
  'Home | News | Contact us',
  'Ruiz told reporters the Federal Reserve had not been asked.',
];
const entries = () => [
  { name: 'United States', kind: 'country' as const, aliases: ['U.S.'] },
  { name: 'Kenya', kind: 'country' as const, aliases: [] },
];

describe('findEntities: sentence readings kept per thread', () => {
  it('finds the same entities from kept readings as from fresh ones, tagged and untagged', () => {
    for (const tagger of [entityTagger(), null]) {
      const index = new EntityIndex(entries());
      const fresh = findEntities(sentences, index, tagger);
      const kept = findEntities([...sentences].reverse(), index, tagger);
      expect(sentenceReadingCounts(index, tagger)).toEqual({ hits: 0, misses: 8 });
      const again = findEntities(sentences, index, tagger);
      expect(sentenceReadingCounts(index, tagger)).toEqual({ hits: 4, misses: 8 });
      expect(again).toEqual(fresh);
      forgetSentenceReadings(index);
      expect(findEntities([...sentences].reverse(), index, tagger)).toEqual(kept);
      expect(sentenceReadingCounts(index, tagger)).toEqual({ hits: 0, misses: 4 });
    }
  });

  it('does not use the readings of another index or of no tagger', () => {
    const index = new EntityIndex(entries());
    findEntities(sentences, index);
    const other = new EntityIndex([...entries(), { name: 'Ana Ruiz', kind: 'person', aliases: [] }]);
    const withOther = findEntities(sentences, other);
    expect(sentenceReadingCounts(other)).toEqual({ hits: 0, misses: 4 });
    expect(withOther.find((e) => e.name === 'Ana Ruiz')?.entry).toBe(2);
    findEntities(sentences, index, null);
    expect(sentenceReadingCounts(index, null)).toEqual({ hits: 0, misses: 4 });
  });
});

describe('TextMemo', () => {
  it('keeps a result from a text’s second reading on, within a generation of new texts', () => {
    const memo = new TextMemo<number>(2, 3);
    let calls = 0;
    const length = (text: string) => {
      calls++;
      return text.length;
    };
    for (const text of ['a', 'bb', 'a', 'a', 'ccc', 'bb', 'bb', 'a', 'dddd', 'e', 'f', 'g', 'h', 'dddd'])
      memo.get(text, length);
    // 'a' is kept at its second reading and found at its third and fourth, 'bb' kept at its second and
    // found at its third; 'dddd', still among the texts seen once, is read again and kept
    expect([memo.hits, memo.misses, calls]).toEqual([3, 11, 11]);
    expect(() => new TextMemo(0)).toThrowErrorMatchingInlineSnapshot(
      `[RangeError: a memo needs limits of at least 1, got 0 and 0]`,
    );
  });
});
