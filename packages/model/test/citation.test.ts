import { describe, expect, it } from 'vitest';
import { assertVerbatim } from '../src/citation.js';

describe('assertVerbatim', () => {
  const texts = new Map([['a', 'Iraq voted on January 5. The US objected.']]);

  it('accepts a quote found at its offsets', () => {
    expect(() =>
      assertVerbatim({ sourceId: 'a', quote: 'The US objected.', start: 25, end: 41 }, texts),
    ).not.toThrow();
  });

  it('refuses a quote that is not at its offsets', () => {
    expect(() =>
      assertVerbatim({ sourceId: 'a', quote: 'The UK objected.', start: 25, end: 41 }, texts),
    ).toThrowErrorMatchingInlineSnapshot(
      `[CitationError: citation of "The UK objected." is not verbatim in source "a" at 25-41]`,
    );
  });

  it('reads a citation of a headline in the title, not the text', () => {
    const titles = new Map([['a', 'Norvale Transit to cut 500 jobs']]);
    expect(() =>
      assertVerbatim(
        { sourceId: 'a', quote: 'Norvale Transit to cut 500 jobs', start: 0, end: 31, part: 'title' },
        texts,
        titles,
      ),
    ).not.toThrow();
    expect(() =>
      assertVerbatim({ sourceId: 'a', quote: 'Iraq voted', start: 0, end: 10, part: 'title' }, texts, titles),
    ).toThrowErrorMatchingInlineSnapshot(
      `[CitationError: citation of "Iraq voted" is not verbatim in the title of source "a" at 0-10]`,
    );
  });
});
