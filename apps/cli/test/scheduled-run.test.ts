import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempWorkspace } from './helpers.js';
import { articlePage, briefAsync, jsonFeed, paragraphsOf, rssFeed, serveForFile } from './web-server.js';

// Day 1 builds from two feeds (RSS 2.0 and JSON Feed); on day 2 each gains items. The second run must
// fetch only what changed (the server sees conditional requests and answers 304), say what is new,
// and the same run with --offline from the archive must write byte-identical files.
const server = serveForFile();
let dir: string;
const env = { SOURCE_DATE_EPOCH: '1714521600' };

const DAY1_A = ['corpus/al-fassel-long-term-partnership.txt', 'corpus/us-vision-real-security-reform.txt'];
const DAY1_B = [
  'corpus/strategic-council-us-withdrawal-approach.txt',
  'corpus/joint-operations-foreign-forces.txt',
];
const DAY2_A = ['apps/cli/test/fixtures/unrelated-story/drought-emergency-declared.md'];
const DAY2_B = [
  'apps/cli/test/fixtures/unrelated-story/drought-farmers-irrigation.md',
  'apps/cli/test/fixtures/unrelated-story/drought-desalination-plans.md',
];
const slug = (file: string) => path.basename(file).replace(/\.\w+$/, '');

function publish(feedA: string[], feedB: string[]): void {
  const o = server.origin;
  for (const file of [...feedA, ...feedB]) {
    const { title, paragraphs } = paragraphsOf(file);
    server.routes.set(`/news/${slug(file)}.html`, {
      type: 'text/html; charset=utf-8',
      body: articlePage(title, file.includes('drought') ? '2024-02-06' : '2024-04-20', paragraphs),
    });
  }
  const items = (files: string[]) =>
    files.map((f) => ({ title: slug(f), link: `${o}/news/${slug(f)}.html` }));
  server.routes.set('/a.rss', { type: 'application/rss+xml', body: rssFeed(items(feedA)) });
  server.routes.set('/b.json', { type: 'application/feed+json', body: jsonFeed(items(feedB)) });
}

beforeAll(() => {
  dir = tempWorkspace(false);
  const config = {
    out: 'out',
    fetch: { allow: ['127.0.0.0/8'], timeout: 5, perHost: { interval: 0 } },
    briefs: [
      {
        id: 'daily',
        formats: ['json', 'html'],
        sources: [{ feed: `${server.origin}/a.rss` }, { feed: `${server.origin}/b.json` }],
      },
    ],
  };
  fs.writeFileSync(path.join(dir, 'briefing.config.json'), JSON.stringify(config, null, 2));
});

describe('a scheduled run', () => {
  it('fetches only what changed, says what is new, and rebuilds the same bytes offline', async () => {
    publish(DAY1_A, DAY1_B);
    const day1 = await briefAsync(['build', '--json'], dir, env);
    expect(day1.stderr).not.toContain('error');
    expect(day1.code).toBe(0);
    fs.cpSync(path.join(dir, 'out'), path.join(dir, 'out-offline'), { recursive: true });

    publish([...DAY2_A, ...DAY1_A], [...DAY2_B, ...DAY1_B]);
    server.seen.length = 0;
    const day2 = await briefAsync(['build', '--json'], dir, env);
    expect(day2.code).toBe(0);
    // the day-1 pages were asked for with their ETag and not sent again; the new ones were fetched
    const pages = server.seen
      .filter((s) => s.path.startsWith('/news/'))
      .map((s) => `${s.path} ${s.status}${s.ifNoneMatch ? ' conditional' : ''}`)
      .sort();
    expect(pages).toEqual([
      '/news/al-fassel-long-term-partnership.html 304 conditional',
      '/news/drought-desalination-plans.html 200',
      '/news/drought-emergency-declared.html 200',
      '/news/drought-farmers-irrigation.html 200',
      '/news/joint-operations-foreign-forces.html 304 conditional',
      '/news/strategic-council-us-withdrawal-approach.html 304 conditional',
      '/news/us-vision-real-security-reform.html 304 conditional',
    ]);
    const summary = JSON.parse(day2.stdout) as {
      briefs: { changes: { newSources: string[] } }[];
      fetch: { fetched: number; notModified: number; failed: number };
    };
    expect(summary.briefs[0]?.changes.newSources.map((u) => u.replace(server.origin, '')).sort()).toEqual([
      '/news/drought-desalination-plans.html',
      '/news/drought-emergency-declared.html',
      '/news/drought-farmers-irrigation.html',
    ]);
    expect(summary.fetch).toMatchObject({ fetched: 5, notModified: 4, failed: 0 });
    expect(day2.stderr).toMatch(/brief daily: new since 2024-05-01T00:00:00.000Z: 3 source\(s\)/);
    const html = fs.readFileSync(path.join(dir, 'out/daily.html'), 'utf8');
    expect(html).toContain('New since the last brief');
    expect(html).toContain(
      'Compared with the brief of <time datetime="2024-05-01T00:00:00.000Z">1 May 2024</time>:',
    );
    // the feeds now carry two unrelated stories: one section each
    const model = JSON.parse(fs.readFileSync(path.join(dir, 'out/daily.json'), 'utf8')) as {
      stories: { sourceIds: string[] }[];
      sources: { id: string; url: string }[];
    };
    const urlOf = new Map(model.sources.map((s) => [s.id, s.url.replace(server.origin, '')]));
    expect(model.stories.map((s) => s.sourceIds.map((id) => urlOf.get(id)).sort())).toEqual([
      [
        '/news/drought-desalination-plans.html',
        '/news/drought-emergency-declared.html',
        '/news/drought-farmers-irrigation.html',
      ],
      [
        '/news/al-fassel-long-term-partnership.html',
        '/news/joint-operations-foreign-forces.html',
        '/news/strategic-council-us-withdrawal-approach.html',
        '/news/us-vision-real-security-reform.html',
      ],
    ]);

    server.seen.length = 0;
    const offline = await briefAsync(['build', '--offline', '--out', 'out-offline'], dir, env);
    expect(offline.code).toBe(0);
    expect(server.seen).toEqual([]);
    for (const f of ['daily.json', 'daily.html'])
      expect(fs.readFileSync(path.join(dir, 'out-offline', f))).toEqual(
        fs.readFileSync(path.join(dir, 'out', f)),
      );
  });
});
