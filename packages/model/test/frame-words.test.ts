import { describe, expect, it } from 'vitest';
import { frameTermsOf, frameWords, frameWordsOf } from '../src/frame-words.js';
import { functionWordsOf, withoutFunctionWords } from '../src/function-words.js';

describe('frameWords', () => {
  const sources = (officials: string) =>
    new Map([
      [
        'a',
        [
          'Farmers said the tariff hurt exports.',
          'The tariff hurt growers too.',
          'Exports fell after the tariff.',
          'Growers blamed the levy.',
        ],
      ],
      ['b', [officials, 'Officials said exports were stable.', 'Officials praised growers.']],
      [
        'c',
        ['Markets rose on the news.', 'Markets expect stable exports.', 'Growers and markets disagreed.'],
      ],
    ]);

  // a term counts over all sources though only the sources that repeat it are scored on it
  it('weighs a term one source repeats against another source that uses it once', () => {
    expect(frameWords(sources('Officials defended the duty as fair.')).get('a')).toEqual(['tariff']);
    expect(frameWords(sources('Officials defended the tariff as fair.')).get('a')).toEqual([]);
  });
});

describe('withoutFunctionWords', () => {
  // invented reports: a German one beside two English ones, which use none of its words; a German noun
  // is capitalised, so only its lower-case words (verbs, adjectives) can frame it
  const german = [
    'Die Schiffe wurden am Morgen entladen und der Kran wurde repariert.',
    'Der Kran war kaputt, und die Schiffe wurden erst spät entladen.',
    'Die Fähre wurde repariert, und die Schiffe wurden wieder entladen.',
  ];
  const english = ['Farmers said the tariff hurt exports.', 'The tariff hurt growers too.'];
  const others = ['Markets rose on the news.', 'Markets expect stable exports.'];
  const framing = (language: string) =>
    frameWordsOf(
      new Map([
        ['de', withoutFunctionWords(frameTermsOf(german), language)],
        ['en', frameTermsOf(english)],
        ['other', frameTermsOf(others)],
      ]),
    ).get('de');

  it("leaves a source's function words in its language out of its framing", () => {
    expect(frameTermsOf(german).repeated.split('\n')).toEqual(
      expect.arrayContaining(['und', 'die', 'und die']),
    );
    expect(withoutFunctionWords(frameTermsOf(german), 'de').repeated.split('\n')).toEqual([
      'entladen',
      'repariert',
    ]);
    expect(framing('de')).toEqual(['entladen']);
  });

  it('keeps the terms of a language it has no list for', () => {
    const terms = frameTermsOf(german);
    expect(withoutFunctionWords(terms, 'en')).toBe(terms);
    expect(functionWordsOf('de-AT')?.words.has('und')).toBe(true);
    expect(functionWordsOf('sw')).toBeNull();
  });
});
