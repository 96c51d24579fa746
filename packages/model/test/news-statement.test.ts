import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isContext, newsScore, newsScoreUnlessContext } from '../src/news-statement.js';

const PARTS = [
  'The',
  'talks',
  'met',
  'signed',
  'will meet',
  'very',
  'interested',
  'in',
  'May',
  '2019',
  'Iran',
  'could',
  'likely',
  'views',
  'said',
  ',',
  '.',
  ' ',
  ' ',
];

describe('newsScoreUnlessContext', () => {
  it('is null for context, else the news score', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PARTS), { maxLength: 20 }), (parts) => {
        const text = parts.join(' ');
        expect(newsScoreUnlessContext(text)).toBe(isContext(text) ? null : newsScore(text));
      }),
      { numRuns: 3000 },
    );
  });
});
