import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';
import { isNameAlone, nameAfterDate, nameBeforeDate, nameBeforeRole } from '../src/text/name-alone.js';

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

describe('nameBeforeDate', () => {
  const isDate = (rest: string) => /\d{4}|\d\.\d/.test(rest);
  it('reads a name alone and the date on one line as the writer', () => {
    expect(nameBeforeDate('Jana Marrenby | 11 June 2027', isDate)).toEqual({ authors: ['Jana Marrenby'] });
    expect(nameBeforeDate('Jonas Weidfeld am 24. Januar 2027 um 15:47', isDate)).toEqual({
      authors: ['Jonas Weidfeld'],
    });
    expect(nameBeforeDate('Marie Tessin - 3 mars 2027', isDate)).toEqual({ authors: ['Marie Tessin'] });
    expect(nameBeforeDate('Marie Tessin 14.05.2027', isDate)).toEqual({ authors: ['Marie Tessin'] });
  });

  it('cuts a name run into the month that opens the date, with a space or none between', () => {
    expect(nameBeforeDate('Jana Marrenby March 3, 2027', isDate)).toEqual({ authors: ['Jana Marrenby'] });
    expect(nameBeforeDate('Jana MarrenbyMarch 3, 2027', isDate)).toEqual({ authors: ['Jana Marrenby'] });
    expect(nameBeforeDate('Harbour NewsMarch 3, 2027', isDate)).toBeNull();
  });

  it('reads a name, a comma, then the date (and a time) as the writer', () => {
    expect(nameBeforeDate('Jana Marrenby, 11 June 2027', isDate)).toEqual({ authors: ['Jana Marrenby'] });
    expect(nameBeforeDate('Jonas Weidfeld, 14.05.2027, 15:07 Uhr', isDate)).toEqual({
      authors: ['Jonas Weidfeld'],
    });
    expect(nameBeforeDate('Marie Tessin , June 11, 2027', isDate)).toEqual({ authors: ['Marie Tessin'] });
  });

  it('leaves a name, a comma and a clause, or a place, a comma and the date', () => {
    expect(nameBeforeDate('Jana Marrenby, who moved to Port Avel in 2027', isDate)).toBeNull();
    expect(nameBeforeDate('Jana Marrenby, Harbour desk, in 2027', isDate)).toBeNull();
    expect(nameBeforeDate('Port Avel, 11 June 2027', isDate)).toBeNull();
  });

  it('leaves a line whose first part is no name or whose rest is no date', () => {
    expect(nameBeforeDate('Harbour News | 11 June 2027', isDate)).toBeNull();
    expect(nameBeforeDate('Jana Marrenby | 12 comments', isDate)).toBeNull();
    expect(nameBeforeDate('Jana Marrenby | Travel', isDate)).toBeNull();
    expect(nameBeforeDate('Jana Marrenby 14 Tage später, am 3. Mai 2027', isDate)).toBeNull();
  });
});

describe('nameAfterDate', () => {
  it("reads a person's name alone after the date that opens the line as the writer", () => {
    expect(nameAfterDate('28 Jan. 2027 Jana Marrenby', 12)).toEqual({ authors: ['Jana Marrenby'] });
    expect(nameAfterDate('11.12.2027 - Jonas Weidfeld', 10)).toEqual({ authors: ['Jonas Weidfeld'] });
  });

  it("reads a post's detail line: the date again, a time, then the name and a count or a comment's call", () => {
    const again = (rest: string) => (rest.startsWith('3. Mai 2027') ? 11 : -1);
    expect(
      nameAfterDate('3. Mai 20273. Mai 2027 Jonas Weidfeld 1 Kommentar Reisen, Alltag', 11, again),
    ).toEqual({
      authors: ['Jonas Weidfeld'],
    });
    expect(nameAfterDate('28 Jan. 2027 Jana Marrenby 6', 12)).toEqual({ authors: ['Jana Marrenby'] });
    expect(nameAfterDate('28 Jan. 2027 Jana Marrenby Leave a comment', 12)).toEqual({
      authors: ['Jana Marrenby'],
    });
    expect(nameAfterDate('14.05.2027 um 16:14 Uhr - Jonas Weidfeld - 12 Ergänzungen', 10)).toEqual({
      authors: ['Jonas Weidfeld'],
    });
  });

  it("reads a user's handle after the date, closed by the line's end or a field", () => {
    expect(nameAfterDate('3 March 2027 · kestrel42', 12)).toEqual({ authors: ['kestrel42'] });
    expect(nameAfterDate('26 May, 2027 | Kes_Trel | Comments 34 |', 12)).toEqual({ authors: ['Kes_Trel'] });
    expect(nameAfterDate('3 March 2027 jroe 2', 12)).toEqual({ authors: ['jroe'] });
    // a capitalised word alone is as often the post's category; a short word or a phrase is none
    expect(nameAfterDate('3 March 2027 · Travel', 12)).toBeNull();
    expect(nameAfterDate('3 March 2027 in Travel', 12)).toBeNull();
    expect(nameAfterDate('3 March 2027 kestrel walks on the ridge', 12)).toBeNull();
  });

  it('leaves a line with other words after the name, no name after its date, or no date opening it', () => {
    expect(nameAfterDate('28 Jan. 2027 Jana Marrenby in Travel', 12)).toBeNull();
    expect(nameAfterDate('28 Jan. 2027 Jana Marrenby Roe Leave a comment', 12)).toEqual({
      authors: ['Jana Marrenby Roe'],
    });
    expect(nameAfterDate('28 Jan. 2027 Harbour News 6', 12)).toBeNull();
    expect(nameAfterDate('Jana Marrenby', -1)).toBeNull();
  });
});

describe('nameBeforeRole', () => {
  it("reads a name and then a press role with no mark between, the name's surname its second word", () => {
    expect(nameBeforeRole('Ana Ruiz Harbour editor')).toEqual({
      authors: ['Ana Ruiz'],
      role: 'Harbour editor',
    });
    expect(nameBeforeRole('Jana Adams Senior Political Correspondent')).toEqual({
      authors: ['Jana Adams'],
      role: 'Senior Political Correspondent',
    });
    expect(nameBeforeRole('Mateo de la Vega Reporter')).toEqual({
      authors: ['Mateo de la Vega'],
      role: 'Reporter',
    });
  });
  it('reads no line whose last word is no press role, or that holds more than a name and a role', () => {
    expect(nameBeforeRole('Ana Ruiz Photographer')).toBeNull();
    expect(nameBeforeRole('Ana Ruiz')).toBeNull();
    expect(nameBeforeRole('Harbour News Editor')).toBeNull();
    expect(nameBeforeRole('Ana Ruiz, Harbour editor')).toBeNull();
    expect(nameBeforeRole('Ana Ruiz 2027 editor')).toBeNull();
    expect(nameBeforeRole('Ana Ruiz and the night desk editor')).toBeNull();
  });
});

describe('a name alone that the body opens on telling of it', () => {
  const page = (nameLines: string[], dateAbove: boolean) =>
    [
      'Home',
      'Opinion',
      ...(dateAbove ? ['12 March 2027'] : []),
      "Why Varnland's towns need their libraries",
      'Ana Ruiz wants every town in Varnland to keep its library open. She argues that a library is the last public room where nobody has to buy anything.',
      ...nameLines,
      'The town council of Norvale voted last week to close two of its four branch libraries, and the county is expected to follow with three more before the summer.',
      'The libraries that stay open will keep longer hours, the council said, but the buses to them run only twice an hour in the evening.',
      'A petition to keep the branches open has gathered more than six thousand names, and the council has agreed to hear it in April.',
    ].join('\n');
  const authorsOf = (text: string) =>
    parseArticle({ path: 'page.txt', data: Buffer.from(text) }).value?.authors ?? [];

  it('signs the page when the date stands under it, a dash alone between or none', () => {
    expect(authorsOf(page(['Ana Ruiz', '—', '12 March 2027'], false))).toEqual(['Ana Ruiz']);
    expect(authorsOf(page(['Ana Ruiz', '12 March 2027'], false))).toEqual(['Ana Ruiz']);
  });

  it('is the subject, not the writer, with no date under it', () => {
    expect(authorsOf(page(['Ana Ruiz'], true))).toEqual([]);
  });
});
