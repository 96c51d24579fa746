import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyseArticle, learnWords, textArticle, type VocabularyJob } from '@briefing/model';
import { describe, expect, it } from 'vitest';
import { startGroupWorker } from '../src/group-in-worker.js';
import { packWords, SentenceWordsArena, unpackWords } from '../src/sentence-words-arena.js';
import { repoRoot } from './helpers.js';

const builtWorker = pathToFileURL(path.join(repoRoot, 'apps/cli/dist/group-worker.js'));

/** The words of three short reports and of an article without any, in the step's order. */
function job(): VocabularyJob {
  const analyses = [
    'Floods cut the valley road on Monday. Rescue teams reached the villages by boat.',
    'Shares in the harbour company rose. Traders bought steel, grain and more steel.',
    'The valley road reopened on Tuesday, and the harbour company hired rescue teams.',
  ].map((text, i) => analyseArticle(textArticle(`a${i}`, text, { title: `T${i}` })));
  return {
    words: [...analyses.map((a) => a.sentenceWords), undefined],
    sentences: Uint32Array.from([...analyses.map((a) => a.sentences.length), 0]),
  };
}

describe('SentenceWordsArena', () => {
  it('gives back the same words as views of shared buffers, and packs them as where they lie', () => {
    const given = job();
    const arena = new SentenceWordsArena();
    const shared = { ...given, words: given.words.map((w) => (w ? arena.add(w) : w)) };
    expect(shared.words).toEqual(given.words);
    expect(shared.words[0]?.keys.buffer).toBeInstanceOf(SharedArrayBuffer);
    const packed = packWords(shared);
    // all of them in one buffer of keys and one of ends, none copied
    expect(packed.buffers).toEqual([shared.words[0]?.keys.buffer, shared.words[0]?.ends.buffer]);
    expect(unpackWords(packed)).toEqual(given);
    // words of their own (made in this thread) are copied into a new arena
    expect(unpackWords(packWords(given))).toEqual(given);
  });

  it('gives the words the ids learnWords gives, in the built worker', async () => {
    const given = job();
    const arena = new SentenceWordsArena();
    const started = startGroupWorker(builtWorker);
    try {
      const learned = await started.learn({
        ...given,
        words: given.words.map((w) => (w ? arena.add(w) : w)),
      });
      const here = learnWords(given);
      expect(learned.table.size).toBe(here.table.size);
      expect([...learned.ids]).toEqual([...here.ids]);
      expect(new Set(here.ids).size).toBe(here.table.size);
    } finally {
      started.stop();
    }
  });
});
