import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isContext, newsScore, newsScoreUnlessContext, writerSpeaks } from '../src/news-statement.js';

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
  'I',
  'I felt',
  'my',
  '“',
  '”',
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

describe('writerSpeaks', () => {
  it('tells the writer speaking of themself from a speaker quoted and from a numeral', () => {
    const cases: [string, boolean][] = [
      ['I still remember using the first model for the first time in 2010.', true],
      ["I'm told the talks will resume on Monday.", true],
      ['The minister told me on Tuesday that the talks would resume.', true],
      ['My own view is that the deal was signed too soon.', true],
      ['“I am not a fan of discrimination,” the president said on Friday.', false],
      ['He said "I will sign it" before the vote in May.', false],
      ['After World War I ended, the treaty was signed in 1919.', false],
      ['The council approved the budget on 12 March.', false],
    ];
    expect(cases.map(([text]) => writerSpeaks(text))).toEqual(cases.map(([, speaks]) => speaks));
  });

  it('caps the news score of such a sentence at opinion, however dated', () => {
    expect(newsScore('I visited Kyiv in May 2019 and met Iran’s envoy.')).toBe(-1);
    expect(newsScore('Officials visited Kyiv in May 2019 and met Iran’s envoy.')).toBe(3);
  });
});
