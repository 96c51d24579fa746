import { describe, expect, it } from 'vitest';
import { sentencesBySource } from '../src/sentences-by-source.js';

describe('sentencesBySource', () => {
  it("groups each source's sentences in order, sources in order of first sentence, runs or not", () => {
    const a = { id: 'a' };
    const b = { id: 'b' };
    const sentences = [
      { article: a, n: 1 },
      { article: a, n: 2 },
      { article: b, n: 3 },
      { article: a, n: 4 },
      { article: { id: 'b' }, n: 5 },
    ];
    const grouped = sentencesBySource(sentences);
    expect([...grouped.keys()]).toEqual(['a', 'b']);
    expect(grouped.get('a')?.map((s) => s.n)).toEqual([1, 2, 4]);
    expect(grouped.get('b')?.map((s) => s.n)).toEqual([3, 5]);
  });
});
