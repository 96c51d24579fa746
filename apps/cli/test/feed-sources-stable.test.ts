import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  articlePage,
  feedWorkspace,
  paragraphsOf,
  rssFeed,
  scheduledRun,
  serveForFile,
} from './web-server.js';

// Read in session 89: sources were ordered by their archive file's name, a hash of its content, so the
// `[n]` of citations shifted every morning (5 of 10 sources renumbered on day 2, 9 of 14 on day 3) and a
// page corrected under its URL got a new id and anchor. Sources now take their id from their URL and
// are numbered by publication date, then id: yesterday's keep their number and id as new ones arrive.
const server = serveForFile();
let dir: string;

const PAGES: { file: string; date: string }[] = [
  { file: 'corpus/al-fassel-long-term-partnership.txt', date: '2024-04-18' },
  { file: 'corpus/us-vision-real-security-reform.txt', date: '2024-04-19' },
  { file: 'corpus/strategic-council-us-withdrawal-approach.txt', date: '2024-04-20' },
  { file: 'corpus/joint-operations-foreign-forces.txt', date: '2024-04-21' },
  { file: 'corpus/alwaght-nato-mission-boost.txt', date: '2024-04-22' },
];
const slug = (file: string) => path.basename(file).replace(/\.\w+$/, '');
const CORRECTION =
  'Correction: an earlier version of this article gave the wrong day for the meeting of the two delegations.';

/** Publishes the first `count` pages (the one at `corrected` with a correction) and a feed of them, newest first. */
function publish(count: number, corrected?: number): void {
  server.routes.clear();
  const pages = PAGES.slice(0, count);
  pages.forEach(({ file, date }, i) => {
    const { title, paragraphs } = paragraphsOf(file);
    server.routes.set(`/news/${slug(file)}.html`, {
      type: 'text/html; charset=utf-8',
      body: articlePage(title, date, i === corrected ? [...paragraphs, CORRECTION] : paragraphs),
    });
  });
  const items = pages
    .map(({ file }) => ({ title: slug(file), link: `${server.origin}/news/${slug(file)}.html` }))
    .reverse();
  server.routes.set('/feed.rss', { type: 'application/rss+xml', body: rssFeed(items) });
}

beforeAll(() => {
  dir = feedWorkspace(`${server.origin}/feed.rss`);
});

/** One scheduled run (fetch into the archive, then build from it alone): each source's URL → [number, id]. */
async function run(day: string): Promise<Map<string, [number, string]>> {
  const { fetched, built } = await scheduledRun(dir, day);
  expect([fetched, built.code]).toEqual([0, 0]);
  const model = JSON.parse(fs.readFileSync(path.join(dir, 'out/morning.json'), 'utf8')) as {
    sources: { id: string; url: string; path: string }[];
  };
  // the HTML numbers its sources list in the same order, each item anchored by the source's id
  const html = fs.readFileSync(path.join(dir, 'out/morning.html'), 'utf8');
  const anchors = [...html.matchAll(/<li id="src-([^"]+)">/g)].map((m) => m[1]);
  expect(anchors).toEqual(model.sources.map((s) => s.id));
  return new Map(model.sources.map((s, i) => [s.url.replace(server.origin, ''), [i + 1, s.id]]));
}

describe('a feed read on three days', () => {
  it("keeps the number and id of yesterday's sources as new ones arrive and one is corrected", async () => {
    publish(3);
    const day1 = await run('2024-04-21');
    expect([...day1.values()].map(([n]) => n)).toEqual([1, 2, 3]);
    // numbered by publication date, and named after their URL, not their archive file
    expect([...day1.keys()]).toEqual(PAGES.slice(0, 3).map(({ file }) => `/news/${slug(file)}.html`));
    for (const [url, [, id]] of day1) expect(id).toMatch(new RegExp(`^${slug(url)}-[0-9a-f]{8}$`));

    publish(4, 2); // a new page, and the third one corrected under its URL
    const day2 = await run('2024-04-22');
    expect(day2.size).toBe(4);
    for (const [url, kept] of day1) expect(day2.get(url)).toEqual(kept);

    publish(5, 1); // another new page, and the second one corrected
    const day3 = await run('2024-04-23');
    expect(day3.size).toBe(5);
    for (const [url, kept] of day2) expect(day3.get(url)).toEqual(kept);
    expect(day3.get(`/news/${slug(PAGES[4]?.file ?? '')}.html`)?.[0]).toBe(5);
  });
});
