import { describe, expect, it } from 'vitest';
import type { Citation, KeyPoint, TimelineEvent } from '../src/briefing.js';
import { datedByTimeline } from '../src/key-point-dates.js';

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
