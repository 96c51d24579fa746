import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  analyseArticle,
  briefLexicon,
  groupStoriesOf,
  readStances,
  type StanceJob,
  storyGroupingInput,
  textArticle,
} from '@briefing/model';
import { describe, expect, it } from 'vitest';
import { groupInWorker, startGroupWorker } from '../src/group-in-worker.js';
import { placeOf, StoryTermsArena } from '../src/story-terms-arena.js';
import { repoRoot } from './helpers.js';

const builtWorker = pathToFileURL(path.join(repoRoot, 'apps/cli/dist/group-worker.js'));

/** Three reports of one flood and one of a market, as the grouping reads them. */
function input() {
  const flood = (id: string, extra: string) =>
    textArticle(
      id,
      `Floods cut the valley road on Monday, the regional governor Anna Berg said. Rescue teams reached the villages by boat. ${extra}`,
      { title: `Floods in the valley ${id}`, published: '2024-04-02' },
    );
  const market = (id: string) =>
    textArticle(id, 'Shares in the harbour company rose after its results. Traders bought steel and grain.', {
      title: `Markets ${id}`,
      published: '2024-04-03',
    });
  const articles = [
    flood('a', 'Schools stay closed.'),
    flood('b', 'Bridges were checked.'),
    flood('c', 'Trains stopped.'),
    market('d'),
  ];
  return storyGroupingInput(articles, [], (a) => analyseArticle(a).storyTerms);
}

describe('groupInWorker', () => {
  it('gives the groups groupStoriesOf gives, from the built worker', async () => {
    const grouping = input();
    expect(await groupInWorker(grouping, builtWorker)).toEqual(groupStoriesOf(grouping));
  });

  it('reads terms where the parse left them, in the shared arena, as the worker gets them from a build', async () => {
    const grouping = input();
    const arena = new StoryTermsArena();
    const shared = { ...grouping, terms: grouping.terms.map((t) => arena.add(t)) };
    expect(shared.terms.every((t) => placeOf(t) !== null)).toBe(true);
    expect(await groupInWorker(shared, builtWorker)).toEqual(groupStoriesOf(grouping));
  });

  it('groups an input given once the worker has started, and stops a worker never given one', async () => {
    const grouping = input();
    const started = startGroupWorker(builtWorker);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await started.group(grouping)).toEqual(groupStoriesOf(grouping));
    started.stop(); // a no-op once its input was given
    startGroupWorker(builtWorker).stop();
  });

  it('reads the stances readStances reads, once it has grouped, its copy of the lexicon without a prototype', async () => {
    // "constructor" is looked up in the lexicon: a copy's record would answer it with a function
    const job: StanceJob = {
      mentions: [
        { text: 'Anna Berg praised the rescue teams, who saved many lives in the valley.', from: 0, to: 9 },
        { text: 'The constructor blamed Anna Berg for the late and chaotic warning.', from: 23, to: 32 },
      ],
      lexicon: briefLexicon([]),
    };
    const started = startGroupWorker(builtWorker);
    try {
      expect(await started.group(input())).toEqual(groupStoriesOf(input()));
      const read = await started.read(job);
      expect(read).toEqual(readStances(job));
      expect(read.every((r) => Number.isFinite(r.score))).toBe(true);
    } finally {
      started.stop();
    }
  });

  it('rejects when the worker fails, leaving the input whole for grouping here', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'brief-group-'));
    try {
      const broken = path.join(dir, 'broken.mjs');
      fs.writeFileSync(broken, "throw new Error('no grouping here');\n");
      const grouping = input();
      await expect(groupInWorker(grouping, pathToFileURL(broken))).rejects.toThrowErrorMatchingInlineSnapshot(
        `[Error: no grouping here]`,
      );
      expect(groupStoriesOf(grouping)).toEqual(groupStoriesOf(input()));
      await expect(groupInWorker(grouping, null)).rejects.toThrowErrorMatchingInlineSnapshot(
        `[Error: the grouping worker is not built]`,
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
