import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Article } from '../src/article.js';
import { leansOnContext, newsScoreUnlessContext } from '../src/news-statement.js';
import { isStatement, scoreSentences } from '../src/score-sentences.js';
import { selectKeyPoints } from '../src/select-key-points.js';
import {
  CONTEXT,
  isStatementText,
  LEANS_ON_CONTEXT,
  NOT_A_STATEMENT,
  sentenceNewsOf,
} from '../src/sentence-news.js';
import { splitSentences } from '../src/sentences.js';

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
  'However,',
  'This',
  'Although',
  'views',
  'said',
  '?',
  ',',
  '.',
  ' ',
];
const sentence = fc
  .array(fc.constantFrom(...PARTS), { minLength: 1, maxLength: 24 })
  .map((p) => `${p.join(' ')}.`);

describe('sentenceNewsOf', () => {
  it('codes what isStatement, leansOnContext and newsScoreUnlessContext say of each sentence', () => {
    fc.assert(
      fc.property(fc.array(sentence, { maxLength: 6 }), (texts) => {
        const sentences = texts.map((text) => ({ text, start: 0, end: text.length }));
        const codes = sentenceNewsOf(sentences);
        sentences.forEach((s, i) => {
          const want = !isStatement(s)
            ? NOT_A_STATEMENT
            : leansOnContext(s.text)
              ? LEANS_ON_CONTEXT
              : (newsScoreUnlessContext(s.text) ?? CONTEXT);
          expect(codes[i]).toBe(want);
        });
      }),
      { numRuns: 1000 },
    );
  });

  it('gives the key points the same as asking each sentence on the main thread', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(sentence, { minLength: 1, maxLength: 8 }), { maxLength: 5 }),
        (sources) => {
          const articles = sources.map(
            (texts, i) => ({ id: `a${i}`, text: texts.join(' '), published: null }) as unknown as Article,
          );
          const sentencesOf = new Map(articles.map((a) => [a.id, splitSentences(a.text)]));
          const codes = new Map([...sentencesOf].map(([id, s]) => [id, sentenceNewsOf(s)]));
          const asked = scoreSentences(articles, sentencesOf);
          const coded = scoreSentences(articles, sentencesOf, undefined, (id) => codes.get(id));
          expect(coded.map((s) => s.statement)).toEqual(asked.map((s) => s.statement));
          expect(selectKeyPoints(coded)).toEqual(selectKeyPoints(asked));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('isStatementText', () => {
  it('takes no question, "?" before a closing bracket too', () => {
    expect(isStatementText('The board has not said when it will seek a ban (or will it?)')).toBe(false);
    expect(isStatementText('The board has not said when it will seek a ban (in July).')).toBe(true);
  });

  it('answers as the patterns and the word count it replaced, with "?)" a question as isQuestion reads it', () => {
    const old = (text: string) => {
      const words = text.split(/\s+/).length;
      return (
        words >= 8 &&
        words <= 60 &&
        /[.!"”’)]$/.test(text) &&
        !/\?["”’)]?$/.test(text) &&
        /^["“]?\p{Lu}/u.test(text)
      );
    };
    const part = fc.constantFrom(
      'The',
      'talks',
      'Ünal',
      'x',
      ' ',
      '  ',
      '\n',
      '.',
      '!',
      '?',
      '"',
      '“',
      '”',
      '’',
      ')',
      '(',
    );
    fc.assert(
      fc.property(fc.array(part, { maxLength: 140 }), (parts) => {
        const text = parts.join('');
        expect(isStatementText(text)).toBe(old(text));
      }),
      { numRuns: 5000 },
    );
  });
});
