import { describe, expect, it } from 'vitest';
import { isDateStamp } from '../src/date-stamp.js';
import { isReferenceEntry } from '../src/reference-entry.js';
import { dateIn, mayHoldDate } from '../src/stated-date.js';

const ref = { date: new Date(Date.UTC(2024, 5, 1, 12)), own: true, day: true };

describe('isDateStamp', () => {
  it.each([
    '(Published Monday, Nov. 18, 2019)',
    'Monday, November 18, 2019, 04:05 pm PT (07:05 pm ET)',
    'Updated: 3:45 p.m. ET Jan. 2, 2024',
    'Mara says: September 19, 2023 at 12:15 pm',
    'kestrel77 October 4, 2023 at 10:13 pm',
    'Retrieved 4 December 2017.',
    'Archived from the original on 22 May 2010.',
    '— Ana Ruiz (@anaruiz) November 1, 2019',
    'Oct 15, 2015 · 18 min read',
    'JanBeek Jun 20th at 2:41 am',
    'Posted 19 June 2026 by a former prosecutor',
    'Analyst note, Kessel Research, 1 December 2027',
    'Lisbon, 2 July 2027',
    'Press release | March 3, 2024',
    'Glenmoor Courier — published November 20, 2025',
    'Health-care desk note, 16 June 2025',
    'Port Authority of Valmera 4 March 2026',
    'Ministry of Health and Social Affairs\n12 May 2025',
    'Newsdesk (Lisbon) First published March 3, 2024: 9:15 AM ET',
  ])('reads %j as the date of a page or a comment, no event', (line) => {
    expect(isDateStamp(line)).toBe(true);
    expect(dateIn(line, ref)).toBeNull();
  });

  it.each([
    'He landed at 8:15 pm.',
    'Polls close at 8:00 pm on Tuesday.',
    'Talks may resume on Monday.',
    'A storm hit at 3:00 a.m. on May 5.',
    'Troops withdrew on Monday, May 20.',
    'Strike ended, 3 March 2026',
    'The deal was signed by both sides on 3 March 2026',
    'In a letter to shareholders, 3 March 2024',
    'Talks at the port — resumed on 3 March 2026',
    'Port Authority closed Terminal 2 4 March 2026',
    'Talks resume 4 March 2026',
    'Brussels, 10 March 2027 — The union regrets the decision to strike.',
    'LISBON (Reuters) - Talks resumed on 3 March 2024.',
  ])('reads %j as an event', (line) => {
    expect(isDateStamp(line)).toBe(false);
  });
});

describe('isReferenceEntry', () => {
  it.each([
    '^ Fordyce, Tom (23 October 2011).',
    '^ Kelly Faircloth (9 April 2012).',
    'Collett, John (4 September 2013). "Title of the piece".',
    '[CORS] van Kesteren, Anne (ed), "Cross-Origin Resource Sharing", 29 January 2013.',
    '[WEBFINGER] Jones, P., Salguerio, G., Jones, M, and Smarr, J., "WebFinger", RFC7033, September 2013.',
    'Roxr Software Ltd. Retrieved 2012-05-10.',
    'Archived from the original (PDF) on 19 January 2012.',
  ])('reads %j as a cited work, no event', (line) => {
    expect(isReferenceEntry(line)).toBe(true);
    expect(dateIn(line, ref)).toBeNull();
  });

  it.each([
    'Mitchell Baker announced on July 16, 2012, that the company would change course.',
    'Smith, the minister, resigned on 4 September 2013.',
    '[Update] The ministry said on Monday, May 20, that talks would resume.',
    'Paris, France (AP) — Talks resumed on 4 September 2013.',
  ])('reads %j as an event', (line) => {
    expect(isReferenceEntry(line)).toBe(false);
  });
});

describe('dateIn and numbers', () => {
  it('reads a fraction or a score as no date, a numeric date with its year as one', () => {
    expect(dateIn('Stir in 1/2 cup of sugar and 1 1/4 cups of flour.', ref)).toBeNull();
    expect(dateIn('Dip the balls about 2/3 of the way into the chocolate.', ref)).toBeNull();
    expect(dateIn('She scored 7/10 on the final test.', ref)).toBeNull();
    expect(dateIn('The vote was held on 3/15/2024 in the capital.', ref)).toMatchObject({
      date: '2024-03-15',
      precision: 'day',
    });
  });
});

describe('dateIn and numbers that are no dates', () => {
  it.each(['hosts allow = 6712.5.5.6', 'The charity is exempt from tax under the number 8/91115/121416912.'])(
    'reads %j, a number in the form of a date with a year no event has, as no date',
    (sentence) => {
      expect(dateIn(sentence, ref)).toBeNull();
    },
  );

  it('still reads a date of history', () => {
    expect(dateIn('The treaty was signed on 5 May 1650 in Vienna.', ref)?.date).toBe('1650-05-05');
  });
});

describe('mayHoldDate', () => {
  it.each([
    ['The talks were moved to 3/15/2024.', '2024-03-15'],
    ['Filed on 2024-03-15 by the court.', '2024-03-15'],
    ['The law took effect on 15.03.2024 in Bavaria.', '2024-03-15'],
    ['It was founded in 1998 by two engineers.', '1998'],
    ['The vote was held on May 5.', '2024-05-05'],
  ])('lets %j through to the date parser', (sentence, date) => {
    expect(mayHoldDate(sentence)).toBe(true);
    expect(dateIn(sentence, ref)?.date).toBe(date);
  });

  it.each([
    'At least 5 people were killed and 12 injured.',
    'The deal is worth $20 million, or 35 per cent of its sales.',
    'Route 66 reopened to 400 trucks.',
  ])('keeps %j, numbers alone, from the date parser', (sentence) => {
    expect(mayHoldDate(sentence)).toBe(false);
  });
});

describe('mayHoldDate, words', () => {
  it.each([
    ['Talks resume on Thurs. in Geneva, or in Sept.', true],
    ['The market fell as money left for safer friends.', false],
    ['Shares rose for a second week.', true],
    ['Jun12', true],
  ])('reads %j as a sentence that may hold a date: %s', (sentence, may) => {
    expect(mayHoldDate(sentence)).toBe(may);
  });
});
