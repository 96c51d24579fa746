import { describe, expect, it } from 'vitest';
import { withoutAnniversaries } from '../src/background-dates.js';
import { dateIn } from '../src/stated-date.js';

const THURSDAY = { date: new Date(Date.UTC(2026, 2, 12, 12)), own: true, day: true };
/** What a sentence is dated, as `YYYY[-MM[-DD]]`, or null. */
const dated = (text: string, ref = THURSDAY) => dateIn(text, ref)?.date ?? null;

describe('withoutAnniversaries: the old event an anniversary recalls', () => {
  it('blanks the dates after the anniversary, up to the end of its clause', () => {
    expect(withoutAnniversaries('Today marked 20 years since the first ferry crossed in 2006.')).toBe(
      'Today marked 20 years since the first ferry crossed in     .',
    );
    expect(withoutAnniversaries('Monday marks the 30th anniversary of the March 1996 fire.')).toBe(
      'Monday marks the 30th anniversary of the            fire.',
    );
  });

  it('leaves a weekday of the marking and a sentence with no anniversary', () => {
    expect(withoutAnniversaries('It marks the anniversary of the fire on Saturday.')).toBe(
      'It marks the anniversary of the fire on Saturday.',
    );
    expect(withoutAnniversaries('The quay opened in 2006, ten years after the fire.')).toBe(
      'The quay opened in 2006, ten years after the fire.',
    );
  });
});

describe('dateIn: a year told as background of the news', () => {
  it('reads no event in "since" and a year of a state told in a perfect or a present', () => {
    for (const text of [
      'Norvale Transit has operated the line since 2004.',
      'Ostrel has not had a tram strike since 2011.',
      'The Kestrel Union had run the ferries since 1998.',
      'Since 2019, the union has cut its fleet by a third.',
      'The Aisby line, in service since 1994, is busy.',
      'The depot remains the only one on the island since 2002.',
    ])
      expect(dated(text), text).toBeNull();
  });

  it('keeps "since" and a year in a past simple, and a day after "since"', () => {
    expect(dated('Ferry fares rose by a third since 2005.')).toBe('2005');
    expect(dated('The quay had been shut since July 24, 2023 after a storm.')).toBe('2023-07-24');
  });

  it('reads no event in an old year of a clause beside the main one', () => {
    expect(dated('The Vireo, first introduced in 1986, will be withdrawn in 2028.')).toBe('2028');
    for (const text of [
      'The Vireo, first introduced in 1986, was withdrawn.',
      'Founded in 1903, the Kestrel Union is the largest ferry operator.',
      'Talk that the two lines, which merged in 1998, would split was denied.',
      'Quay Street is to be renamed, named after a ferry captain lost in 1905.',
    ])
      expect(dated(text), text).toBeNull();
  });

  it("keeps a main clause's year, a year of the last two, and a list of nouns before its verb", () => {
    expect(dated('The Kestrel Union was founded in 1903 by three ferry captains.')).toBe('1903');
    expect(dated('The Orrin quay, which opened in 2025, handles six sailings a day.')).toBe('2025');
    expect(dated('Ferries, trams and buses, carried 6 percent more riders in 2019.')).toBe('2019');
    expect(dated('A guide titled “Tides”, helped sailors learn the channel of 2019.')).toBe('2019');
    expect(dated('The quay, which is shown on a chart of 1902, is busy.')).toBe('1902');
  });

  it('reads no event in a recent date of a participle told in passing', () => {
    for (const text of [
      'The Vireo will be the basis for a freight version of the tram, announced last November.',
      'The Vireo, introduced in October 2025, was withdrawn.',
      'Ordered in February, the trams were delivered to the depot.',
      'Despite being given a facelift in 2025, the depot hall is the oldest on the coast.',
      'Founded by three captains and sold to the town in 2025, the ferry is the oldest on the coast.',
    ])
      expect(dated(text), text).toBeNull();
  });

  it("keeps a recent relative clause's date, a main verb after a relative clause, and a name's first word", () => {
    expect(dated('The Orrin quay, which opened in 2025, handles six sailings a day.')).toBe('2025');
    expect(dated('The Kestrel Union, which is the largest buyer, signed the deal on March 2.')).toBe(
      '2026-03-02',
    );
    expect(dated('The Vireo, due in service in April, will run on the coast.')).toBe('2026-04');
    expect(
      dated(
        'United Ferries announced it has lost 2 million crowns in the first quarter of 2023, amid falling fares.',
      ),
    ).toBe('2023');
    expect(dated('United Ferries lost 2 million crowns in 2023, amid falling fares.')).toBe('2023');
    // an opening participle that is the subject's adjective, the sentence's past after its noun
    expect(dated('Embattled ferry operator Norvale lost 2 million crowns in 2023, amid falling fares.')).toBe(
      '2023',
    );
    expect(dated('Troubled tram maker Orrin Works said it cut 300 jobs in 2024, citing falling sales.')).toBe(
      '2024',
    );
  });

  it('reads the old clause only against its own report: a guessed date gives no distance', () => {
    const guessed = { ...THURSDAY, own: false };
    expect(dated('The Vireo, first introduced in 1986, was withdrawn.', guessed)).toBe('1986');
  });
});
