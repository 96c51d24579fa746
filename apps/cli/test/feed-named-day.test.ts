import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { feedWorkspace, publishFeed, scheduledRun, serveForFile } from './web-server.js';

// Read in session 91 (review93): a feed of market reports read on three mornings dated a report's
// "Today marked a day in history, when 20 years ago … crashed, on what is known as Black Monday", of
// Saturday 20 October 2007, to Monday 15 October: a day history named read as the weekday of the
// report's week, in the timeline and the key points. Invented pages of the same shape.
const server = serveForFile();

describe('a report that names a day history named', () => {
  it('dates its "today" to its own day, not to that weekday of its week', async () => {
    const pages = [
      {
        title: 'Harbour index recalls its Black Tuesday',
        date: '2026-02-14',
        paragraphs: [
          'Today marked a day in history, when ten years ago the harbour index lost a third of its value, on what is known as Black Tuesday.',
          'The harbour index fell 3% on Tuesday as shipping rates slid, traders at the quay exchange said.',
        ],
      },
      {
        title: 'Shipping rates slide for a second week',
        date: '2026-02-13',
        paragraphs: [
          'Shipping rates slid for a second week on Friday as the harbour index lost another 2% of its value.',
          'Freight brokers at the quay exchange said that demand for bulk carriers had weakened since January.',
        ],
      },
    ];
    const feed = publishFeed(
      server,
      pages.map((page, i) => ({ ...page, path: `/markets/${i}.html` })),
    );
    const dir = feedWorkspace(feed);
    const { fetched, built } = await scheduledRun(dir, '2026-02-15');
    expect([fetched, built.code]).toEqual([0, 0]);
    const model = JSON.parse(fs.readFileSync(path.join(dir, 'out/morning.json'), 'utf8')) as {
      timeline: { date: string; text: string }[];
    };
    const dated = (start: string) =>
      model.timeline.filter((e) => e.text.startsWith(start)).map((e) => e.date);
    // since session 97 (timeline103) a day that marks years gone by is background, no event at all: the
    // line is on neither the weekday of its week nor its own day (the model's fixture
    // timeline-an-anniversary-is-no-event pins the rule)
    expect(dated('Today marked a day in history')).toEqual([]);
    // a weekday alone is still the report's week's
    expect(dated('The harbour index fell 3% on Tuesday')).toEqual(['2026-02-10']);
  });
});
