import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderHtml } from '../src/render-html.js';
import { renderPageMargins } from '../src/render-page-margins.js';
import { briefing } from './fixture.js';

const section = (html: string, id: string) => {
  const m = new RegExp(`<section id="${id}"[\\s\\S]*?</section>`).exec(html);
  return m ? `${m[0]}\n` : '';
};
const snapshot = (name: string) => path.join(import.meta.dirname, '__snapshots__', name);

describe('the brief sections of the default theme', () => {
  const html = renderHtml(briefing);

  it('puts the bottom line first, each line cited', async () => {
    expect(html.indexOf('id="bottom-line"')).toBeLessThan(html.indexOf('id="summary"'));
    await expect(section(html, 'bottom-line')).toMatchFileSnapshot(snapshot('bottom-line.html'));
  });

  /**
   * The brief with only a split line: its second source critical of the United States, its first
   * favourable; `keyPoints` in place of the fixture's, when given.
   */
  const splitBrief = (sources = briefing.sources, keyPoints = briefing.keyPoints) => {
    const [a, b] = briefing.sources;
    const cite = briefing.keyPoints[0]?.citations[0];
    if (!a || !b || !cite) throw new Error('the fixture has two sources and a key point');
    return renderHtml({
      ...briefing,
      sources,
      keyPoints,
      bottomLine: [
        {
          kind: 'split',
          text: 'United States',
          date: null,
          actors: ['United States'],
          sourceIds: [a.id, b.id],
          citations: [cite],
          sides: [
            { stance: 'negative', sourceIds: [b.id] },
            { stance: 'positive', sourceIds: [a.id] },
          ],
        },
      ],
    });
  };

  it('words where the sources split, side by side', async () => {
    await expect(section(splitBrief(), 'bottom-line')).toMatchFileSnapshot(
      snapshot('bottom-line-split.html'),
    );
  });

  it('names each source of an outlet with several by its number too, so that the outlet can stand on both sides', () => {
    const sources = briefing.sources.map((s, i) =>
      i < 2 ? { ...s, outlet: 'Daily Post', published: '2024-04-10' } : s,
    );
    const line = /<strong>Where the sources split[^<]*<\/strong>([^<]*)</.exec(splitBrief(sources))?.[1];
    expect(line).toBe(' Daily Post [2]: critical; Daily Post [1]: favourable. ');
  });

  // "Tern Wire [2]: critical; Tern Wire [5]: favourable. [2][5]": the number twice, and nothing to place
  it('names the sources of an outlet with several by their days when each has a day of its own', () => {
    const days = ['2024-01-27', '2024-04-15'];
    const sources = briefing.sources.map((s, i) =>
      i < 2 ? { ...s, outlet: 'Daily Post', published: days[i] ?? null } : s,
    );
    const line = /<strong>Where the sources split[^<]*<\/strong>([^<]*)</.exec(splitBrief(sources))?.[1];
    expect(line).toBe(' Daily Post (15 April 2024): critical; Daily Post (27 January 2024): favourable. ');
  });

  it('names three sources of a long side of a split and counts the rest', () => {
    const [a, b] = briefing.sources;
    const cite = briefing.keyPoints[0]?.citations[0];
    if (!a || !b || !cite) throw new Error('the fixture has two sources and a key point');
    const many = Array.from({ length: 7 }, (_, i) => ({ ...a, id: `wire-${i}`, outlet: `Wire ${i + 1}` }));
    const sideOf = (ids: string[]) =>
      /<strong>Where the sources split[^<]*<\/strong>([^<]*)</.exec(
        renderHtml({
          ...briefing,
          sources: [...many, b],
          bottomLine: [
            {
              kind: 'split',
              text: 'United States',
              date: null,
              actors: ['United States'],
              sourceIds: [...ids, b.id],
              citations: [cite],
              sides: [
                { stance: 'negative', sourceIds: ids },
                { stance: 'positive', sourceIds: [b.id] },
              ],
            },
          ],
        }),
      )?.[1];
    const ids = many.map((s) => s.id);
    expect(sideOf(ids)).toBe(
      ` Wire 1, Wire 2, Wire 3 and 4 other sources: critical; ${b.outlet}: favourable. `,
    );
    expect(sideOf(ids.slice(0, 4))).toBe(
      ` Wire 1, Wire 2, Wire 3 and Wire 4: critical; ${b.outlet}: favourable. `,
    );
  });

  it('quotes a disputed claim with one full stop, whether or not the claim ends its sentence', () => {
    const [a, b] = briefing.sources;
    const cite = briefing.keyPoints[0]?.citations[0];
    if (!a || !b || !cite) throw new Error('the fixture has two sources and a key point');
    const lineOf = (text: string) =>
      section(
        renderHtml({
          ...briefing,
          bottomLine: [
            {
              kind: 'split',
              text,
              date: null,
              actors: [],
              sourceIds: [a.id, b.id],
              citations: [cite],
              sides: [
                { stance: 'supports', sourceIds: [a.id] },
                { stance: 'disputes', sourceIds: [b.id] },
              ],
            },
          ],
        }),
        'bottom-line',
      ).replace(/\s*<span class="cites">[\s\S]*$/, '');
    expect(lineOf('The report is due on 19 December.')).toMatch(/ — “The report is due on 19 December\.”$/);
    expect(lineOf('The report is due on 19 December')).toMatch(/ — “The report is due on 19 December”\.$/);
  });

  it('names the outlet of a contested single-source key point', async () => {
    await expect(section(html, 'summary')).toMatchFileSnapshot(snapshot('summary.html'));
  });

  it('sets no marks of its own around a single-source key point that is itself a quotation', () => {
    const point = briefing.keyPoints.find((k) => k.attributedTo);
    if (!point) throw new Error('the fixture has an attributed key point');
    const quoted = { ...point, text: '"We will not leave before the talks end," the minister said.' };
    const html = renderHtml({ ...briefing, keyPoints: [quoted] });
    expect(section(html, 'summary')).toMatch(
      / says: “We will not leave before the talks end,” the minister said\. </,
    );
  });

  it('gives a quotation inside a quoted title or point single marks, and curls the straight ones it shows', () => {
    const [a] = briefing.sources;
    const point = briefing.keyPoints.find((k) => k.attributedTo);
    if (!a || !point) throw new Error('the fixture has a source and an attributed key point');
    const titled = { ...a, outlet: null, url: null, title: 'Harbour board backs "Blue Line" ferry plan' };
    const html = splitBrief(
      [titled, ...briefing.sources.slice(1)],
      [{ ...point, text: 'The board called the plan "a first step" for the harbour.' }],
    );
    expect(section(html, 'bottom-line')).toContain('; “Harbour board backs ‘Blue Line’ …”: favourable.');
    expect(section(html, 'summary')).toContain(
      ' says: “The board called the plan ‘a first step’ for the harbour.”',
    );
    expect(section(html, 'sources')).toContain('<cite>Harbour board backs “Blue Line” ferry plan</cite>');
  });

  it("curls the straight marks of the brief's title, its stories' titles and a perspective's lead, in the page and the running header", () => {
    // render88 curled the sentences the brief shows; the title in the masthead, the page's <title> and
    // the PDF's running header, a story's heading and a perspective's lead still printed "…" straight
    const [story] = briefing.stories;
    const [view] = briefing.perspectives;
    if (!story || !view) throw new Error('the fixture has a story and a perspective');
    const quoted = {
      ...briefing,
      title: 'The "Blue Line" ferry',
      subtitle: 'What the "first step" means',
      stories: [
        { ...story, title: 'Board backs "Blue Line" plan' },
        { ...story, id: `${story.id}-2`, title: 'Unions call it "a sell-off"' },
      ],
      perspectives: [{ ...view, summary: 'The board called the plan "a first step" for the harbour.' }],
    };
    const html = renderHtml(quoted);
    expect(html).toContain('<title>The “Blue Line” ferry</title>');
    expect(html).toContain('<h1>The “Blue Line” ferry</h1>');
    expect(html).toContain('<p class="subtitle">What the “first step” means</p>');
    expect(section(html, 'stories')).toContain('>Board backs “Blue Line” plan</h3>');
    expect(section(html, 'stories')).toContain('>Unions call it “a sell-off”</h3>');
    expect(section(html, 'perspectives')).toContain(
      'The board called the plan “a first step” for the harbour.',
    );
    expect(renderPageMargins(quoted).headerTemplate).toContain('<span>The “Blue Line” ferry</span>');
  });

  it('shows only the stories beside the one story most sources report, when those are single sources', async () => {
    // session 93: a brief whose one story held 29 of 30 sources listed that story (its key points much
    // the brief's own) beside the one report that stood apart, as "2 separate stories"
    const [story] = briefing.stories;
    const ids = briefing.sources.map((s) => s.id);
    const aside = ids.at(-1);
    if (!story || !aside || ids.length < 5) throw new Error('the fixture has a story and five sources');
    const html = renderHtml({
      ...briefing,
      stories: [
        { ...story, title: 'Harbour board backs the ferry plan', sourceIds: ids.slice(0, -1) },
        {
          id: 's-aside',
          title: 'Lighthouse museum reopens after repairs',
          sourceIds: [aside],
          keyPoints: [],
        },
      ],
    });
    await expect(section(html, 'stories')).toMatchFileSnapshot(snapshot('stories-one-and-an-aside.html'));
  });

  it('folds a long lead of a perspective on screen behind its first words, and shows a short one whole', () => {
    const [view] = briefing.perspectives;
    if (!view) throw new Error('the fixture has a perspective');
    const long =
      'The harbour board of an invented port approved on Tuesday a ferry line to the islands, after a year of talks with the unions.';
    const html = section(
      renderHtml({
        ...briefing,
        perspectives: [
          { ...view, summary: long },
          { ...view, summary: 'The board approved the line.' },
        ],
      }),
      'perspectives',
    );
    expect(html).toContain(
      `<details><summary><span class="gist">The harbour board of an invented port approved on Tuesday a ferry …</span></summary><p>${long}</p></details>`,
    );
    expect(html).toContain('<td class="lead">The board approved the line.</td>');
  });

  it('says who reports each timeline event', () => {
    expect(section(html, 'timeline')).toMatch(/<span class="according">\(according to [^<]+\)<\/span>/);
  });

  it('shows what to watch only when a source dates something ahead', async () => {
    expect(section(html, 'watch')).toBe('');
    const event = briefing.timeline.at(-1);
    if (!event) throw new Error('the fixture has a timeline');
    const ahead = renderHtml({ ...briefing, watch: [{ ...event, date: '2024-06-01', precision: 'day' }] });
    await expect(section(ahead, 'watch')).toMatchFileSnapshot(snapshot('watch.html'));
  });

  it('lists the main actors in the table and the rest in one line', () => {
    const actors = section(html, 'actors');
    expect(actors.match(/<tr><th scope="row">/g)?.length ?? 0).toBeLessThanOrEqual(12);
    expect(actors).toContain('<p class="other-actors">');
    expect(actors).not.toContain('<th scope="col">Role</th>');
  });

  it("shows a Role column when an actor has a role (the model's optional actor.role)", () => {
    const [first, ...rest] = briefing.actors;
    if (!first) throw new Error('the fixture has actors');
    const head = Object.assign({ ...first }, { role: 'head of government' });
    const withRole = renderHtml({ ...briefing, actors: [head, ...rest] });
    const actors = section(withRole, 'actors');
    expect(actors).toContain('<th scope="col">Role</th>');
    expect(actors).toContain('<td class="role">head of government</td>');
  });
});
