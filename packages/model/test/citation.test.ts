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
});
