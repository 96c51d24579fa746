import { describe, expect, it } from 'vitest';
import { datedBySideClause, tellsDoneBesideSideClause } from '../src/side-clause-date.js';

describe('datedBySideClause: a sentence whose only dates stand in a side clause', () => {
  it('reads a relative clause set off by commas and a clause a subordinator opens after the main verb', () => {
    expect(
      [
        'Norvale Air, which will be the first carrier to fly the Kestrel 400, in July 2026, has opened bookings.',
        'The Norvale plan is being debated again while on 5 March the council voted to close the bridge.',
        'Kestrel Works has cut its forecast after Norvale Transit cancelled an order on Tuesday.',
      ].map((s) => datedBySideClause(s)?.main ?? null),
    ).toMatchInlineSnapshot(`
      [
        "Norvale Air, has opened bookings.",
        "The Norvale plan is being debated again",
        "Kestrel Works has cut its forecast",
      ]
    `);
  });

  it('gives null to a date in the main clause, to a phrase with no verb, and to a sentence with no date', () => {
    expect(
      [
        'Norvale Transit cut its fares on Tuesday after riders complained about the timetable.',
        'Norvale Transit, which runs the airport trams, will open a second line in May 2026.',
        'The Kestrel Union will vote in January 2026, when its members return from the break.',
        'Kestrel Works shares rose 3% after the results.',
        'Norvale Air, which flies to Port Avel, has opened bookings.',
        'Riders whose passes are not renewed after May of next year will receive a letter.',
      ].map((s) => datedBySideClause(s)),
    ).toMatchInlineSnapshot(`
      [
        null,
        null,
        null,
        null,
        null,
        null,
      ]
    `);
  });
});

describe('tellsDoneBesideSideClause: a thing done beside a side clause that dates it ahead', () => {
  it('is true of a main verb done, false of one ahead', () => {
    expect(
      [
        'Norvale Air, which will be the first carrier to fly the Kestrel 400 in July 2026, has opened bookings.',
        'Norvale Air, which opened bookings in May, will fly the Kestrel 400 to Port Avel.',
        'Norvale Air will fly the Kestrel 400 to Port Avel after the runway reopens in July 2026.',
      ].map(tellsDoneBesideSideClause),
    ).toMatchInlineSnapshot(`
      [
        true,
        false,
        false,
      ]
    `);
  });
});
