import { describe, expect, it } from 'vitest';
import type { BodyBlock } from '../src/extraction.js';
import { nameOverDateLine, personNames, writerOverDate } from '../src/text/name-over-date.js';

/** The page's lines as blocks. */
const blocks = (texts: readonly string[]): BodyBlock[] =>
  texts.map((text, i) => ({ text, line: i + 1, column: 1, offset: 0 }));

/** A date line: a day, a month's name and a year, or day.month.year, and a time. */
const isDate = (text: string) =>
  /^(?:\p{L}+, )?\d{1,2}\.? \p{L}+\.? \d{4}(?: \d{1,2}:\d{2})?$|^\d{2}\.\d{2}\.\d{4}/u.test(text);

/** The writers of a page whose body is its last two lines. */
const writersOf = (texts: readonly string[]) => {
  const lines = blocks(texts);
  const first = texts.length - 2;
  return nameOverDateLine(
    lines,
    first - 15,
    first + 5,
    texts.length - 1,
    new Set([first, first + 1]),
    isDate,
  );
};

const BODY = [
  'The port authority raised its harbour fees on Tuesday for the third year in a row.',
  'The fishing fleet says it cannot pay more, and that six of its boats may move away.',
];

describe('personNames', () => {
  it('reads a name, names in capitals, joined names and a closing initial', () => {
    expect(personNames('Ana Ruiz')).toEqual(['Ana Ruiz']);
    expect(personNames('JANA ROE & IAN LEE')).toEqual(['JANA ROE', 'IAN LEE']);
    expect(personNames('Ana Ruiz, Tomas Berg')).toEqual(['Ana Ruiz', 'Tomas Berg']);
    expect(personNames('Ana Maria Ruiz C.')).toEqual(['Ana Maria Ruiz C.']);
  });

  it('leaves out a section, a headline and a name with more on its line', () => {
    for (const no of ['Harbour News', 'Fees rise again', 'Ana Ruiz, Redaktion', 'Ana', 'Ana Ruiz 2027'])
      expect(personNames(no), no).toBeNull();
  });
});

describe('nameOverDateLine', () => {
  it('takes a name right over the date line, past a dash and a follow button', () => {
    expect(writersOf(['Norvale Daily', 'Fees rise again', 'Ana Ruiz', '—', '4 May 2027', ...BODY])).toEqual([
      'Ana Ruiz',
    ]);
    expect(
      writersOf(['Norvale Daily', 'Ana Ruiz', '+ Follow', '4 May 2027 09:14', 'Fees rise', ...BODY]),
    ).toEqual(['Ana Ruiz']);
  });

  it('reads a year with its time run into it, and a line of fields by its first', () => {
    expect(writersOf(['Fees rise again', 'Ana Ruiz', 'Wednesday, 4 May 202707:59', ...BODY])).toEqual([
      'Ana Ruiz',
    ]);
    expect(writersOf(['Fees rise again', 'Ana Ruiz', '04.05.2027 05:49 / updated 05:50', ...BODY])).toEqual([
      'Ana Ruiz',
    ]);
  });

  it('gives none for a name with no date under it: the subject named in the opening', () => {
    expect(writersOf(['Kestrel Bank names a chief', '12 March 2027', 'Tomas Berg', ...BODY])).toBeUndefined();
  });

  it('gives none for a list of teasers above the body, each signed and dated', () => {
    expect(
      writersOf([
        'Most read',
        'Fees rise again',
        'Ana Ruiz',
        '3 May 2027',
        'Quay to open in spring',
        'Tomas Berg',
        '2 May 2027',
        'Fees rise again',
        ...BODY,
      ]),
    ).toBeUndefined();
  });

  it('gives none for a headline over its date and given again under it', () => {
    expect(
      writersOf(['News', 'Ana Ruiz Tower', '21 January 2027', 'Ana Ruiz Tower', ...BODY]),
    ).toBeUndefined();
  });
});

describe('writerOverDate', () => {
  it('reads a name right over its date line as a byline, over the headline or under it', () => {
    const over = blocks(['Norvale Daily', 'Ana Ruiz', '2 Oct 2024', 'Where the quiet goes', ...BODY]);
    expect(writerOverDate(over, 1, isDate)).toEqual(['Ana Ruiz']);
    const under = blocks(['Where the quiet goes', 'Ana Ruiz', '+ Follow', '2 Oct 2024', ...BODY]);
    expect(writerOverDate(under, 1, isDate)).toEqual(['Ana Ruiz']);
  });

  it('leaves out a headline, a name with no date under it and a name given again under its date', () => {
    const page = blocks([
      'Where the quiet goes',
      '2 Oct 2024',
      'Ana Ruiz',
      'Painter of the harbour',
      ...BODY,
    ]);
    expect(writerOverDate(page, 0, isDate)).toBeNull();
    expect(writerOverDate(page, 2, isDate)).toBeNull();
    const twice = blocks(['Ana Ruiz', '14 May 2024', 'Ana Ruiz', ...BODY]);
    expect(writerOverDate(twice, 0, isDate)).toBeNull();
  });
});
