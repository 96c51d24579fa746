import { describe, expect, it } from 'vitest';
import { monthOnlyMeasured } from '../src/measured-period.js';

describe('monthOnlyMeasured: a month named only as the period a reported figure counts', () => {
  it.each([
    'Kestrel Bank reported a first-quarter loss and a 12% decline in deposits for the month of April.',
    'Norvale Transit posted a loss for April and May, its chairman Ana Ruiz said.',
    'Norvale Air, which lost 40 million euros last year, has reported a 9% fall in bookings for the month of March.',
  ])('reads "%s" so', (text) => {
    expect(monthOnlyMeasured(text)).toBe(true);
  });

  it.each([
    // the month tells when the figure moved: no report
    'Deposits at Kestrel Bank fell 12% for the month of April, the worst month in a decade.',
    'Sales for April fell 4% at the Norvale Transit shops in Port Avel.',
    // another month named outside the measured period: that one dates the report
    'Kestrel Bank reported on 3 May a 12% decline in deposits for the month of April.',
    // a month as a plan's date
    'Kestrel Bank reported that it would open its Port Avel branch in April.',
    // no month at all
    'Kestrel Bank reported a first-quarter loss and a decline in deposits.',
  ])('leaves "%s" alone', (text) => {
    expect(monthOnlyMeasured(text)).toBe(false);
  });
});
