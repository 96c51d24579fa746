import path from 'node:path';
import { buildBriefing } from '@briefing/model';
import { describe, expect, it } from 'vitest';
import { readArticles } from '../src/read-articles.js';
import { listCorpus } from '../src/read-corpus.js';
import { repoRoot } from './helpers.js';

// issue 13 on corpus/: what the sources share and where they split, read from the built model
const articles = readArticles(listCorpus(path.join(repoRoot, 'corpus'))).articles;
const { value: briefing } = buildBriefing(articles, {
  id: 'corpus',
  title: 'Briefing',
  now: new Date('2024-05-01T00:00:00Z'),
});
const texts = new Map(articles.map((a) => [a.id, a.text]));
const verbatim = (c: { sourceId: string; quote: string; start: number; end: number }) =>
  texts.get(c.sourceId)?.slice(c.start, c.end) === c.quote;

describe('claims and stances of corpus/', () => {
  it("makes the talks on ending the coalition's mission one claim with three sources or more", () => {
    const talks = briefing.claims.find((c) =>
      c.citations.some((q) => /^Talks between the Iraqi and American officials/.test(q.quote)),
    );
    expect(talks?.sourceIds.length).toBeGreaterThanOrEqual(3);
    expect(talks?.citations.every(verbatim)).toBe(true);
  });

  it('puts the outlets calling the US presence occupation or destabilising opposite the one calling it a partnership', () => {
    const partner = 'al-fassel-long-term-partnership';
    const hostile = ['alwaght-nato-mission-boost', 'strategic-council-us-withdrawal-approach'];
    const toward = (sourceId: string) =>
      briefing.stances?.find((s) => s.sourceId === sourceId && s.actor === 'United States');
    // opposite in the stance matrix, or on opposite sides of one disputed claim; cited either way
    const opposite = (sourceId: string) => {
      const [a, b] = [toward(sourceId), toward(partner)];
      if (a?.stance === 'negative' && b?.stance === 'positive')
        return (
          a.citations.length > 0 && b.citations.length > 0 && [...a.citations, ...b.citations].every(verbatim)
        );
      return briefing.claims.some((c) => {
        const x = c.stances?.find((s) => s.sourceId === sourceId);
        const y = c.stances?.find((s) => s.sourceId === partner);
        return (
          c.disputed === true &&
          x &&
          y &&
          x.stance !== y.stance &&
          [...x.citations, ...y.citations].every(verbatim)
        );
      });
    };
    expect(hostile.filter((id) => !opposite(id))).toEqual([]);
  });
});
