import { describe, expect, it } from 'vitest';
import { detailLineAuthors } from '../src/text/detail-line-author.js';

describe("detailLineAuthors: the writer a post's detail line names among other fields", () => {
  it('reads a name after the date, before trailing fields', () => {
    expect(detailLineAuthors('12/04/2026 by Mara Lindqvist 24 Comments')).toEqual({
      authors: ['Mara Lindqvist'],
    });
    expect(detailLineAuthors('8. Januar 2026 · by Jonas Weidfeld · in Notizen')).toEqual({
      authors: ['Jonas Weidfeld'],
    });
    expect(detailLineAuthors('3.11.26 20:19 von Jonas Weidfeld Lesezeit: 4 Min.')).toEqual({
      authors: ['Jonas Weidfeld'],
    });
    expect(detailLineAuthors('Norvale Notes | By Mara Lindqvist | April 13, 2026')).toEqual({
      authors: ['Mara Lindqvist'],
    });
  });

  it('reads a lower-case user name that its field, a date or a linking word closes', () => {
    expect(detailLineAuthors('Posted in Walks by kestrel_77 on August 3, 2026')).toEqual({
      authors: ['kestrel_77'],
    });
    expect(detailLineAuthors('Veröffentlicht am Juli 9, 2026 von ostrelblog')).toEqual({
      authors: ['ostrelblog'],
    });
    expect(
      detailLineAuthors('Veröffentlicht: 05.01.2026 | Autor: tarnby | Abgelegt unter: Fotografie'),
    ).toEqual({
      authors: ['tarnby'],
    });
    expect(detailLineAuthors('Von: ab/nvl')).toEqual({ authors: ['ab/nvl'] });
  });

  it('reads a name that a comma, an address or the next label closes', () => {
    expect(detailLineAuthors('Von Jonas Weidfeld, nvl')).toEqual({ authors: ['Jonas Weidfeld'] });
    expect(detailLineAuthors('von Jonas Weidfeld Foto: © Norvale')).toEqual({ authors: ['Jonas Weidfeld'] });
    expect(detailLineAuthors('Por Mateo Ruiz @mruiz -')).toEqual({ authors: ['Mateo Ruiz'] });
  });

  it('reads the posting and saving notes of a blog or a CMS in their languages (data/byline-words.yaml)', () => {
    expect(detailLineAuthors('Gespeichert von tarnby am 24. Juli 2026 - 18:55')).toEqual({
      authors: ['tarnby'],
    });
    expect(detailLineAuthors('Eingestellt von Jonas Weidfeld um 10:52')).toEqual({
      authors: ['Jonas Weidfeld'],
    });
    expect(detailLineAuthors('Erstellt von Mara am Dienstag 6. Mai 2026')).toEqual({ authors: ['Mara'] });
    expect(detailLineAuthors('Submitted by kestrel_77 on 3 May 2026')).toEqual({ authors: ['kestrel_77'] });
    expect(detailLineAuthors('Soumis par Mara Lindqvist le 3 mai 2026')).toEqual({
      authors: ['Mara Lindqvist'],
    });
  });

  it('ends a name in capitals at the linking word before its time or date', () => {
    expect(detailLineAuthors('EINGESTELLT VON JONAS WEIDFELD UM 21:11')).toEqual({
      authors: ['JONAS WEIDFELD'],
    });
    expect(detailLineAuthors('POSTED BY MARA LINDQVIST AT 9:12 PM')).toEqual({ authors: ['MARA LINDQVIST'] });
    expect(detailLineAuthors('12.04.2026 von Jonas Weidfeld Vom 3. Februar')).toEqual({
      authors: ['Jonas Weidfeld'],
    });
  });

  it("names no writer in a headline's phrase, a picture's credit or a publication's name", () => {
    // "von" inside a headline, after a name: no field opens there
    expect(detailLineAuthors('Eine Hommage an Alma von Tarnby, 100 Jahre alt')).toBeNull();
    // a photo's credit, though a date follows
    expect(detailLineAuthors('Photo by Mara Lindqvist, 3 May 2026')).toBeNull();
    // a joining word with no name after it: a headline's list
    expect(detailLineAuthors('Von Fahrplänen, Fähren und «ganz normalen» Tagen')).toBeNull();
    // a publication, not a person: its first word is no given name
    expect(detailLineAuthors('von Die Kestrelpresse 31. Oktober 2026')).toBeNull();
    // "by the", "von der": a phrase, not a user name
    expect(detailLineAuthors('2 May 2026 by the harbour')).toBeNull();
  });
});
