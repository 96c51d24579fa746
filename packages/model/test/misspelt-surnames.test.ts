import { describe, expect, it } from 'vitest';
import type { ArticleEntity } from '../src/article-entity.js';
import {
  misspeltSurnameOf,
  oneSlipApart,
  swapNeighbours,
  swappedSurnameOf,
} from '../src/misspelt-surnames.js';
import { NameKeys } from '../src/short-forms.js';

describe('oneSlipApart', () => {
  it('takes one letter added, dropped or changed, or two side by side swapped', () => {
    expect(oneSlipApart('Clement', 'Clements')).toBe(true);
    expect(oneSlipApart('Clements', 'Clement')).toBe(true);
    expect(oneSlipApart('DesVarga', 'DesVagra')).toBe(true);
    expect(oneSlipApart('Okafor', 'Okafar')).toBe(true);
  });
  it('does not take the same word, two slips, or a longer change', () => {
    expect(oneSlipApart('Varga', 'Varga')).toBe(false);
    expect(oneSlipApart('Varga', 'Vraag')).toBe(false);
    expect(oneSlipApart('Clement', 'Clementine')).toBe(false);
  });
});

describe('misspeltSurnameOf', () => {
  const clement = { name: 'Tomas Clement', role: "Varnland's Minister of Transport" };
  const clemens = { name: 'Ada Clemens', role: "Varnland's Minister of Finance" };
  it('finds the one person introduced whose surname is one slip from the word', () => {
    expect(misspeltSurnameOf(['Clements'], [clement])).toBe(clement);
  });
  it('gives no one for two such people, a short surname, another first letter or a word in lower case', () => {
    expect(misspeltSurnameOf(['Clemenz'], [clement, clemens])).toBeNull();
    expect(misspeltSurnameOf(['Rusk'], [{ name: 'Tobin Rask', role: null }])).toBeNull();
    expect(misspeltSurnameOf(['Klement'], [clement])).toBeNull();
    expect(misspeltSurnameOf(['clements'], [clement])).toBeNull();
  });
});

describe('swappedSurnameOf', () => {
  const entity = (name: string, kind: ArticleEntity['kind'] = 'person') => ({ name, kind }) as ArticleEntity;
  const keysOf = (...entities: ArticleEntity[]) => {
    const keys = new NameKeys();
    for (const e of entities) keys.add(e);
    return keys;
  };
  it('finds the one earlier person whose surname key has two neighbouring letters swapped', () => {
    const halvorsen = entity('Ana Halvorsne');
    expect(swappedSurnameOf('halvorsen', keysOf(halvorsen))).toBe(halvorsen);
  });
  it('takes no swap of the first letter, no other slip, no short key, no body and no two people', () => {
    expect(swappedSurnameOf('ahlvorsen', keysOf(entity('Ana Halvorsen')))).toBeUndefined();
    expect(swappedSurnameOf('halvorsan', keysOf(entity('Ana Halvorsen')))).toBeUndefined();
    expect(swappedSurnameOf('ruzi', keysOf(entity('Ana Ruiz')))).toBeUndefined();
    expect(swappedSurnameOf('kestrle', keysOf(entity('Norvale Kestrel', 'organisation')))).toBeUndefined();
    expect(
      swappedSurnameOf('halvorsen', keysOf(entity('Ana Halvorsne'), entity('Tom Hlavorsen'))),
    ).toBeUndefined();
  });
  it('makes only swaps the quotes reader also takes for one slip', () => {
    for (let i = 0; i + 1 < 'halvorsen'.length; i++)
      expect(oneSlipApart('halvorsen', swapNeighbours('halvorsen', i))).toBe(true);
  });
});
