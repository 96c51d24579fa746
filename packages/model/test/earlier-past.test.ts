import { describe, expect, it } from 'vitest';
import { goesOnWithEarlierPast, tellsEarlierPast } from '../src/earlier-past.js';
import { sideDateNotMain } from '../src/side-clause-date.js';

describe('tellsEarlierPast: an old event a report tells, no news of its day', () => {
  it('takes a past main verb with an earlier year, in its own clause or its object clause', () => {
    expect(
      tellsEarlierPast('The Vireo was originally introduced in 1994, and was the first tram.', 2026),
    ).toBe(true);
    expect(
      tellsEarlierPast(
        'Kestrel Capital also led a consortium that bought the depot in May of last year.',
        2026,
      ),
    ).toBe(true);
  });
  it('leaves a year told in passing, a span, a comparison, a saying, the perfect and this year', () => {
    expect(
      tellsEarlierPast('Talk that the unions, which merged in 1998, would split was denied.', 2026),
    ).toBe(false);
    expect(tellsEarlierPast('The index had its worst fall since 1987.', 2026)).toBe(false);
    expect(tellsEarlierPast('Fares were up 4% compared to the same time in 2024.', 2026)).toBe(false);
    expect(tellsEarlierPast('Ana Ruiz said the depot was sold in 2019.', 2026)).toBe(false);
    expect(tellsEarlierPast('Norvale Transit has run the line in 2019 and since.', 2026)).toBe(false);
    expect(tellsEarlierPast('The depot was sold in 2026.', 2026)).toBe(false);
    expect(tellsEarlierPast('The council recovered from last year’s fall.', 2026)).toBe(false);
  });
  it('goes on with the story only under the same subject, in the past', () => {
    const before = 'The Vireo was originally introduced in 1994, and was the first tram.';
    expect(goesOnWithEarlierPast('The Vireo survived three rebuilds.', before)).toBe(true);
    expect(goesOnWithEarlierPast('Ferry fares rose 4%.', before)).toBe(false);
    expect(goesOnWithEarlierPast('The Vireo will be scrapped.', before)).toBe(false);
  });
});

describe('sideDateNotMain: a concession clause’s date is not the main verb’s', () => {
  it('takes a clause of "although" or "though" after a main clause with a verb', () => {
    expect(
      sideDateNotMain('The Kestrel 50 closed 0.8% higher, although its losses of yesterday still weighed.'),
    ).toBe(true);
    expect(sideDateNotMain('The Vell index rose, though it had lost 3% on Monday.')).toBe(true);
  });
  it('leaves a clause of time or of "while", and a date in the main clause', () => {
    expect(
      sideDateNotMain('The fare plan is being debated while on 5 January the council voted to freeze fares.'),
    ).toBe(false);
    expect(sideDateNotMain('Harbour shares fell after Kestrel Bank reported a loss on Monday.')).toBe(false);
    expect(sideDateNotMain('The Vell index closed higher on Tuesday, while bond prices slipped.')).toBe(
      false,
    );
    expect(sideDateNotMain('Fares rose while May 2025 was a month of strikes.')).toBe(false);
  });
});
