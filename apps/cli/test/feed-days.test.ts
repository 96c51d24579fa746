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

// Read in session 89: a feed read on three days, as a scheduled job runs it (`brief fetch`, then
// `brief build --offline`). Real feeds drop items and pages are corrected under their URL: on day 2
// here one page has left the feed (and answers 404) and another carries a correction. "New since the
// last brief" had said neither: 15 sources and 5 new made 19, and the corrected page looked unchanged.
// On a quiet morning after, the brief was skipped as unchanged and kept saying yesterday's news.
const server = serveForFile();
let dir: string;

const FILES = [
  'corpus/al-fassel-long-term-partnership.txt',
  'corpus/us-vision-real-security-reform.txt',
  'corpus/strategic-council-us-withdrawal-approach.txt',
  'corpus/joint-operations-foreign-forces.txt',
];
const slug = (file: string) => path.basename(file).replace(/\.\w+$/, '');
const CORRECTION =
  'Correction: an earlier version of this article gave the wrong day for the meeting of the two delegations.';

/** Publishes the pages of `files` (the one named in `corrected` with a correction) and a feed of them. */
function publish(files: string[], corrected?: string): void {
  server.routes.clear();
  for (const file of files) {
    const { title, paragraphs } = paragraphsOf(file);
    server.routes.set(`/news/${slug(file)}.html`, {
      type: 'text/html; charset=utf-8',
      body: articlePage(title, '2024-04-20', file === corrected ? [...paragraphs, CORRECTION] : paragraphs),
    });
  }
  const items = files.map((f) => ({ title: slug(f), link: `${server.origin}/news/${slug(f)}.html` }));
  server.routes.set('/feed.rss', { type: 'application/rss+xml', body: rssFeed(items) });
}

beforeAll(() => {
  dir = feedWorkspace(`${server.origin}/feed.rss`);
});

/** One scheduled run: fetch into the archive, then build from it alone. */
async function run(day: string) {
  const { fetched, built } = await scheduledRun(dir, day, ['--json']);
  expect(fetched).toBe(0);
  return built;
}

describe('a feed read on four days', () => {
  it('says which sources left the feed and which pages changed, besides the new ones', async () => {
    const [a, b, c, d] = FILES as [string, string, string, string];
    publish([a, b, c]);
    const day1 = await run('2024-04-21');
    expect(day1.code).toBe(0);

    const cited = (
      JSON.parse(fs.readFileSync(path.join(dir, 'out/morning.json'), 'utf8')) as {
        sources: { url: string; path: string }[];
      }
    ).sources.find((s) => s.url.endsWith(`/news/${slug(c)}.html`))?.path;
    publish([b, c, d], c);
    const day2 = await run('2024-04-22');
    expect(day2.code).toBe(0);
    // the text the day-1 brief cites stays in the archive for the retention period, though replaced
    expect(cited).toMatch(/^archive\/[0-9a-f]{32}\.html$/);
    expect(fs.existsSync(path.join(dir, cited as string))).toBe(true);
    const local = (urls: string[] | undefined) => (urls ?? []).map((u) => u.replace(server.origin, ''));
    const { changes } = (
      JSON.parse(day2.stdout) as {
        briefs: { changes: { newSources: string[]; updatedSources?: string[]; removedSources?: string[] } }[];
      }
    ).briefs[0] ?? { changes: { newSources: [] } };
    expect(local(changes.newSources)).toEqual([`/news/${slug(d)}.html`]);
    expect(local(changes.updatedSources)).toEqual([`/news/${slug(c)}.html`]);
    expect(local(changes.removedSources)).toEqual([`/news/${slug(a)}.html`]);
    expect(day2.stderr).toMatch(
      /brief morning: new since [^:]+:\d\d:\d\d\.000Z: 1 source\(s\), 1 with changed text, 1 no longer listed,/,
    );
    expect(day2.stderr).toContain(
      `brief morning: no longer among the sources: ${server.origin}/news/${slug(a)}.html ([1] in the last brief)`,
    );

    const html = fs.readFileSync(path.join(dir, 'out/morning.html'), 'utf8');
    const section = html.slice(
      html.indexOf('id="whats-new"'),
      html.indexOf('</section>', html.indexOf('id="whats-new"')),
    );
    expect(section).toMatch(/1 new source,\s+1 source changed,\s+1 source no longer listed,/);
    expect(section).toContain('(text changed since the last brief)');
    expect(section).toContain(`${server.origin}/news/${slug(a)}.html`);
    // with the number it had, which the sources after it no longer have
    expect(section).toContain('([1] in the last brief, no longer among the sources)');
    const model = JSON.parse(fs.readFileSync(path.join(dir, 'out/morning.json'), 'utf8')) as {
      sources: { id: string; url: string }[];
      changes: { updatedSourceIds: string[] };
    };
    const corrected = model.sources.find((s) => s.url.endsWith(`/news/${slug(c)}.html`));
    expect(model.changes.updatedSourceIds).toEqual([corrected?.id]);

    // a quiet morning (the same feed, the same pages) says there is nothing new since yesterday: it had
    // been skipped as unchanged, and yesterday's brief went on saying "1 new source" as today's
    const day3 = await run('2024-04-23');
    expect(day3.code).toBe(0);
    expect((JSON.parse(day3.stdout) as { briefs: { status: string }[] }).briefs[0]?.status).toBe('built');
    const quiet = fs.readFileSync(path.join(dir, 'out/morning.html'), 'utf8');
    expect(quiet).toContain(
      'Nothing new since the brief of <time datetime="2024-04-22T05:30:00.000Z">22 April 2024</time>',
    );
    // and the morning after that, with nothing new to retract, the brief is left as it is
    const day4 = await run('2024-04-24');
    expect((JSON.parse(day4.stdout) as { briefs: { status: string }[] }).briefs[0]?.status).toBe('unchanged');
  });
});
