import fs from 'node:fs';
import path from 'node:path';
import { buildBriefing } from '@briefing/model';
import { afterAll, describe, expect, it } from 'vitest';
import { readArticles } from '../src/read-articles.js';
import { listCorpus } from '../src/read-corpus.js';
import { brief, repoRoot, tempWorkspace } from './helpers.js';

const UNRELATED = path.join(repoRoot, 'apps/cli/test/fixtures/unrelated-story');
const read = (dir: string) => readArticles(listCorpus(dir)).articles;

describe('stories', () => {
  it('corpus/ plus three articles on an unrelated subject give two stories, neither mixed', () => {
    const corpus = read(path.join(repoRoot, 'corpus'));
    const other = read(UNRELATED);
    const { value } = buildBriefing([...corpus, ...other], {
      id: 'mixed',
      now: new Date('2024-05-01T00:00:00Z'),
    });
    expect(value.stories.map((s) => [...s.sourceIds].sort())).toEqual([
      corpus.map((a) => a.id).sort(),
      other.map((a) => a.id).sort(),
    ]);
    for (const s of value.stories) expect(s.keyPoints.length).toBeGreaterThan(0);
    // two stories of two or more sources each: the title names both, the story most sources report first;
    // that story by its main actors, since its most central headline asks a question (bl99)
    expect(value.title).toBe(
      'Iraq and United States; Catalonia declares drought emergency as reservoirs fall below 16 per cent',
    );
  });

  it('corpus/ alone is one story', () => {
    const { value } = buildBriefing(read(path.join(repoRoot, 'corpus')), { id: 'c' });
    expect(value.stories).toHaveLength(1);
  });
});

describe('brief build with split: stories', () => {
  const dir = tempWorkspace(true);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('writes one brief per story, named after stable story ids, and a section per story otherwise', () => {
    fs.cpSync(UNRELATED, path.join(dir, 'other'), { recursive: true });
    const config = {
      briefs: [
        { id: 'split', split: 'stories', formats: ['json'], sources: ['corpus', 'other'] },
        { id: 'whole', formats: ['json', 'html'], sources: ['corpus', 'other'] },
      ],
    };
    fs.writeFileSync(path.join(dir, 'briefing.config.json'), JSON.stringify(config));
    const r = brief(['build', '--quiet'], dir);
    expect(r.stderr).toBe('');
    const listOut = () =>
      fs
        .readdirSync(path.join(dir, 'out'))
        .filter((f) => !f.startsWith('.'))
        .sort();
    const written = listOut();
    expect(written).toEqual([
      'split-s-211d07d272.json',
      'split-s-e8d0ef6ab3.json',
      'whole.html',
      'whole.json',
    ]);
    const html = fs.readFileSync(path.join(dir, 'out/whole.html'), 'utf8');
    expect(html.match(/<article class="story"/g)).toHaveLength(2);
    // a day later a syndicated copy of one source arrives (left out as a duplicate): the names stay
    fs.copyFileSync(
      path.join(dir, 'other/drought-farmers-irrigation.md'),
      path.join(dir, 'other/copy-later.md'),
    );
    const again = brief(['build', '--quiet'], dir);
    expect(again.stderr).toBe('');
    expect(listOut()).toEqual(written);
  });
});
