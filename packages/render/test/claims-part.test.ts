import path from 'node:path';
import type { Briefing } from '@briefing/model';
import { describe, expect, it } from 'vitest';
import { renderHtml } from '../src/render-html.js';

const source = (id: string, outlet: string) => ({
  id,
  path: `${id}.txt`,
  title: null,
  outlet,
  authors: [],
  published: null,
  url: null,
  wordCount: 20,
});
const cite = (sourceId: string, quote: string) => ({ sourceId, quote, start: 0, end: quote.length });
const said = 'The council approved the funding on Tuesday.';
const denied = 'The council did not approve the funding on Tuesday.';

/** Two sources that disagree on one claim and treat one actor in opposite ways. */
const briefing: Briefing = {
  id: 'b',
  title: 'Funding',
  subtitle: null,
  generatedAt: '2026-01-01T00:00:00.000Z',
  period: { from: null, to: null },
  classification: null,
  audience: null,
  keyPoints: [],
  actors: [
    { name: 'Council', kind: 'organisation', aliases: [], mentions: 2, sourceIds: ['a', 'b'], role: null },
  ],
  timeline: [],
  quotes: [],
  perspectives: [
    {
      sourceId: 'a',
      outlet: 'Daily',
      outletCountry: 'Ireland',
      outletType: 'local paper',
      summary: said,
      framing: ['funding', 'wetland habitat'],
    },
  ],
  claims: [
    {
      text: said,
      sourceIds: ['a', 'b'],
      citations: [cite('a', said), cite('b', denied)],
      stances: [
        { sourceId: 'a', stance: 'supports', citations: [cite('a', said)] },
        { sourceId: 'b', stance: 'disputes', citations: [cite('b', denied)] },
      ],
      disputed: true,
    },
    {
      text: 'Only one source says this.',
      sourceIds: ['a'],
      citations: [cite('a', 'Only one source says this.')],
    },
  ],
  stances: [
    { sourceId: 'a', actor: 'Council', stance: 'positive', score: 0.6, citations: [cite('a', said)] },
    { sourceId: 'b', actor: 'Council', stance: 'negative', score: -0.4, citations: [cite('b', denied)] },
  ],
  sources: [source('a', 'Daily'), source('b', 'Weekly')],
  stories: [],
  changes: null,
};

const between = (html: string, from: string, to: string) => html.slice(html.indexOf(from), html.indexOf(to));

describe('the claims part', () => {
  it('opens with the disputed claim side by side, then the stance matrix in symbols and words, then the claims', async () => {
    const html = renderHtml(briefing);
    const claims = between(html, '<section id="claims"', '<section id="sources"');
    expect(claims.indexOf('Where they disagree')).toBeLessThan(claims.indexOf('How each source treats'));
    expect(claims.indexOf('How each source treats')).toBeLessThan(
      claims.indexOf('What only one source reports'),
    );
    await expect(claims).toMatchFileSnapshot(path.join(import.meta.dirname, 'fixtures', 'claims-part.html'));
  });

  it("shows the outlet's country and type and its framing words", () => {
    const html = between(renderHtml(briefing), '<section id="perspectives"', '<section id="claims"');
    expect(html).toContain('<span class="outlet-facts"> · Ireland, local paper</span>');
    expect(html).toContain('funding, wetland habitat');
  });

  it('says so when sources share claims and none gives an opposing version', () => {
    const agreed = {
      ...(briefing.claims[0] as Briefing['claims'][number]),
      citations: [cite('a', said), cite('b', said)],
      stances: [
        { sourceId: 'a', stance: 'supports' as const, citations: [cite('a', said)] },
        { sourceId: 'b', stance: 'supports' as const, citations: [cite('b', said)] },
      ],
      disputed: false,
    };
    const html = between(
      renderHtml({ ...briefing, claims: [agreed] }),
      '<section id="claims"',
      '<section id="sources"',
    );
    expect(between(html, '<section id="disagreements"', '</section>')).toMatchInlineSnapshot(`
      "<section id="disagreements" aria-labelledby="disagreements-h">
          <h3 id="disagreements-h">Where they disagree</h3>
          <p class="no-disputes">No two sources give opposing versions of a claim they share: none negates it, gives other figures or dates for the same event in a report of the same days, or takes the opposite clear stance toward an actor it names. How each source treats the main actors follows.</p>
        "
    `);
  });

  it("quotes a side's headline after its sentence, marked as the headline, and says so in the citation", () => {
    const headline = 'Council approves funding';
    const titled = { sourceId: 'a', quote: headline, start: 0, end: headline.length, part: 'title' as const };
    const claim = briefing.claims[0] as Briefing['claims'][number];
    const html = renderHtml({
      ...briefing,
      claims: [
        {
          ...claim,
          citations: [cite('a', said), titled, cite('b', denied)],
          stances: [
            { sourceId: 'a', stance: 'supports', citations: [cite('a', said), titled] },
            { sourceId: 'b', stance: 'disputes', citations: [cite('b', denied)] },
          ],
        },
      ],
    });
    const side = html.slice(
      html.indexOf('<div class="side supports">'),
      html.indexOf('<div class="side disputes">'),
    );
    expect(side).toMatchInlineSnapshot(`
      "<div class="side supports">
                <h4>Says so</h4>
                <blockquote>The council approved the funding on Tuesday. — <span class="headline">(headline)</span> Council approves funding <span class="cites"><a class="cite" href="#src-a" title="The council approved the funding on Tuesday. — Headline: Council approves funding">[1]</a></span>
        </blockquote>
              </div>
              "
    `);
  });

  it('gives a source cited by its sentence and its headline one marker, titled with both quotes', () => {
    const text = 'The Kestrel Union signed the wage deal on Monday.';
    const headline = 'Kestrel Union signs wage deal';
    const titled = { sourceId: 'a', quote: headline, start: 0, end: headline.length, part: 'title' as const };
    const shared = { text, sourceIds: ['a', 'b'], citations: [cite('a', text), titled, cite('b', text)] };
    const html = renderHtml({ ...briefing, claims: [shared] });
    const table = html.slice(html.indexOf('<table class="matrix shared-claims"'));
    const row = table.slice(table.indexOf('<tr><th scope="row">'));
    expect(row.slice(0, row.indexOf('</th>'))).toMatchInlineSnapshot(`
      "<tr><th scope="row">The Kestrel Union signed the wage deal on Monday. <span class="cites"><a class="cite" href="#src-a" title="The Kestrel Union signed the wage deal on Monday. — Headline: Kestrel Union signs wage deal">[1]</a><a class="cite" href="#src-b" title="The Kestrel Union signed the wage deal on Monday.">[2]</a></span>

      "
    `);
  });

  it('gives the matrix of shared claims a column only for the sources that make one of them', () => {
    const shared = {
      text: 'Two of three sources say this.',
      sourceIds: ['a', 'c'],
      citations: [cite('a', 'Two of three sources say this.'), cite('c', 'Two of three sources say this.')],
    };
    const html = renderHtml({
      ...briefing,
      claims: [shared],
      sources: [source('a', 'Daily'), source('b', 'Weekly'), source('c', 'Monthly')],
    });
    const table = html.slice(html.indexOf('<table class="matrix shared-claims"'));
    const head = table.slice(0, table.indexOf('</thead>'));
    expect([...head.matchAll(/href="#src-(\w+)"/g)].map((m) => m[1])).toEqual(['a', 'c']);
    // the column keeps the source's number in the list, not its place among the columns
    expect(head).toContain('<span class="sr-only">source </span>3</a>');
  });

  it("gives a later report's higher figure after the claim, as neither side, with its source and date", () => {
    const first = 'Floods in the Aldmoor valley killed 12 people on Tuesday.';
    const risen = 'The toll from the floods has risen to 14 dead, officials said.';
    const lower = 'Floods in the Aldmoor valley killed nine people on Tuesday.';
    const dated = (id: string, outlet: string, published: string) => ({ ...source(id, outlet), published });
    const sources = [
      dated('a', 'Daily', '2026-03-04'),
      dated('b', 'Weekly', '2026-03-05'),
      dated('c', 'Monthly', '2026-03-04'),
    ];
    const updated = {
      text: first,
      sourceIds: ['a', 'b'],
      citations: [cite('a', first), cite('b', risen)],
      stances: [
        { sourceId: 'a', stance: 'supports' as const, citations: [cite('a', first)] },
        { sourceId: 'b', stance: 'updates' as const, figure: '14 dead', citations: [cite('b', risen)] },
      ],
      disputed: false,
    };
    const shared = renderHtml({ ...briefing, claims: [updated], sources });
    const table = shared.slice(shared.indexOf('<table class="matrix shared-claims"'));
    const row = table.slice(table.indexOf('<tr><th scope="row">'), table.indexOf('</tbody>'));
    expect(row).toMatchInlineSnapshot(`
      "<tr><th scope="row">Floods in the Aldmoor valley killed 12 people on Tuesday. <span class="cites"><a class="cite" href="#src-a" title="Floods in the Aldmoor valley killed 12 people on Tuesday.">[1]</a><a class="cite" href="#src-b" title="The toll from the floods has risen to 14 dead, officials said.">[2]</a></span>
      <span class="later-reports">Later reports: 14 dead (Weekly, 5 March 2026) <span class="cites"><a class="cite" href="#src-b" title="The toll from the floods has risen to 14 dead, officials said.">[2]</a></span>
      </span>
      </th><td class="mark"><span class="dot" role="img" aria-label="makes this claim"></span></td><td class="mark"><span class="dot later" role="img" aria-label="gives a later figure"></span></td></tr>
          "
    `);
    const disputed = {
      ...updated,
      sourceIds: ['a', 'b', 'c'],
      citations: [...updated.citations, cite('c', lower)],
      stances: [
        ...updated.stances,
        { sourceId: 'c', stance: 'disputes' as const, citations: [cite('c', lower)] },
      ],
      disputed: true,
    };
    const html = renderHtml({ ...briefing, claims: [disputed], sources });
    const dispute = html.slice(html.indexOf('<div class="dispute">'));
    expect(dispute.slice(0, dispute.indexOf('</section>'))).toMatchInlineSnapshot(`
      "<div class="dispute">
            <p class="dispute-claim">Floods in the Aldmoor valley killed 12 people on Tuesday.</p>
            <div class="sides">
              <div class="side supports">
                <h4>Says so</h4>
                <blockquote>Floods in the Aldmoor valley killed 12 people on Tuesday. <span class="cites"><a class="cite" href="#src-a" title="Floods in the Aldmoor valley killed 12 people on Tuesday.">[1]</a></span>
        </blockquote>
              </div>
              <div class="side disputes">
                <h4>Says otherwise</h4>
                <blockquote>Floods in the Aldmoor valley killed nine people on Tuesday. <span class="cites"><a class="cite" href="#src-c" title="Floods in the Aldmoor valley killed nine people on Tuesday.">[3]</a></span>
        </blockquote>
              </div>
            </div><span class="later-reports">Later reports: 14 dead (Weekly, 5 March 2026) <span class="cites"><a class="cite" href="#src-b" title="The toll from the floods has risen to 14 dead, officials said.">[2]</a></span>
        </span>
          </div>
        "
    `);
  });

  it('gives the reports of one later figure on one day as one', () => {
    const first = 'Floods in the Aldmoor valley killed 12 people on Tuesday.';
    const later = 'The floods in the Aldmoor valley killed 15 people, officials said.';
    const dated = (id: string, outlet: string, published: string) => ({ ...source(id, outlet), published });
    const claim = {
      text: first,
      sourceIds: ['a', 'b', 'c'],
      citations: [cite('a', first), cite('b', later), cite('c', later)],
      stances: [
        { sourceId: 'a', stance: 'supports' as const, citations: [cite('a', first)] },
        { sourceId: 'b', stance: 'updates' as const, figure: '15 people', citations: [cite('b', later)] },
        { sourceId: 'c', stance: 'updates' as const, figure: '15 people', citations: [cite('c', later)] },
      ],
      disputed: false,
    };
    const html = renderHtml({
      ...briefing,
      claims: [claim],
      sources: [
        dated('a', 'Daily', '2026-03-04'),
        dated('b', 'Weekly', '2026-03-05'),
        dated('c', 'Monthly', '2026-03-05'),
      ],
    });
    const span = html.slice(html.indexOf('<span class="later-reports">'));
    expect(span.slice(0, span.indexOf('</th>'))).toMatchInlineSnapshot(`
      "<span class="later-reports">Later reports: 15 people (Weekly, Monthly, 5 March 2026) <span class="cites"><a class="cite" href="#src-b" title="The floods in the Aldmoor valley killed 15 people, officials said.">[2]</a><a class="cite" href="#src-c" title="The floods in the Aldmoor valley killed 15 people, officials said.">[3]</a></span>
      </span>
      "
    `);
  });

  it('renders a briefing without claim stances or a stance matrix (older JSON)', () => {
    const { stances: _, ...old } = briefing;
    const html = renderHtml({
      ...old,
      claims: [{ text: said, sourceIds: ['a'], citations: [cite('a', said)] }],
    });
    expect(html).not.toContain('Where they disagree');
    expect(html).not.toContain('How each source treats');
    expect(html).toContain('What only one source reports');
  });
});
