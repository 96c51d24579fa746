import { describe, expect, it } from 'vitest';
import { parseByline } from '../src/text/find-byline.js';

describe('parseByline', () => {
  it('reads "By Name" and "Name – Role" lines, and nothing else', () => {
    expect(parseByline('  By Jane Roe and John Doe | 5 March')).toEqual({
      authors: ['Jane Roe', 'John Doe'],
      role: null,
    });
    expect(parseByline('WRITTEN BY Omar al-Amin')).toEqual({ authors: ['Omar al-Amin'], role: null });
    expect(parseByline('Jane Roe – Senior Correspondent')).toEqual({
      authors: ['Jane Roe'],
      role: 'Senior Correspondent',
    });
    expect(parseByline('Jane Roe, Senior Correspondent')).toBeNull();
    expect(parseByline('Bylines are short.')).toBeNull();
  });

  it("leaves out an outlet's short name in capitals after a comma", () => {
    expect(parseByline('By Jane Roe, KNN')).toEqual({ authors: ['Jane Roe'], role: null });
    expect(parseByline('By Jane Roe, John Doe')).toEqual({ authors: ['Jane Roe', 'John Doe'], role: null });
  });

  it('takes capitalised names only, particles and all, so a sentence or a role after a comma is no author', () => {
    expect(parseByline('By Jane Roe, health correspondent')).toEqual({ authors: ['Jane Roe'], role: null });
    expect(parseByline('By Mateo de la Vega')).toEqual({ authors: ['Mateo de la Vega'], role: null });
    expect(parseByline('By the time we realised what was happening, it was too late.')).toBeNull();
    expect(parseByline('By the numbers:')).toBeNull();
  });

  it("leaves out a month's name the byline's date ran on, not a surname that is one", () => {
    expect(parseByline('By Maria Olsen March 18 at 9:14 AM')).toEqual({
      authors: ['Maria Olsen'],
      role: null,
    });
    expect(parseByline('By Jane Roe and Ana Ruiz Sept. 3, 2024')).toEqual({
      authors: ['Jane Roe', 'Ana Ruiz'],
      role: null,
    });
    expect(parseByline('By MARIA OLSEN MARCH 18, 2024 | 6:03 PM')).toEqual({
      authors: ['MARIA OLSEN'],
      role: null,
    });
    expect(parseByline('By John May 18, 2020')).toEqual({ authors: ['John May'], role: null });
    expect(parseByline('By Maria Olsen March')).toEqual({ authors: ['Maria Olsen March'], role: null });
  });

  it('reads the English opening words of data/byline-words.yaml as a writer writes them', () => {
    for (const line of ['by Jane Roe', 'BY JANE ROE', 'Written By Jane Roe', 'words by Jane Roe'])
      expect(parseByline(line), line).toEqual({
        authors: [line === 'BY JANE ROE' ? 'JANE ROE' : 'Jane Roe'],
        role: null,
      });
    expect(parseByline('Von Jane Roe')).toBeNull();
    expect(parseByline('WRITTEN by Jane Roe')).toBeNull();
  });
  it('reads a byline whose fields a slash parts from the name, a date first among them', () => {
    expect(
      parseByline('By Kes Marrenby/June 12, 2027 9:49 am EST/Updated: Aug. 18, 2027 4:17 pm EST'),
    ).toEqual({
      authors: ['Kes Marrenby'],
      role: null,
    });
    expect(
      parseByline('By Kes Marrenby/Harbour desk, and the rest of a long sentence that runs on and on'),
    ).toBeNull();
  });
});
