import { describe, expect, it } from 'vitest';
import { findDateline, writesDayFirst } from '../src/text/find-published.js';

describe('findDateline with numbers only', () => {
  it.each([
    ['Veröffentlicht: 05.01.2020 | Autor: quillfox', '2020-01-05'],
    ['06.01.2020 um 9:16', '2020-01-06'],
    ['04.05.20 14:50', '2020-05-04'],
    ['Posted on 5.11.2019 by the editors', '2019-11-05'],
    ['Erstellt am 18. 05. 2014 22:38', '2014-05-18'],
    ['Von Kestrel Verband 4.\u00a02.\u00a02022.', '2022-02-04'],
  ])('reads a date with dots day first: %j', (line, date) => {
    expect(findDateline(line)?.date).toBe(date);
  });

  it("reads no date in a row of a table of numbers, with no month's name or joined digits", () => {
    expect(findDateline('1\tKyle Dunn\t5040\t5\t1\t17\t27')).toBeNull();
  });

  it('reads a date with slashes month first, unless the page writes them day first', () => {
    expect(findDateline('12/04/2020 by Kay 24 Comments')?.date).toBe('2020-12-04');
    expect(findDateline('12/04/2020 by Kay 24 Comments', [], true)?.date).toBe('2020-04-12');
  });

  it('reads no date in two numbers and a slash without a year: a fraction or an issue number', () => {
    expect(findDateline('1/4', [2024])).toBeNull();
    expect(findDateline('Mix 3/4 of the flour with the butter', [2024], true)).toBeNull();
    expect(findDateline('Magazine #6/21', [2021], true)).toBeNull();
    expect(findDateline('14 MAY', [2025])?.date).toBe('2025-05-14');
  });

  it('tells a page that writes dates day first by one whose first number cannot be a month', () => {
    expect(writesDayFirst('12/04/2020 by Kay\n14/04/2020 at 3:00 pm')).toBe(true);
    expect(writesDayFirst('12/04/2020 by Kay\n04/14/2020 at 3:00 pm\n14/04/2020')).toBe(false);
    expect(writesDayFirst('12/04/2020 by Kay')).toBe(false);
  });
});

describe('findDateline and words of time', () => {
  it('takes no date from words that count from the day the page is read', () => {
    expect(
      findDateline('advice.el shipped as part of Emacs 19.23. A few weeks later, a fix came'),
    ).toBeNull();
    expect(findDateline('Today at noon the council meets')).toBeNull();
    expect(findDateline('Wednesday, October 16, 2019')?.date).toBe('2019-10-16');
  });
});

describe('findDateline in other languages', () => {
  it.each([
    ['von David · 18. Oktober 2019', '2019-10-18'],
    ['SAMSTAG, 5. OKTOBER 2013', '2013-10-05'],
    ['Política 04 mayo 2022 - 00:00', '2022-05-04'],
    ['Publié le 23 mai 2019', '2019-05-23'],
  ])('reads a whole date written in another language: %j', (line, date) => {
    expect(findDateline(line)?.date).toBe(date);
  });

  it.each([
    ['14 Januar 2022', '2022-01-14'],
    ['Von Christian Rook, 07 Dezember, 2022', '2022-12-07'],
    ['mayo 11, 2022', '2022-05-11'],
    ['Veröffentlicht am Juli 9, 2016 von Anna', '2016-07-09'],
    ['29 / Dezember / 2022', '2022-12-29'],
    ['15. ledna 2021', '2021-01-15'],
    ['3 de gener del 2023', '2023-01-03'],
    ['12 stycznia 2020, 08:15', '2020-01-12'],
  ])('reads a whole date in the shapes chrono leaves, from the month names of CLDR: %j', (line, date) => {
    expect(findDateline(line)?.date).toBe(date);
  });

  it.each([
    ['2025年4月1日', '2025-04-01'],
    ['公開日：2019 年 12 月 3 日 14:05', '2019-12-03'],
    ['2022년 5월 17일', '2022-05-17'],
  ])('reads a whole date written with the year, month and day characters: %j', (line, date) => {
    expect(findDateline(line)?.date).toBe(date);
  });

  it('reads no month of a word that is none, nor a day its month has not', () => {
    expect(findDateline('Kapitel 14 Band 2022')).toBeNull();
    expect(findDateline('31 Februar 2022')).toBeNull();
    expect(findDateline('2022年2月30日')).toBeNull();
    // Croatian "listopad" is October, Polish and Czech November: the name drops out
    expect(findDateline('3 listopad 2021')).toBeNull();
  });

  it('takes no partial date from another language', () => {
    expect(findDateline('im Oktober wurde gewählt')).toBeNull();
  });
});

describe('findDateline and a year run into the next date', () => {
  it('reads a year run into a day and a month written in lower case, as French and Spanish write it', () => {
    const line = 'Lucie Marchand Vie du quartier 14 mars 202614 mars 2026 0 Comment';
    expect(findDateline(line)).toEqual({
      date: '2026-03-14',
      index: 31,
      end: 43,
      inferred: undefined,
      guessed: undefined,
    });
    expect(findDateline('Gastgeber: Alte Weberei, Hofstraße 29-32, 20354 Hamburg')).toBeNull();
  });
});

describe('findDateline and a day run into its month', () => {
  it('reads "8.Dezember 2010", the day and its stop run into the month, at the offsets of the line', () => {
    expect(findDateline('8.Dezember 2010 um 09:43 · Aus der Küche · 6 Kommentare')).toEqual({
      date: '2010-12-08',
      index: 0,
      end: 24,
      inferred: undefined,
      guessed: undefined,
    });
    expect(findDateline('Abschnitt 2.Teil 2010 der Reihe')).toBeNull();
  });
});
