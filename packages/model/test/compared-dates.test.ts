import { describe, expect, it } from 'vitest';
import { rankedSpan, withoutComparedDates } from '../src/compared-dates.js';
import { dateIn } from '../src/stated-date.js';

const FRIDAY = { date: new Date(Date.UTC(2026, 2, 13, 12)), own: true, day: true };

describe('withoutComparedDates: the span a superlative or an ordinal ranks over', () => {
  it('blanks "of" and the span after a superlative or an ordinal and its noun', () => {
    expect(withoutComparedDates('It fell 3%, marking its second-biggest loss of 2026.')).toBe(
      'It fell 3%, marking its second-biggest loss        .',
    );
    expect(withoutComparedDates('Rates slid, their sharpest fall of the year.')).toBe(
      'Rates slid, their sharpest fall            .',
    );
    expect(withoutComparedDates('It was the first snowfall of this winter.')).toBe(
      'It was the first snowfall               .',
    );
  });

  it('leaves a place in the calendar, a span of the event, and a date after a preposition', () => {
    for (const text of [
      'The port lost 4 million euros in the first quarter of 2025.',
      'Sales fell in the first two months of the year.',
      'Prices rose for most of 2025.',
      'The yard was closed for at least nine months of 2025.',
      'Deliveries began on the first of March.',
      'The first flight of the jet in 2025 went well.',
      'The last day of 2025 was quiet.',
    ])
      expect(withoutComparedDates(text)).toBe(text);
  });

  it('says the span and its year, null for the year of the report', () => {
    expect(rankedSpan('its biggest loss of 2026.')).toEqual({ start: 17, end: 24, year: 2026 });
    expect(rankedSpan('its biggest loss of the year.')?.year).toBeNull();
    expect(rankedSpan('its biggest loss of last year.')?.year).toBeUndefined();
  });
});

describe('dateIn: a sentence whose only date is a span ranked over', () => {
  it("is of its report's day when the span holds it and the sentence tells an action done", () => {
    expect(
      dateIn("The index fell 3% from Thursday's close, marking its second-biggest loss of 2026.", FRIDAY),
    ).toEqual({ date: '2026-03-13', precision: 'day', ahead: false });
    expect(
      dateIn('Shipping rates slid 2% on Wednesday, their sharpest fall of the year.', FRIDAY)?.date,
    ).toBe('2026-03-11');
  });

  it('is undated for a span before the report, a state, a plan or a quotation', () => {
    expect(dateIn('The carrier posted the biggest loss of 2025.', FRIDAY)).toBeNull();
    expect(dateIn('The February fall was the biggest loss of 2026.', FRIDAY)).toBeNull();
    expect(dateIn('The index will fall, marking its biggest loss of 2026.', FRIDAY)).toBeNull();
    expect(dateIn('"We had the worst day of the year," he said.', FRIDAY)).toBeNull();
  });
});
