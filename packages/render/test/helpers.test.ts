import { describe, expect, it } from 'vitest';
import { formatDate, timelineSvg } from '../src/helpers.js';

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
    expect(labels.map((l) => l.text)).toEqual(expect.arrayContaining(['2021', 'Dec 2025', '5 Nov 2026']));
    for (const a of labels)
      for (const b of labels)
        if (a !== b && a.y === b.y)
          expect(Math.abs(a.x - b.x), `${a.text} and ${b.text}`).toBeGreaterThanOrEqual(
            (a.text.length + b.text.length) * 2.8 + 6,
          );
  });
});
