import { describe, expect, it } from 'vitest';
import { gist } from '../src/brief-helpers.js';
import { foldCitations } from '../src/citation-marks.js';
import { formatDate } from '../src/format-date.js';
import { timelineSvg } from '../src/helpers.js';

describe('formatDate', () => {
  it('writes each shape of a partial date for people, and leaves what is not a date', () => {
    expect(
      [
        '2020-01-05',
        '2024-03',
        '--03-27',
        '--02-29',
        '2014',
        '2024-05-01T09:30:00.000Z',
        '0099-12-31',
        '2024-13',
        'soon',
        7,
      ].map((d) => formatDate(d)),
    ).toEqual([
      '5 January 2020',
      'March 2024',
      '27 March',
      '29 February',
      '2014',
      '1 May 2024',
      '31 December 99',
      '2024',
      'soon',
      '',
    ]);
  });
});

describe('foldCitations', () => {
  it('gives each source one marker in the order first cited, its quotes once each, a headline marked', () => {
    const at = (sourceId: string, quote: string, part?: 'title') => ({
      sourceId,
      quote,
      start: 0,
      end: 1,
      part,
    });
    expect(
      foldCitations([
        at('b', 'Norvale Transit cut the night buses.'),
        at('a', 'The night buses were cut.'),
        at('b', 'Norvale Transit cuts night buses', 'title'),
        at('a', 'The night buses were cut.'),
      ]),
    ).toEqual([
      {
        sourceId: 'b',
        title: 'Norvale Transit cut the night buses. — Headline: Norvale Transit cuts night buses',
      },
      { sourceId: 'a', title: 'The night buses were cut.' },
    ]);
    expect(foldCitations(undefined)).toEqual([]);
  });
});

describe('timelineSvg', () => {
  it('escapes the text of an event', () => {
    const svg = timelineSvg([
      { date: '2024-01-02', text: '<script>"x" & \'y\'</script>', citations: [] },
    ] as unknown as Parameters<typeof timelineSvg>[0]);
    expect(svg).toContain(
      '<title>2 January 2024: &lt;script&gt;&quot;x&quot; &amp; &#x27;y&#x27;&lt;/script&gt;</title>',
    );
    expect(svg).not.toContain('<script>');
  });

  it("curls the straight marks of an event's text in its tooltip, as the dated list does", () => {
    const svg = timelineSvg([
      { date: '2024-01-02', text: 'The plan, called "Way Forward", ends the losses.', citations: [] },
    ] as unknown as Parameters<typeof timelineSvg>[0]);
    expect(svg).toContain('<title>2 January 2024: The plan, called “Way Forward”, ends the losses.</title>');
  });

  it('labels marks with dates as people write them, and never lets two labels of one level touch', () => {
    const dates = [
      '2021',
      '2022',
      '2025-12',
      '2026',
      '2026-09',
      '2026-10',
      '2026-11-05',
      '2026-11-06',
      '2026-11-11',
    ];
    const svg = timelineSvg(dates.map((date) => ({ date, text: 'x', citations: [] })) as never);
    const labels = [...svg.matchAll(/<text x="([\d.]+)" y="(\d+)"[^>]*>([^<]+)<\/text>/g)].map((m) => ({
      x: Number(m[1]),
      y: m[2],
      text: m[3] as string,
    }));
    expect(labels.map((l) => l.text)).toEqual(expect.arrayContaining(['2021', 'Dec 2025', '11 Nov 2026']));
    for (const a of labels)
      for (const b of labels)
        if (a !== b && a.y === b.y)
          expect(Math.abs(a.x - b.x), `${a.text} and ${b.text}`).toBeGreaterThanOrEqual(
            (a.text.length + b.text.length) * 2.8 + 6,
          );
  });

  it('labels the latest events first, each date once, and never draws a leader line through a label', () => {
    const dates = ['2003', '2014', '2020-01-05', '2020-12-23', '2021', '2021', '2023-05-04', '2024-01-25'];
    const svg = timelineSvg(
      [...dates, '2024-01-27', '2024-04-08', '2024-04-15'].map((date) => ({
        date,
        text: 'x',
        citations: [],
      })) as never,
    );
    const parts = [
      ...svg.matchAll(
        /<line x1="([\d.]+)" y1="65" x2="[\d.]+" y2="(\d+)"[^>]*\/><text x="[\d.]+" y="(\d+)"[^>]*>([^<]+)</g,
      ),
    ];
    const labels = parts.map((m) => ({
      x: Number(m[1]),
      end: Number(m[2]),
      y: Number(m[3]),
      text: m[4] as string,
    }));
    expect(labels.map((l) => l.text)).toEqual(expect.arrayContaining(['2003', '5 Jan 2020', '15 Apr 2024']));
    expect(labels.filter((l) => l.text === '2021')).toHaveLength(1);
    for (const leader of labels)
      for (const label of labels) {
        // a label's text spans 8 units above its baseline; the leader runs from the axis (65) to its end
        const [top, bottom] = [label.y - 8, label.y];
        const crosses = leader.end < 65 ? leader.end < bottom && top < 65 : leader.end > top && bottom > 65;
        if (leader === label || !crosses) continue;
        expect(Math.abs(leader.x - label.x), `${leader.text}'s leader and ${label.text}`).toBeGreaterThan(
          label.text.length * 2.8,
        );
      }
  });
});

describe('gist', () => {
  it('keeps the first words of a long text and " …", and gives nothing for a text not three words longer', () => {
    const lead = 'one two three four five six seven eight';
    expect(gist(lead, 5)).toBe('one two three four five …');
    expect(gist(lead, 6)).toBe('');
    expect(gist('  spaced   out text with more words  ', 2)).toBe('spaced out …');
    // a cut after a comma or a dash drops it: "islands, …" reads as a pause, "islands …" as a cut
    expect(gist('to the islands, after a year of talks', 3)).toBe('to the islands …');
    expect(gist('to the islands — after a year of talks', 4)).toBe('to the islands …');
    expect(gist(lead, 0)).toBe('');
  });
});
