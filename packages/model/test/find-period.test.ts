import { describe, expect, it } from 'vitest';
import { findPeriod } from '../src/find-period.js';

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
