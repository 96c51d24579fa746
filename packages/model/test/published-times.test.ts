import { describe, expect, it } from 'vitest';
import { laterOnItsDay } from '../src/published-times.js';

const report = (publishedTime?: string) => ({
  published: '2026-03-04',
  publishedPrecision: 'day' as const,
  ...(publishedTime === undefined ? {} : { publishedTime }),
});

describe('laterOnItsDay', () => {
  it('orders two reports of one day by the times both state, in their zones', () => {
    expect(laterOnItsDay(report('09:10Z'), report('18:30Z'))).toBe(true);
    expect(laterOnItsDay(report('18:30Z'), report('09:10Z'))).toBe(false);
    // 18:30 at two hours east of Greenwich is 16:30 there: before 17:00
    expect(laterOnItsDay(report('17:00Z'), report('18:30+02:00'))).toBe(false);
    expect(laterOnItsDay(report('17:00Z'), report('18:30-0200'))).toBe(true);
    expect(laterOnItsDay(report('09:10'), report('18:30'))).toBe(true);
  });

  it('says nothing when one states no time, one no zone, or both the same time', () => {
    expect(laterOnItsDay(report(), report('18:30Z'))).toBeUndefined();
    expect(laterOnItsDay(report('09:10'), report('18:30Z'))).toBeUndefined();
    expect(laterOnItsDay(report('18:30Z'), report('18:30Z'))).toBeUndefined();
  });
});
