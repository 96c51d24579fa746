import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EVENT_FAMILIES_FILE, eventFamiliesText } from '../scripts/build-event-families.js';
import { eventFamiliesOf } from '../src/event-families.js';
import { planOutcome, planOutcomes } from '../src/overtaken-plans.js';

describe('event families', () => {
  it('ships data/event-families.tsv as the script derives it from WordNet', () => {
    expect(readFileSync(EVENT_FAMILIES_FILE, 'utf8')).toBe(eventFamiliesText());
  });

  it('puts a noun of an act with its verb, and tells the verb done by its past', () => {
    expect(eventFamiliesOf('deliveries')).toEqual([{ verb: 'deliver', done: false }]);
    expect(eventFamiliesOf('delivered')).toEqual([{ verb: 'deliver', done: true }]);
    expect(eventFamiliesOf('merger')).toEqual([{ verb: 'merge', done: false }]);
    expect(eventFamiliesOf('sold')).toEqual([{ verb: 'sell', done: true }]);
    expect(eventFamiliesOf('tramway')).toEqual([]);
  });
});

describe('what a later report tells of a plan', () => {
  const plan = 'Deliveries of the new tram cars to Norvale Transit are due in May.';

  it('finds a plan told with a noun done with its verb, of one buyer', () => {
    expect(planOutcome(plan, 'The first tram cars were delivered to Norvale Transit on Monday.')).toBe(
      'done',
    );
    expect(
      planOutcome(
        'The Kestrel Union will vote on the merger in June.',
        'The Kestrel Union voted for the merger on Friday.',
      ),
    ).toBe('done');
  });

  it('finds it put off or called off', () => {
    expect(planOutcome(plan, 'Norvale Transit said deliveries of the tram cars have been delayed.')).toBe(
      'put-off',
    );
    expect(
      planOutcome(
        'The Norvale harbour bridge will open on 14 June.',
        'The opening of the Norvale harbour bridge was cancelled.',
      ),
    ).toBe('put-off');
  });

  it('leaves it when the later report does not tell it done', () => {
    expect(planOutcome(plan, 'The tram cars will be delivered to Norvale Transit on Monday.')).toBeNull();
    expect(planOutcome(plan, 'The tram cars have not been delivered to Norvale Transit.')).toBeNull();
    expect(planOutcome(plan, 'Norvale Transit expects more deliveries of tram cars next year.')).toBeNull();
  });

  it('leaves it when the event is of another buyer, another of a series or another model', () => {
    expect(planOutcome(plan, 'The first tram cars were delivered to Orvan City on Monday.')).toBeNull();
    expect(
      planOutcome(
        'The second tram car will be delivered to Norvale Transit in May.',
        'The first tram car was delivered to Norvale Transit on Monday.',
      ),
    ).toBeNull();
    expect(
      planOutcome(
        'The Arden 310 will enter service with Norvale Transit in May.',
        'The Arden 210 entered service with Norvale Transit.',
      ),
    ).toBeNull();
  });

  it('leaves it when the two share only a light verb or one name', () => {
    expect(
      planOutcome(
        'Norvale Transit will begin trials of the cars in May.',
        'Norvale Transit began talks with the union.',
      ),
    ).toBeNull();
    expect(
      planOutcome('Brannock will open a depot in May.', 'Brannock opened its accounts to auditors.'),
    ).toBeNull();
  });

  it('reads only reports of a later day than the plan, before its date, and done after it was set', () => {
    const plans = [{ text: plan, date: '2026-05', lastReport: '2026-02-10' }];
    const done = 'The first tram cars were delivered to Norvale Transit on Monday.';
    const at = (reportDay: string, date = reportDay) =>
      planOutcomes(plans, [{ text: done, date, ahead: false, reportDay }])[0]?.outcome ?? null;
    expect(at('2026-04-02')).toBe('done');
    expect(at('2026-02-10')).toBeNull();
    expect(at('2026-06-02')).toBeNull();
    expect(at('2026-04-02', '2026-01')).toBeNull();
  });
});
