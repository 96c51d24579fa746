import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  articlePage,
  briefAsync,
  feedWorkspace,
  paragraphsOf,
  rssFeed,
  scheduledRun,
  serveForFile,
} from './web-server.js';

// Read in session 90: numbered by publication date alone, a new page dated the same day as yesterday's
// or earlier (a feed lists late what was written days ago) moved the `[n]` of every source after it, so
// an analyst's "[2]" of yesterday was another article today; and a story's title, chosen anew from all
// its sources' titles, changed as reports joined it under the same story id. The output folder's
// manifest now keeps each brief's order of sources and its stories' titles for the next run.
const server = serveForFile();

const FILES = [
  'corpus/al-fassel-long-term-partnership.txt',
  'corpus/us-vision-real-security-reform.txt',
  'corpus/strategic-council-us-withdrawal-approach.txt',
  'corpus/joint-operations-foreign-forces.txt',
  'corpus/alwaght-nato-mission-boost.txt',
];
const slug = (file: string) => path.basename(file).replace(/\.\w+$/, '');
const urlOf = (i: number) => `/news/${slug(FILES[i] ?? '')}.html`;

/** Publishes the pages given (index into FILES → date, and a title when not the file's) and a feed of them. */
function publish(pages: { i: number; date: string; title?: string }[]): void {
  server.routes.clear();
  for (const { i, date, title } of pages) {
    const read = paragraphsOf(FILES[i] ?? '');
    server.routes.set(urlOf(i), {
      type: 'text/html; charset=utf-8',
      body: articlePage(title ?? read.title, date, read.paragraphs),
    });
  }
  const items = pages.map(({ i }) => ({ title: slug(FILES[i] ?? ''), link: `${server.origin}${urlOf(i)}` }));
  server.routes.set('/feed.rss', { type: 'application/rss+xml', body: rssFeed(items.reverse()) });
}

interface Model {
  sources: { id: string; url: string }[];
  stories: { id: string; title: string; sourceIds: string[] }[];
  changes: { removedSources: { url: string; number?: number }[] } | null;
}

const modelOf = (dir: string, out = 'out'): Model =>
  JSON.parse(fs.readFileSync(path.join(dir, out, 'morning.json'), 'utf8')) as Model;

/** Each source's path on the server, in the order of the sources list (its place is its `[n]`). */
const numbered = (model: Model) => model.sources.map((s) => s.url.replace(server.origin, ''));

/** One scheduled run (fetch into the archive, then build from it alone); its model. */
async function run(dir: string, day: string): Promise<Model> {
  const { fetched, built } = await scheduledRun(dir, day);
  expect([fetched, built.code]).toEqual([0, 0]);
  return modelOf(dir);
}

describe('a feed whose new pages are dated before yesterday’s', () => {
  it('keeps yesterday’s numbers, closes up after a page gone, and builds the same bytes offline', async () => {
    const dir = feedWorkspace(`${server.origin}/feed.rss`);
    const day1 = [
      { i: 0, date: '2024-04-18' },
      { i: 1, date: '2024-04-19' },
      { i: 2, date: '2024-04-20' },
    ];
    publish(day1);
    // a first build, with no history, numbers by publication date
    expect(numbered(await run(dir, '2024-04-21'))).toEqual([urlOf(0), urlOf(1), urlOf(2)]);

    // one page written before all of yesterday's, one the same day as the second: both go after them
    publish([...day1, { i: 3, date: '2024-04-17' }, { i: 4, date: '2024-04-19' }]);
    expect(numbered(await run(dir, '2024-04-22'))).toEqual([
      urlOf(0),
      urlOf(1),
      urlOf(2),
      urlOf(3),
      urlOf(4),
    ]);

    // the second page leaves the feed: those after it close up (the list has no gaps), in the same order
    publish(
      [day1[0], day1[2], { i: 3, date: '2024-04-17' }, { i: 4, date: '2024-04-19' }].flatMap((p) =>
        p ? [p] : [],
      ),
    );
    fs.cpSync(path.join(dir, 'out'), path.join(dir, 'out-fetching'), { recursive: true });
    const day3 = await run(dir, '2024-04-23');
    expect(numbered(day3)).toEqual([urlOf(0), urlOf(2), urlOf(3), urlOf(4)]);
    // and the page gone is said gone with the number it had, now another source's
    const gone = day3.changes?.removedSources ?? [];
    expect(gone.map((s) => [s.url.replace(server.origin, ''), s.number])).toEqual([[urlOf(1), 2]]);
    expect(fs.readFileSync(path.join(dir, 'out/morning.html'), 'utf8')).toContain(
      '([2] in the last brief, no longer among the sources)',
    );

    // the run that fetches writes the same bytes as the one from the archive, with the same history
    const env = { SOURCE_DATE_EPOCH: String(Date.parse('2024-04-23T05:30:00Z') / 1000) };
    const fetching = await briefAsync(['build', '--out', 'out-fetching'], dir, env);
    expect(fetching.code).toBe(0);
    for (const f of ['morning.json', 'morning.html'])
      expect(fs.readFileSync(path.join(dir, 'out-fetching', f))).toEqual(
        fs.readFileSync(path.join(dir, 'out', f)),
      );

    // a new output folder has no history: its brief numbers by date, as a first build does
    const fresh = await briefAsync(['build', '--offline', '--out', 'out-fresh'], dir, env);
    expect(fresh.code).toBe(0);
    expect(numbered(modelOf(dir, 'out-fresh'))).toEqual([urlOf(3), urlOf(0), urlOf(4), urlOf(2)]);
  });
});

describe('a story that reports join day by day', () => {
  it('keeps its title until it has doubled since the title was chosen, then titles it afresh', async () => {
    const dir = feedWorkspace(`${server.origin}/feed.rss`);
    // invented titles: the later ones share most words with the second, none with the first
    const titled = [
      { i: 0, date: '2024-04-15', title: 'Baghdad and Washington open a new round of meetings' },
      { i: 1, date: '2024-04-16', title: 'Coalition troops to leave Iraq as withdrawal talks advance' },
      { i: 2, date: '2024-04-17', title: 'Withdrawal talks on coalition troops in Iraq advance' },
      { i: 3, date: '2024-04-18', title: 'Iraq presses coalition troops on withdrawal talks' },
      { i: 4, date: '2024-04-19', title: 'Coalition troops withdrawal talks in Iraq stall' },
    ];
    const story = (model: Model) => {
      expect(model.stories).toHaveLength(1);
      return model.stories[0] as Model['stories'][number];
    };
    /** A build of the same sources into a new output folder, with no history. */
    const fresh = async (day: string) => {
      const env = { SOURCE_DATE_EPOCH: String(Date.parse(`${day}T05:30:00Z`) / 1000) };
      fs.rmSync(path.join(dir, 'out-fresh'), { recursive: true, force: true });
      expect((await briefAsync(['build', '--offline', '--out', 'out-fresh'], dir, env)).code).toBe(0);
      return story(modelOf(dir, 'out-fresh'));
    };
    publish(titled.slice(0, 2));
    const day1 = story(await run(dir, '2024-04-20'));
    expect(day1.title).toBe(titled[0]?.title);
    // three and four sources, the title chosen at two: the same story (its earliest source stays), the
    // same title, where a fresh build titles it after its most central title
    for (const [count, day] of [
      [3, '2024-04-21'],
      [4, '2024-04-22'],
    ] as const) {
      publish(titled.slice(0, count));
      const next = story(await run(dir, day));
      expect([next.id, next.title]).toEqual([day1.id, day1.title]);
      expect((await fresh(day)).title).not.toBe(day1.title);
    }
    // five: more than twice two, titled afresh, as a build with no history titles it
    publish(titled);
    const day4 = story(await run(dir, '2024-04-23'));
    expect(day4.id).toBe(day1.id);
    expect(day4.title).not.toBe(day1.title);
    expect(day4.title).toBe((await fresh('2024-04-23')).title);
  });
});
