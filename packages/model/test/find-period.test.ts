import { describe, expect, it } from 'vitest';
import { findPeriod, findSeasonAhead, findSpanAhead } from '../src/find-period.js';

const on = (iso: string) => new Date(`${iso}T12:00:00Z`);

describe('findPeriod', () => {
  it('resolves years and months relative to the publication date', () => {
    expect(findPeriod('Talks began last year.', on('2024-04-16'))).toEqual({
      date: '2023',
      precision: 'year',
      index: 12,
    });
    expect(findPeriod('It will end next year.', on('2024-04-16'))).toEqual({
      date: '2025',
      precision: 'year',
      index: 12,
    });
    expect(findPeriod('The vote came last month.', on('2024-01-10'))).toEqual({
      date: '2023-12',
      precision: 'month',
      index: 14,
    });
    expect(findPeriod('A deal is due this month.', on('2024-04-16'))).toEqual({
      date: '2024-04',
      precision: 'month',
      index: 14,
    });
  });

  it('resolves seasons to the year that holds most of them', () => {
    const at = (text: string, iso: string) => findPeriod(text, on(iso))?.date;
    expect(at('A budget approved last summer.', '2024-01-25')).toBe('2023');
    expect(at('A budget approved last summer.', '2024-10-01')).toBe('2024');
    expect(at('Troops left last summer.', '2024-07-15')).toBe('2023'); // this summer is not over
    expect(at('Talks resume next spring.', '2024-04-16')).toBe('2025'); // this spring has begun
    expect(at('Talks resume next summer.', '2024-04-16')).toBe('2024');
    expect(at('Fighting stopped last winter.', '2024-04-16')).toBe('2024'); // December 2023 to February 2024
    expect(at('in the summer of 2014, ISIS took Mosul', '2024-04-16')).toBe('2014');
  });

  it('finds nothing in a sentence that names no period', () => {
    expect(findPeriod('The summer was hot and the year was long.', on('2024-04-16'))).toBeNull();
  });
});

describe('findSeasonAhead', () => {
  const at = (text: string, iso: string) => findSeasonAhead(text, on(iso))?.date;
  it('reads a season with "the" alone as the one under way or next to begin', () => {
    expect(at('Members will vote on the merger in the fall.', '2024-06-10')).toBe('2024');
    expect(at('Members will vote on the merger in the fall.', '2024-12-10')).toBe('2025'); // this fall is over
    expect(at('The line will reopen in the spring.', '2024-04-20')).toBe('2024'); // under way
    expect(at('The line will reopen by the winter.', '2024-10-20')).toBe('2025'); // December to February
  });
  it('leaves a season of a stated year and a fall of something', () => {
    expect(at('The line will reopen in the fall of 2026.', '2024-10-20')).toBeUndefined();
    expect(at('Prices will recover in the fall in demand.', '2024-10-20')).toBeUndefined();
  });
});

describe('findSpanAhead', () => {
  const at = (text: string, iso: string) => findSpanAhead(text, on(iso));
  it('dates a span ahead of the report by the month it most likely ends in, a quarter by its year', () => {
    expect(at('The union will vote in the coming weeks.', '2024-12-22')).toEqual({
      date: '2025-01',
      precision: 'month',
      index: 20,
    });
    expect(at('A ruling is due over the next few days.', '2024-03-10')?.date).toBe('2024-03');
    expect(at('The carrier will add routes next quarter.', '2024-11-02')?.date).toBe('2025');
    expect(at('The carrier will add routes next quarter.', '2024-05-02')?.date).toBe('2024');
  });
  it('leaves "the next quarter", a span from another time', () => {
    expect(at('In the next quarter, sales fell again.', '2024-05-02')).toBeNull();
  });
});
