import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  articlePage,
  feedWorkspace,
  paragraphsOf,
  rssFeed,
  scheduledRun,
  serveForFile,
} from './web-server.js';

// Read in session 90: a feed of one site whose pages' titles end in its name of five words ("Headline -
// Wikinews, the free news source"): the parser reads a site's name from a title only when it is shorter
// than the headline, so one page of ten, with a headline of five words, had no outlet. Its label was
// then the host, the brief held two "outlets", and every point and event of it read "(according to
// Wikinews, the free news source)" — what session 89 had ended for a folder of one outlet.
const server = serveForFile();
const SITE = 'Gull Harbour Free News Service';

const PAGES = [
  {
    file: 'corpus/al-fassel-long-term-partnership.txt',
    date: '2024-04-18',
    title: 'Iraq and the United States talk of a long partnership',
  },
  {
    file: 'corpus/us-vision-real-security-reform.txt',
    date: '2024-04-19',
    title: 'Washington sets out its vision of security reform in Iraq',
  },
  {
    file: 'corpus/strategic-council-us-withdrawal-approach.txt',
    date: '2024-04-20',
    title: 'A strategic council weighs how coalition troops would withdraw',
  },
  // a headline of five words, no longer than the site's name
  {
    file: 'corpus/joint-operations-foreign-forces.txt',
    date: '2024-04-21',
    title: 'Iraq reviews joint operations plan',
  },
];

describe('a feed of one site whose name one page’s title does not give', () => {
  it('names no outlet on a point', async () => {
    const items = PAGES.map(({ file, date, title }, i) => {
      const { paragraphs } = paragraphsOf(file);
      const headline = title;
      const url = `/news/${i}.html`;
      server.routes.set(url, {
        type: 'text/html; charset=utf-8',
        body: articlePage(headline, date, paragraphs).replace(
          `<title>${headline}</title>`,
          `<title>${headline} - ${SITE}</title>`,
        ),
      });
      return { title: headline, link: `${server.origin}${url}` };
    });
    server.routes.set('/feed.rss', { type: 'application/rss+xml', body: rssFeed(items.reverse()) });
    const dir = feedWorkspace(`${server.origin}/feed.rss`);
    const { fetched, built } = await scheduledRun(dir, '2024-04-22');
    expect([fetched, built.code]).toEqual([0, 0]);
    const model = JSON.parse(fs.readFileSync(path.join(dir, 'out/morning.json'), 'utf8')) as {
      sources: { outlet: string | null }[];
    };
    // the parser's reading is as it was: one page without the site's name
    expect(model.sources.map((s) => s.outlet).sort()).toEqual([SITE, SITE, SITE, null]);
    const html = fs.readFileSync(path.join(dir, 'out/morning.html'), 'utf8');
    expect(html).not.toContain('(according to');
    expect(html).not.toMatch(/(Gull Harbour|127\.0\.0\.1)[^<]* says/);
    // the frames table's rows name each page by its short title after its number: not "[4] Gull Harbour
    // Free News Service [4]" for the page without the site's name (review94), nor the site's name on
    // every row, which says nothing the number does not (session 92)
    const frames = html.slice(html.indexOf('<section id="perspectives"'));
    const rows = frames
      .slice(0, frames.indexOf('</table>'))
      .matchAll(/<th scope="row"><a [^>]*>\[\d+\]<\/a> ([^<]*)</g);
    expect([...rows].map(([, name]) => name)).toEqual([
      '“Iraq and the United States …”',
      '“Washington sets out its vision …”',
      '“A strategic council weighs how …”',
      '“Iraq reviews joint operations plan”',
    ]);
  });
});
