import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../src/analyse-article.js';
import { textArticle } from '../src/text-article.js';

describe('analyseArticle', () => {
  const text = 'The council met on 5.9.2023 in the town hall. It decided in March 2021 to close the road.';

  it('reads the dates of a text in English', () => {
    const dates = analyseArticle(textArticle('a', text, { language: 'en' })).dates;
    expect(dates.map((d) => d.date)).toEqual(['2023-05-09', '2021-03']);
  });

  it('reads no dates in a text not in English, whose "5.9.2023" the English date parser misreads', () => {
    const article = textArticle('b', 'Der Rat tagte am 5.9.2023 im Rathaus.', { language: 'de' });
    const { dates, datesPending } = analyseArticle(article);
    expect(dates).toEqual([]);
    expect(datesPending).toEqual([]);
  });

  // German capitalises every noun: a company's name the legal-form rule joins ("Ersparnis AG") is as
  // unsure as the tagger there, and the actors of such a text are the names the index knows
  it('keeps only known names in a text not in English, and none when it names no known one', () => {
    const known = analyseArticle(
      textArticle('d', 'Die Ersparnis AG sagte, die EU müsse handeln.', { language: 'de' }),
    ).entities;
    expect(known.map((e) => [e.name, e.forms])).toEqual([['European Union', ['EU']]]);
    const none = analyseArticle(
      textArticle('e', 'Die Ersparnis AG sagte, man müsse handeln.', { language: 'de' }),
    );
    expect(none.entities).toEqual([]);
  });

  it('reads a heading whose only capitalised words are stop words ("Who We Are") without failing', () => {
    // the stop words skipped at a mention's start run past its last word: nothing is left to read
    const { entities } = analyseArticle(textArticle('c', 'Who We Are', { language: 'en' }));
    expect(entities).toEqual([]);
  });
});
