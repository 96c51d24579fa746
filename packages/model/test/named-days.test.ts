import { describe, expect, it } from 'vitest';
import { withoutNamedDays } from '../src/named-days.js';

describe('withoutNamedDays', () => {
  it('blanks a day history named, keeping the offsets', () => {
    const text = 'Markets fell on the anniversary of Black Monday, traders said.';
    const out = withoutNamedDays(text);
    expect(out).toHaveLength(text.length);
    expect(out).not.toContain('Monday');
  });

  it('keeps a shopping day, a feast and a lower-case "black" a weekday of their week', () => {
    for (const text of [
      'Shoppers queued outside the store on Black Friday.',
      'The offices close on Good Friday.',
      'It was a black Monday for the club.',
    ]) {
      expect(withoutNamedDays(text)).toBe(text);
    }
  });
});
