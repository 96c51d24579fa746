import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../src/build-timeline.js';
import type { DatedSentence } from '../src/dated-sentence.js';
import { findFixedDates, findSentenceDates } from '../src/find-sentence-dates.js';
import { splitSentences } from '../src/sentences.js';
import { dateIn } from '../src/stated-date.js';
import { Vocabulary } from '../src/text-stats.js';

/**
 * 60 reports, one a month from January 2020, each of its own event in its own words; those from
 * `clockFrom` on dated by a time on the clock alone, and those from `aheadFrom` on told as plans ahead
 * of their report ("will meet on 15 June").
 */
function monthlyReports(
  clockFrom = Number.POSITIVE_INFINITY,
  aheadFrom = Number.POSITIVE_INFINITY,
): DatedSentence[] {
  const vocabulary = new Vocabulary();
  return Array.from({ length: 60 }, (_, i) => {
    const date = `${2020 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-15`;
    const text = `Event number${i} happened in place${i} with actor${i}.`;
    return {
      date,
      precision: 'day',
      text,
      citation: { sourceId: `s${i}`, quote: text, start: 0, end: text.length },
      ahead: i >= aheadFrom,
      ...(i >= clockFrom ? { clock: true as const } : {}),
      ...vocabulary.idsOfSentence({ text }, false),
    };
  });
}

describe('buildTimeline', () => {
  it('watches a year earlier reports set ahead in its first quarter, not once it is under way', () => {
    const vocabulary = new Vocabulary();
    const text = 'The council will vote on the harbour budget next year.';
    const plan: DatedSentence = {
      date: '2026',
      precision: 'year',
      text,
      citation: { sourceId: 'a', quote: text, start: 0, end: text.length },
      ahead: true,
      reportDay: '2025-12-20',
      ...vocabulary.idsOfSentence({ text }, false),
    };
    expect(buildTimeline([plan], '2025-12-20', '2026-01-05').watch.map((e) => e.date)).toEqual(['2026']);
    expect(buildTimeline([plan], '2025-12-20', '2026-05-29').watch).toEqual([]);
    expect(
      buildTimeline([{ ...plan, reportDay: '2026-01-02' }], '2026-01-02', '2026-05-29').watch,
    ).toHaveLength(1);
  });
  it('keeps the latest of many events one source each reports, not the earliest', () => {
    const { timeline } = buildTimeline(monthlyReports(), '2024-12-31');
    expect(timeline).toHaveLength(40);
    expect(timeline[0]?.date).toBe('2021-09-15');
    expect(timeline.at(-1)?.date).toBe('2024-12-15');
  });

  it('keeps the dates sources state before later ones only a time on the clock gives', () => {
    // 30 reports of a stated date in 2020 on, then 30 later readings dated by "at 16:08 UTC" alone
    const { timeline } = buildTimeline(monthlyReports(30), '2024-12-31');
    expect(timeline).toHaveLength(40);
    expect(timeline[0]?.date).toBe('2020-01-15');
    expect(timeline.filter((e) => e.text.includes('number2')).length).toBeGreaterThan(0);
    expect(timeline.at(-1)?.date).toBe('2024-12-15');
    expect(timeline.filter((e) => Number(e.text.match(/number(\d+)/)?.[1]) >= 30)).toHaveLength(10);
  });

  it('keeps what sources report done before what they only announced ahead, once all is past', () => {
    // 30 reports of events done, then 30 later ones each announcing its event ahead; the latest report
    // is past them all, and none tells them done
    const { timeline, watch } = buildTimeline(monthlyReports(Number.POSITIVE_INFINITY, 30), '2024-12-31');
    expect(watch).toHaveLength(0);
    expect(timeline).toHaveLength(40);
    expect(timeline[0]?.date).toBe('2020-01-15');
    expect(timeline.filter((e) => Number(e.text.match(/number(\d+)/)?.[1]) >= 30)).toHaveLength(10);
  });

  it("puts a market's move in a report about something else after the events, unless the brief is about the market", () => {
    // the latest report's sentence a market's move: colour when its report leads with other news
    const reports = monthlyReports();
    const latest = { ...(reports[59] as DatedSentence), market: true as const };
    const colour = buildTimeline([...reports.slice(0, 59), latest], '2024-12-31').timeline;
    expect(colour[0]?.date).toBe('2021-08-15');
    expect(colour.at(-1)?.date).toBe('2024-11-15');
    // its report leads with the market's move: the move is its news
    const own = buildTimeline([...reports.slice(0, 59), { ...latest, marketReport: true }], '2024-12-31');
    expect(own.timeline.at(-1)?.date).toBe('2024-12-15');
    // a third of the brief's reports lead with the market: the brief is about it
    const market = reports.map((r, i) => (i < 20 ? { ...r, marketReport: true as const } : r));
    const about = buildTimeline([...market.slice(0, 59), latest], '2024-12-31');
    expect(about.timeline.at(-1)?.date).toBe('2024-12-15');
  });
});

describe('findFixedDates', () => {
  it('leaves a day and month alone pending, and marks a date stating its year whose direction alone is pending', () => {
    const sentences = splitSentences(
      'Tom Reed 30 June, 1997 Used it to fill the crystal goblet in the cave, but the potion inside caused it to dry up. She was taken to hospital on 12 April.',
    );
    expect(findFixedDates(sentences)).toMatchObject({ dates: [], pending: [0, 1], pendingDay: [0] });
  });
});

describe('findSentenceDates for a day that names a thing', () => {
  const ref = { date: new Date('2023-06-01T12:00:00Z'), own: true, day: true };
  const dates = (text: string) => findSentenceDates(splitSentences(text), ref).map((d) => d.date);

  it('dates "the January 6 committee" in the year the article states for that day', () => {
    expect(
      dates(
        'On January 6, 2021, rioters stormed the Capitol. Months later, the January 6 committee began its work.',
      ),
    ).toEqual(['2021-01-06', '2021-01-06']);
    expect(dates('The 6 January 2021 riot was long. The January 6th attacks were planned.')).toEqual([
      '2021-01-06',
      '2021-01-06',
    ]);
  });

  it('leaves a day said with a preposition, a day stated in two years and a day stated in no year', () => {
    expect(dates('On January 6, 2021, rioters stormed the Capitol. Officials met on January 6.')).toEqual([
      '2021-01-06',
      '2023-01-06',
    ]);
    expect(
      dates('It opened on March 3, 2021 and closed on March 3, 2022. The March 3 meeting was short.'),
    ).toEqual(['2021-03-03', '2023-03-03']);
    expect(dates('The March 3 meeting was short.')).toEqual(['2023-03-03']);
  });
});

describe('dateIn for a web address', () => {
  const ref = { date: new Date('2026-03-20T12:00:00Z'), own: true, day: true };

  it("reads no date in an address's path: it is the linked page's", () => {
    expect(dateIn('http://example.lu/wp/2012/05/13/a-guide-to-packaging/', ref)).toBeNull();
    expect(dateIn('See www.example.org/2019/11/05/notes for the notes.', ref)).toBeNull();
    expect(
      dateIn('The guide at https://example.lu/2012/05/13/guide/ was updated on Monday.', ref)?.date,
    ).toBe('2026-03-16');
  });
});

describe('dateIn for a weekday and a day of the month', () => {
  // a Friday
  const ref = { date: new Date('2026-03-20T12:00:00Z'), own: true, day: true };
  const date = (text: string) => dateIn(text, ref)?.date ?? null;

  it('dates "Monday the 9th" the nearest such day, not the Monday of the report\'s week', () => {
    expect(date('The meeting was held on Monday, the 9th.')).toBe('2026-03-09');
    expect(date('The council met on Friday the 13th.')).toBe('2026-03-13');
    expect(date('He resigned on Wednesday the 31st.')).toBe('2025-12-31');
    expect(dateIn('The council will meet on Friday the 27th.', ref)).toMatchObject({
      date: '2026-03-27',
      ahead: true,
    });
  });

  it('dates none when no month near the report has it', () => {
    expect(date('A student is murdered on her birthday, Monday the 18th.')).toBeNull();
    expect(date('Police said on Monday the suspect fled.')).toBe('2026-03-16');
  });
});
