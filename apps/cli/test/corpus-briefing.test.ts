import path from 'node:path';
import { buildBriefing } from '@briefing/model';
import { describe, expect, it } from 'vitest';
import { readArticles } from '../src/read-articles.js';
import { listCorpus } from '../src/read-corpus.js';
import { repoRoot } from './helpers.js';

// read with absolute paths (tests run in any folder), then show paths as a user in the repository would see them
const articles = readArticles(listCorpus(path.join(repoRoot, 'corpus'))).articles.map((a) => ({
  ...a,
  path: path.relative(repoRoot, a.path),
}));
const { value: briefing } = buildBriefing(articles, {
  id: 'corpus',
  title: 'Briefing',
  now: new Date('2024-05-01T00:00:00Z'),
});

describe('the briefing built from corpus/', () => {
  it('pins the whole model', async () => {
    await expect(`${JSON.stringify(briefing, null, 2)}\n`).toMatchFileSnapshot(
      '__snapshots__/corpus-briefing.json',
    );
  });

  it('dates the vote to expel foreign forces and the White House meeting', () => {
    const on = (date: string) => briefing.timeline.filter((e) => e.date === date).map((e) => e.text);
    expect(on('2020-01-05').join(' ')).toMatch(
      /lawmakers approved a bill obligating the government to expel/,
    );
    expect(on('2024-04-15').join(' ')).toMatch(/April 15 meeting at the White House/);
  });

  it('attributes the quotes to the people who said them', () => {
    const by = (speaker: string) => briefing.quotes.filter((q) => q.speaker === speaker);
    expect(by('Ghazi Faisal Hussein')[0]?.role).toBe('Iraqi Center for Strategic Studies director');
    expect(by('Abdul Rahman al-Mashhadani')[0]?.role).toBe(
      'professor of economic relations at al-Iraqia University',
    );
  });
});
