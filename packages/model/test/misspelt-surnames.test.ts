import { describe, expect, it } from 'vitest';
import { misspeltSurnameOf, oneSlipApart } from '../src/misspelt-surnames.js';

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
