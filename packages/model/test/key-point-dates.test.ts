import { describe, expect, it } from 'vitest';
import type { Citation, KeyPoint, TimelineEvent } from '../src/briefing.js';
import {
  datedByTimeline,
  measuredMonthsUnderReportDay,
  perfectUnderReportDay,
  thisMonthOfReport,
} from '../src/key-point-dates.js';

const text =
  'Kestrel Works has won orders for 40 trams from Port Avel.\n\nThe first of the new trams was delivered on 3 March.';
const lead = 'Kestrel Works has won orders for 40 trams from Port Avel.';
const second = 'The first of the new trams was delivered on 3 March.';

function cite(start: number, end: number): Citation {
  return { sourceId: 'a', quote: text.slice(start, end), start, end };
}
function line(date: string, start: number, end: number): TimelineEvent {
  const precision = date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year';
  return { date, precision, text: text.slice(start, end), sourceIds: ['a'], citations: [cite(start, end)] };
}
function point(start: number, end: number): KeyPoint {
  return { text: text.slice(start, end), citations: [cite(start, end)] };
}

describe('datedByTimeline: an undated key point takes the date the timeline gives its own sentence', () => {
  const at = text.indexOf(second);
  it("dates a report's lead by its line, not by a line read with it as the sentence before", () => {
    const timeline = [line('2025-03-03', 0, at + second.length), line('2025-03-12', 0, lead.length)];
    expect(datedByTimeline(timeline)([point(0, lead.length)]).map((k) => k.date)).toEqual(['2025-03-12']);
  });

  it('leaves undated a sentence the timeline reads only as the one before another line', () => {
    const timeline = [line('2025-03-03', 0, at + second.length)];
    expect(datedByTimeline(timeline)([point(0, lead.length)]).map((k) => k.date)).toEqual([undefined]);
  });

  it('dates a sentence its line shows with the sentence before by that line', () => {
    const timeline = [line('2025-03-03', 0, at + second.length)];
    expect(datedByTimeline(timeline)([point(at, at + second.length)]).map((k) => k.date)).toEqual([
      '2025-03-03',
    ]);
  });
});

/** A key point of a sentence of source `id`, with the date the sentence states, if any. */
function pointOf(id: string, sentence: string, date?: string): KeyPoint {
  return {
    text: sentence,
    citations: [{ sourceId: id, quote: sentence, start: 0, end: sentence.length }],
    ...(date === undefined ? {} : { date }),
  };
}

describe('measuredMonthsUnderReportDay: a month a reported figure counts is no date of the report', () => {
  const published = new Map([
    ['a', '2025-08-19'],
    ['b', '2025-08'],
  ]);
  const dated = measuredMonthsUnderReportDay(published);
  const reported =
    'Kestrel Bank has reported a first-half loss and an 8% fall in deposits for the month of July.';

  it("shows the report under its report's day", () => {
    expect(dated([pointOf('a', reported, '2025-07')]).map((k) => k.date)).toEqual(['2025-08-19']);
  });

  it('keeps the month of a figure that moved, a report with no day, and a point dated by a day', () => {
    const fell = 'Deposits at Kestrel Bank fell 12% for the month of July, the worst month in a decade.';
    expect(
      dated([
        pointOf('a', fell, '2025-07'),
        pointOf('b', reported, '2025-07'),
        pointOf('a', `${reported.slice(0, -1)} on 18 August.`, '2025-08-18'),
      ]).map((k) => k.date),
    ).toEqual(['2025-07', '2025-07', '2025-08-18']);
  });
});

describe('thisMonthOfReport: an undated point of "this month" takes its report\'s month', () => {
  const published = new Map<string, string | null>([
    ['a', '2025-05'],
    ['b', null],
  ]);
  const dated = thisMonthOfReport(published);
  const meetings =
    'Talks between Kestrel and Norvale ministers this month settled the terms of a new sea route and its quays.';

  it('dates the writer\'s own "this month" by the report\'s month', () => {
    expect(dated([pointOf('a', meetings)]).map((k) => k.date)).toEqual(['2025-05']);
  });

  it('leaves a quotation\'s "this month", a report with no date and a point already dated', () => {
    const quoted =
      '"We will settle the terms this month," the Norvale transport minister Ana Ruiz told reporters.';
    expect(
      dated([pointOf('a', quoted), pointOf('b', meetings), pointOf('a', meetings, '2025-05-14')]).map(
        (k) => k.date,
      ),
    ).toEqual([undefined, undefined, '2025-05-14']);
  });
});

describe("perfectUnderReportDay: an undated point told in the present perfect takes its report's day", () => {
  const published = new Map<string, string | null>([
    ['a', '2025-03-30'],
    ['b', '2025-03'],
  ]);
  const dated = perfectUnderReportDay(published);
  const ordered =
    'After two raids on the Port Avel depots, the Norvale council has ordered the harbour police to find the raiders.';

  it("dates a deed told in the present perfect by its report's day", () => {
    expect(
      dated([
        pointOf('a', ordered),
        pointOf('a', 'Two Kestrel ferries have been withdrawn from the coast line.'),
      ]).map((k) => k.date),
    ).toEqual(['2025-03-30', '2025-03-30']);
  });

  it('leaves a perfect that lasts, one in a relative clause or a quotation, a simple past, a report of no day and a dated point', () => {
    expect(
      dated([
        pointOf('a', 'The Port Avel depots have long been a target of raiders.'),
        pointOf('a', 'The Kestrel Bank, which has lent money to the depots, paid for new locks.'),
        pointOf('a', '"We have ordered new locks," Ana Ruiz said.'),
        pointOf('a', 'The Norvale council ordered the harbour police to find the raiders.'),
        pointOf('b', ordered),
        pointOf('a', ordered, '2025-03-12'),
      ]).map((k) => k.date),
    ).toEqual([undefined, undefined, undefined, undefined, undefined, '2025-03-12']);
  });
});
