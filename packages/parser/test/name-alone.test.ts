import { describe, expect, it } from 'vitest';
import { isNameAlone } from '../src/text/name-alone.js';

describe('isNameAlone', () => {
  it("tells a person's name standing alone: a given name first, name words, particles or initials after", () => {
    for (const yes of [
      'Clara Feldmann',
      'Matthias von Kestrel',
      'Nora J. Pell',
      'Marissa DeLuca',
      'Anna Pieczewski-Freimuth',
    ])
      expect(isNameAlone(yes), yes).toBe(true);
  });

  it('leaves out capitalised words that open on no given name, a run-on button, one word and long lines', () => {
    for (const no of [
      'Artikel Galerie',
      'Zum Video',
      'Inga LindqvistFollow',
      'Clara',
      'Clara Feldmann 2027',
      'Clara Feldmann, Redaktion',
      'Clara Anna Maria Feldmann Roe',
    ])
      expect(isNameAlone(no), no).toBe(false);
  });
});
