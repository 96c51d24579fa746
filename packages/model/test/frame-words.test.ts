import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FrameTerms } from '../src/frame-words.js';
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

describe('withoutFunctionWords, read by index', () => {
  /** The function as it was before speed104 (`forEach` over the repeated terms, `[]` when none). */
  const before = (terms: FrameTerms, language: string): FrameTerms => {
    const fw = functionWordsOf(language);
    if (fw === null) return terms;
    const texts = terms.repeated === '' ? [] : terms.repeated.split('\n');
    const keys: number[] = [];
    const repeated: string[] = [];
    const counts: number[] = [];
    let total = terms.total;
    texts.forEach((t, k) => {
      const count = terms.counts[k] as number;
      if (t.split(' ').some((w) => fw.words.has(w))) {
        total -= count;
        return;
      }
      keys.push(terms.keys[k] as number);
      repeated.push(t);
      counts.push(count);
    });
    for (let k = texts.length; k < terms.keys.length; k++) {
      const key = terms.keys[k] as number;
      if (fw.keys.has(key)) total--;
      else keys.push(key);
    }
    return {
      total,
      keys: Float64Array.from(keys),
      repeated: repeated.join('\n'),
      counts: Uint32Array.from(counts),
    };
  };
  it('gives what it gave, repeated terms or none (fast-check)', () => {
    // invented German and Spanish words, function words among them
    const word = fc.constantFrom(
      'die',
      'und',
      'der',
      'que',
      'los',
      'Kran',
      'Fähre',
      'entladen',
      'puerto',
      'rápido',
    );
    const sentence = fc.array(word, { minLength: 1, maxLength: 8 }).map((w) => `${w.join(' ')}.`);
    fc.assert(
      fc.property(
        fc.array(sentence, { maxLength: 5 }),
        fc.constantFrom('de', 'es', 'und'),
        (texts, language) => {
          const terms = frameTermsOf(texts);
          expect(withoutFunctionWords(terms, language)).toEqual(before(terms, language));
        },
      ),
      { numRuns: 500 },
    );
  });
});
