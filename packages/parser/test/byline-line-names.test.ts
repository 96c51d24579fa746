import { describe, expect, it } from 'vitest';
import { bylineLineAuthors } from '../src/text/byline-lines.js';

describe('bylineLineAuthors: the names of a byline line', () => {
  it("reads a name's particles between its capitalised words", () => {
    expect(bylineLineAuthors('von Ana de la Vega und Jonas Weidfeld')).toEqual({
      authors: ['Ana de la Vega', 'Jonas Weidfeld'],
    });
    expect(bylineLineAuthors('Artikel von Alma von Tarnby')).toEqual({ authors: ['Alma von Tarnby'] });
    // a particle with no name after it ends the names: the line is no byline
    expect(bylineLineAuthors('von der Ostrel sagte')).toBeNull();
  });

  it('ends the names at a linking word before the date, however capitalised', () => {
    expect(bylineLineAuthors('Von Jonas Weidfeld Vom 3. Februar 2026 0')).toEqual({
      authors: ['Jonas Weidfeld'],
    });
    expect(bylineLineAuthors('BY MARA LINDQVIST ON 4 MAY 2026')).toEqual({ authors: ['MARA LINDQVIST'] });
  });

  it("takes the writer's address after the names", () => {
    expect(bylineLineAuthors('Por Mateo de la Vega mvega@norvale.example')).toEqual({
      authors: ['Mateo de la Vega'],
    });
  });

  it('opens on the words and labels that introduce a writer', () => {
    expect(bylineLineAuthors('Publicado por Mateo Ruiz')).toEqual({ authors: ['Mateo Ruiz'] });
    expect(bylineLineAuthors('Posted by Mara Lindqvist')).toEqual({ authors: ['Mara Lindqvist'] });
    expect(bylineLineAuthors('Autor: Jonas Weidfeld')).toEqual({ authors: ['Jonas Weidfeld'] });
    expect(bylineLineAuthors('Text: Jonas Weidfeld')).toEqual({ authors: ['Jonas Weidfeld'] });
  });
});
