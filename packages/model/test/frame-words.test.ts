import { describe, expect, it } from 'vitest';
import { frameWords } from '../src/frame-words.js';

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
