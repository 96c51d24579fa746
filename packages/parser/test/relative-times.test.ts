import { describe, expect, it } from 'vitest';
import { nameOverRelativeTime } from '../src/text/name-alone.js';
import { isRelativeTime } from '../src/text/relative-times.js';

/** Lines as the text reader gives them. */
const linesOf = (texts: readonly string[]) =>
  texts.map((text, i) => ({ text, line: i + 1, column: 1, offset: i * 100 }));

describe('isRelativeTime', () => {
  it('reads a line that says only how long ago, in any case, after a bullet and a label', () => {
    expect(isRelativeTime('3 hours ago')).toBe(true);
    expect(isRelativeTime('VOR 3 STUNDEN')).toBe(true);
    expect(isRelativeTime(' • Published an hour ago')).toBe(true);
    expect(isRelativeTime('Hace 5 horas')).toBe(true);
    expect(isRelativeTime('il y a une heure')).toBe(true);
  });

  it('gives false for a date, a sentence holding a relative time, or a unit alone', () => {
    expect(isRelativeTime('14 April 2027')).toBe(false);
    expect(isRelativeTime('The ferry left 3 hours ago.')).toBe(false);
    expect(isRelativeTime('3 hours')).toBe(false);
  });
});

describe('nameOverRelativeTime', () => {
  it('gives no writer on a list of teasers, each signed and timed', () => {
    const lines = linesOf([
      'Norvale Transit adds a night bus',
      'Jana Roe',
      '3 hours ago',
      'Kestrel Union asks for later ferries',
      'Ole Lind',
      '5 hours ago',
      'Norvale Transit will run a night bus on the harbour line from June, the operator said on Tuesday.',
    ]);
    expect(nameOverRelativeTime(lines, 6, 10)).toBeUndefined();
  });

  it('gives no writer for a section or a headline over the time', () => {
    const lines = linesOf(['Harbour', '3 hours ago', 'The ferry left the pier at noon on Tuesday.']);
    expect(nameOverRelativeTime(lines, 2, 10)).toBeUndefined();
  });
});
