import fc from 'fast-check';
import type { Article } from '../src/article.js';

const word = fc.constantFrom(
  'Peru',
  'US',
  'Washington',
  'NATO',
  'KLF',
  'NLA',
  'said',
  'the',
  'forces',
  'withdrawal',
  'on',
  'January',
  '5,',
  'April',
  '15',
  '2014',
  '"',
  '“',
  '”',
  'he',
  'told',
  'Reuters',
  'Gen.',
  'U.S.',
  'professor',
  'Ali',
  'al-Varani',
  '.',
  '?',
);
const sentence = fc
  .array(fc.oneof(word, fc.string({ maxLength: 8 })), { minLength: 1, maxLength: 25 })
  .map((w) => `${w.join(' ')}.`);
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 5 }).map((s) => s.join(' '));

/** Arbitrary articles that satisfy the Article schema, with text made of news-like words (invented bodies and names among them) and noise. */
export const arbitraryArticle = (id: string) =>
  fc
    .record({
      paragraphs: fc.array(paragraph, { minLength: 1, maxLength: 6 }),
      published: fc.option(fc.constantFrom('2024-03-30', '2020-12', '2019', '--03-27'), { nil: null }),
      outlet: fc.option(fc.constantFrom('Alpha', 'Beta News'), { nil: null }),
    })
    .map(({ paragraphs, published, outlet }): Article => {
      const text = paragraphs.join('\n\n');
      let start = 0;
      const blocks = paragraphs.map((p, i) => {
        const block = { start, end: start + p.length, position: { line: i + 1, column: 1, offset: start } };
        start += p.length + 2;
        return block;
      });
      return {
        id,
        path: `${id}.txt`,
        format: 'text',
        title: `Title ${id}`,
        subtitle: null,
        authors: [],
        published,
        publishedPrecision:
          published === null
            ? null
            : published.startsWith('--')
              ? 'month-day'
              : published.length === 4
                ? 'year'
                : published.length === 7
                  ? 'month'
                  : 'day',
        outlet,
        section: null,
        tags: [],
        language: 'en',
        url: null,
        text,
        blocks,
      };
    });
