import { describe, expect, it } from 'vitest';
import { dateIn } from '../src/build-timeline.js';
import { isDateStamp } from '../src/date-stamp.js';

const ref = { date: new Date(Date.UTC(2024, 5, 1, 12)), own: true, day: true };

describe('isDateStamp', () => {
  it.each([
    '(Published Monday, Nov. 18, 2019)',
    'Monday, November 18, 2019, 04:05 pm PT (07:05 pm ET)',
    'Updated: 3:45 p.m. ET Jan. 2, 2024',
    'Mara says: September 19, 2023 at 12:15 pm',
    'kestrel77 October 4, 2023 at 10:13 pm',
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
  ])('reads %j as an event', (line) => {
    expect(isDateStamp(line)).toBe(false);
  });
});
