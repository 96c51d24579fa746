import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Briefing } from '@briefing/model';
import { describe, expect, it } from 'vitest';
import { renderHtml } from '../src/render-html.js';
import { defaultThemeDir, ejectTheme } from '../src/theme.js';
import { tempDir } from './temp-dir.js';

const briefing: Briefing = {
  id: 'b',
  title: 'Iraq <script>alert(1)</script>',
  subtitle: null,
  generatedAt: '2024-05-01T00:00:00.000Z',
  period: { from: '2024-03-30', to: '2024-04-15' },
  classification: null,
  audience: null,
  keyPoints: [{ text: '{{title}} is data', citations: [{ sourceId: 's', quote: 'x', start: 0, end: 1 }] }],
  actors: [],
  timeline: [],
  quotes: [],
  perspectives: [],
  claims: [],
  sources: [
    {
      id: 's',
      path: 's.txt',
      title: 'A title',
      outlet: 'Outlet',
      authors: [],
      published: null,
      url: null,
      wordCount: 1,
    },
  ],
  stories: [],
  changes: null,
};

describe('renderHtml', () => {
  it('escapes article text and never compiles it as a template', () => {
    const html = renderHtml(briefing);
    expect(html).toContain('Iraq &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('{{title}} is data');
    expect(html).toContain('<a class="cite" href="#src-s" title="x">[1]</a>');
  });
});

describe('the executive summary', () => {
  const points = (html: string) =>
    [
      ...(/<ol class="key-points">([\s\S]*?)<\/ol>/.exec(html)?.[1] ?? '').matchAll(
        /<li>([\s\S]*?) <span class="cites">/g,
      ),
    ].map((m) => m[1]);

  it('dates a point its sentence dates ("on Thursday" in a brief of several years), and only such a point', () => {
    const cited = { sourceId: 's', quote: 'x', start: 0, end: 1 };
    const html = renderHtml({
      ...briefing,
      keyPoints: [
        {
          text: 'The index closed at its lowest level in six years on Thursday.',
          citations: [cited],
          date: '2009-01-15',
        },
        { text: 'Analysts expect a weak year.', citations: [cited] },
        { text: 'The plant closed in March.', citations: [cited], date: '2009-03' },
      ],
    });
    expect(points(html)).toEqual([
      '<time class="point-date" datetime="2009-01-15">15 January 2009</time>: The index closed at its lowest level in six years on Thursday.',
      'Analysts expect a weak year.',
      '<time class="point-date" datetime="2009-03">March 2009</time>: The plant closed in March.',
    ]);
  });
});

describe('the main actors of the bottom line', () => {
  it("say what each did, in its source's words, and cite each; a model without parts lists the names", () => {
    const source = (id: string) => ({ ...(briefing.sources[0] as Briefing['sources'][number]), id });
    const ordered = {
      sourceId: 'a',
      quote: 'Norvale Transit ordered 40 trams on Monday.',
      start: 0,
      end: 43,
    };
    const named = { sourceId: 'b', quote: 'The Kestrel Union met in Hallam.', start: 0, end: 32 };
    const item = {
      kind: 'actors' as const,
      text: 'Norvale Transit (ordered 40 trams on Monday); Kestrel Union',
      date: null,
      actors: ['Norvale Transit', 'Kestrel Union'],
      sourceIds: ['a', 'b'],
      citations: [ordered, named],
    };
    const parts = [
      { actor: 'Norvale Transit', did: 'ordered 40 trams on Monday', citations: [ordered] },
      { actor: 'Kestrel Union', did: null, citations: [named] },
    ];
    const line = (withParts: boolean) => {
      const html = renderHtml({
        ...briefing,
        sources: [source('a'), source('b')],
        bottomLine: [withParts ? { ...item, parts } : item],
      });
      // the line's text, each citation marker as its number
      return /<li class="bl-actors">([\s\S]*?)<\/li>/
        .exec(html)?.[1]
        ?.replace(/<a [^>]*>(\[\d\])<\/a>/g, '$1');
    };
    expect([line(true), line(false)]).toMatchInlineSnapshot(`
      [
        "<strong>Main actors:</strong> Norvale Transit (ordered 40 trams on Monday) <span class="cites">[1]</span>; Kestrel Union <span class="cites">[2]</span>",
        "<strong>Main actors:</strong> Norvale Transit and Kestrel Union. <span class="cites">[1][2]</span>
      ",
      ]
    `);
  });

  it('give a source one marker when a part cites its sentence and its headline', () => {
    const source = (id: string) => ({ ...(briefing.sources[0] as Briefing['sources'][number]), id });
    const sentence = { sourceId: 'a', quote: 'Norvale Transit ordered 40 trams.', start: 0, end: 33 };
    const headline = {
      sourceId: 'a',
      quote: 'Norvale orders trams',
      start: 0,
      end: 20,
      part: 'title' as const,
    };
    const html = renderHtml({
      ...briefing,
      sources: [source('a')],
      bottomLine: [
        {
          kind: 'actors' as const,
          text: 'Norvale Transit (ordered 40 trams)',
          date: null,
          actors: ['Norvale Transit'],
          sourceIds: ['a'],
          citations: [sentence, headline],
          parts: [{ actor: 'Norvale Transit', did: 'ordered 40 trams', citations: [sentence, headline] }],
        },
      ],
    });
    expect(/<li class="bl-actors">([\s\S]*?)<\/li>/.exec(html)?.[1]).toMatchInlineSnapshot(
      `"<strong>Main actors:</strong> Norvale Transit (ordered 40 trams) <span class="cites"><a class="cite" href="#src-a" title="Norvale Transit ordered 40 trams. — Headline: Norvale orders trams">[1]</a></span>"`,
    );
  });
});

describe('sources named in a line', () => {
  it('go in the order of their numbers, not of their ids ("source 1, source 2 and source 3")', () => {
    const source = (id: string) => ({
      ...(briefing.sources[0] as Briefing['sources'][number]),
      id,
      outlet: null,
      title: null,
    });
    const cited = { sourceId: 'b', quote: 'x', start: 0, end: 1 };
    const html = renderHtml({
      ...briefing,
      sources: [source('b'), source('a'), source('c')],
      bottomLine: [
        {
          kind: 'split',
          text: 'Valdoria',
          date: null,
          actors: ['Valdoria'],
          sourceIds: ['a', 'b', 'c'],
          citations: [cited],
          sides: [{ stance: 'negative', sourceIds: ['c', 'a', 'b'] }],
        },
      ],
    });
    expect(/<li class="bl-split">[\s\S]*?<\/strong> ([^<]*)/.exec(html)?.[1]).toBe(
      'source 1, source 2 and source 3: critical. ',
    );
  });
});

describe('a source with no outlet', () => {
  it('is named by its site when it has an address, else by its title, short, else by its number', () => {
    const source = (id: string, url: string | null, title: string | null = null) => ({
      ...(briefing.sources[0] as Briefing['sources'][number]),
      id,
      outlet: null,
      url,
      title,
    });
    const cited = { sourceId: 'a', quote: 'x', start: 0, end: 1 };
    const html = renderHtml({
      ...briefing,
      sources: [
        source('a', 'https://www.example.org/news/1', 'A title the site stands for'),
        source('b', null),
        source('c', null, 'Harbour works'),
        source('d', null, ' What the Valdorian harbour deal means for the coast '),
      ],
      bottomLine: [
        {
          kind: 'split',
          text: 'Valdoria',
          date: null,
          actors: ['Valdoria'],
          sourceIds: ['a', 'b', 'c', 'd'],
          citations: [cited],
          sides: [
            { stance: 'negative', sourceIds: ['a', 'c'] },
            { stance: 'positive', sourceIds: ['b', 'd'] },
          ],
        },
      ],
    });
    expect(/<li class="bl-split">[\s\S]*?<\/strong> ([^<]*)/.exec(html)?.[1]).toBe(
      'example.org and “Harbour works”: critical; source 2 and “What the Valdorian harbour deal …”: favourable. ',
    );
  });
});

describe('the section on what is new since the last brief', () => {
  const since = '2024-04-30T06:00:00.000Z';
  const sentence = (html: string) =>
    /<section id="whats-new"[\s\S]*?<p>([\s\S]*?)<\/p>/.exec(html)?.[1]?.replace(/\s+/g, ' ');

  it('counts what changed', () => {
    const html = renderHtml({
      ...briefing,
      changes: {
        since,
        newSourceIds: ['s'],
        removedSources: [],
        updatedSourceIds: [],
        newEvents: [],
        changedClaims: [],
        droppedClaims: [],
      },
    });
    expect(sentence(html)).toBe(
      'Compared with the brief of <time datetime="2024-04-30T06:00:00.000Z">30 April 2024</time>: 1 new source, 0 new events, 0 claims with changed support.',
    );
  });

  it('says which sources changed their text and which are no longer among them', () => {
    const html = renderHtml({
      ...briefing,
      changes: {
        since,
        newSourceIds: [],
        removedSources: [
          {
            title: 'Harbour deal "signed"',
            url: 'https://news.example/harbour',
            path: 'archive/ab.html',
            published: '2024-04-29',
            number: 4,
          },
        ],
        updatedSourceIds: ['s'],
        newEvents: [],
        changedClaims: [],
        droppedClaims: [],
      },
    });
    expect(sentence(html)).toBe(
      'Compared with the brief of <time datetime="2024-04-30T06:00:00.000Z">30 April 2024</time>: 0 new sources, 1 source changed, 1 source no longer listed, 0 new events, 0 claims with changed support.',
    );
    expect(html).toMatch(
      /<ul class="updated-sources">\s*<li><a href="#src-s">\[1\] [^<]*<\/a> <span class="support">\(text changed since the last brief\)<\/span>/,
    );
    expect(html).toContain(
      'Harbour deal “signed” (29 April 2024) · <span class="url">https://news.example/harbour</span> <span class="support">([4] in the last brief, no longer among the sources)</span>',
    );
  });

  // a feed of one news cluster read on three days: yesterday's claims that left the list went unsaid
  it("counts the last brief's claims no longer listed and those with fewer sources", () => {
    const changes = {
      since,
      newSourceIds: [],
      removedSources: [],
      updatedSourceIds: [],
      newEvents: [],
      changedClaims: [
        { text: 'The ferry resumed service.', before: 2, after: 1 },
        { text: 'The pier reopened.', before: 0, after: 1 },
      ],
      droppedClaims: [
        { text: 'The harbour closed.', before: 1 },
        { text: 'The tolls rose.', before: 2 },
      ],
    };
    const out = (html: string) => /<p class="claims-out">([^<]*)<\/p>/.exec(html)?.[1];
    expect(out(renderHtml({ ...briefing, changes }))).toBe(
      "Of the last brief's claims, 2 are no longer listed and 1 has fewer sources.",
    );
    const onlyDropped = { ...changes, changedClaims: [], droppedClaims: changes.droppedClaims.slice(1) };
    const html = renderHtml({ ...briefing, changes: onlyDropped });
    expect(out(html)).toBe("Of the last brief's claims, 1 is no longer listed.");
    // a claim gone is news: no "Nothing new"
    expect(sentence(html)).toContain('0 claims with changed support.');
    expect(
      out(renderHtml({ ...briefing, changes: { ...changes, changedClaims: [], droppedClaims: [] } })),
    ).toBe(undefined);
  });

  it('says in words that nothing changed, not in three zeros', () => {
    const html = renderHtml({
      ...briefing,
      changes: {
        since,
        newSourceIds: [],
        removedSources: [],
        updatedSourceIds: [],
        newEvents: [],
        changedClaims: [],
        droppedClaims: [],
      },
    });
    expect(sentence(html)).toBe(
      'Nothing new since the brief of <time datetime="2024-04-30T06:00:00.000Z">30 April 2024</time>: no new, changed or dropped source, no new event, no claim whose support changed.',
    );
  });
});

describe('the precompiled default theme', () => {
  it('is the build of the current templates (run `pnpm build` when this fails)', () => {
    const built = createRequire(import.meta.url)('../dist/precompiled-theme.cjs') as Record<
      string,
      { sha: string }
    >;
    const sources = [
      'layout.hbs',
      ...fs.readdirSync(path.join(defaultThemeDir, 'partials')).map((f) => `partials/${f}`),
    ];
    const sha = (rel: string) =>
      createHash('sha256')
        .update(fs.readFileSync(path.join(defaultThemeDir, rel), 'utf8'))
        .digest('hex');
    expect(Object.fromEntries(Object.entries(built).map(([rel, e]) => [rel, e.sha]))).toEqual(
      Object.fromEntries(sources.sort().map((rel) => [rel, sha(rel)])),
    );
  });

  it('renders exactly what compiling the same templates at run time renders', () => {
    // an ejected theme with a comment added to each file is compiled at run time: its output must be
    // the precompiled default's, comments aside
    const dir = tempDir('brief-theme-');
    for (const file of ejectTheme(dir).filter((f) => f.endsWith('.hbs')))
      fs.appendFileSync(file, '{{!-- compiled at run time --}}');
    expect(renderHtml(briefing, { templateDir: dir })).toBe(renderHtml(briefing));
  });
});

// "(according to Wikinews [6]) [6]": a brief of one outlet's pages named that outlet on every point,
// with the number its citation marker gives just after
describe('the attribution of a point to its sources', () => {
  const cite = (sourceId: string) => ({ sourceId, quote: 'x', start: 0, end: 1 });
  const source = (id: string, outlet: string | null, url: string | null) => ({
    id,
    path: `${id}.txt`,
    title: `Harbour report ${id}`,
    outlet,
    authors: [],
    published: '2024-04-10',
    url,
    wordCount: 10,
  });
  const withSources = (sources: Briefing['sources']): Briefing => ({
    ...briefing,
    sources,
    keyPoints: [{ text: 'The pier is unsafe.', citations: [cite('b')], sourceIds: ['b'], attributedTo: 'b' }],
    bottomLine: [
      {
        kind: 'latest',
        text: 'The pier reopened.',
        date: '2024-04-12',
        actors: [],
        sourceIds: ['b'],
        citations: [cite('b')],
      },
    ],
    timeline: [
      {
        date: '2024-04-12',
        precision: 'day',
        text: 'The pier reopened.',
        sourceIds: ['b'],
        citations: [cite('b')],
      },
    ],
  });
  const latest = (html: string) =>
    /<li class="bl-latest">[\s\S]*?<\/strong> ([\s\S]*?)<span class="cites">/.exec(html)?.[1];
  const event = (html: string) =>
    /<ol class="timeline">[\s\S]*?<span>([\s\S]*?)<span class="cites">/.exec(html)?.[1];
  const point = (html: string) =>
    /<ol class="key-points">\s*<li>([\s\S]*?) <span class="cites">/.exec(html)?.[1];

  it('names no outlet when every source is of one outlet', () => {
    const html = renderHtml(
      withSources([
        source('a', null, 'https://tern.example/a'),
        source('b', null, 'https://tern.example/b'),
        source('c', null, 'https://tern.example/c'),
      ]),
    );
    expect(latest(html)).toBe('The pier reopened. ');
    expect(event(html)).toBe('The pier reopened. ');
    expect(point(html)).toBe('One source says: “The pier is unsafe.”');
    expect(html).not.toContain('according to');
  });

  it('names the outlet of a point without its citation number when there are several outlets', () => {
    const html = renderHtml(
      withSources([
        source('a', 'Tern Wire', null),
        source('b', 'Tern Wire', null),
        source('c', 'Gull Post', null),
      ]),
    );
    expect(latest(html)).toBe('The pier reopened. <span class="according">(according to Tern Wire)</span> ');
    expect(event(html)).toBe('The pier reopened. <span class="according">(according to Tern Wire)</span> ');
    expect(point(html)).toBe('Tern Wire says: “The pier is unsafe.”');
  });
});
