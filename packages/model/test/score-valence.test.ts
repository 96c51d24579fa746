import { describe, expect, it } from 'vitest';
import { briefLexicon, valenceWordsOf } from '../src/find-stances.js';
import * as model from '../src/index.js';
import { scoreValence, valenceLexicon } from '../src/score-valence.js';
import { stanceFeatures } from '../src/stance-features.js';

describe('the valence lexicon', () => {
  // a plain object answers "constructor" with a function: a lexicon of words looked up by any word of a
  // text must hold only its own words
  const text = 'The constructor of the dam praised the plan.';

  it('finds only its own words in a text', () => {
    expect(valenceWordsOf([{ text }])).toEqual(['praised']);
    expect(scoreValence('The constructor of the dam.', valenceLexicon())).toBe(0);
  });

  it('gives a stance model finite features beside such a word', () => {
    const from = text.indexOf('dam');
    expect(stanceFeatures(text, { from, to: from + 3 }).every(Number.isFinite)).toBe(true);
  });

  it('stays so once trimmed to a brief', () => {
    const sentences = ['a', 'b', 'c'].map((id) => ({ text: 'They praised the plan.', article: { id } }));
    const lexicon = briefLexicon(sentences);
    expect(lexicon.words.praised).toBeUndefined(); // every source uses it: it says nothing of one
    expect(valenceWordsOf([{ text }], lexicon)).toEqual([]);
  });

  it('is part of the package API, as the README lists it, so stanceToward can be given a lexicon', () => {
    expect(model.scoreValence('They praised the plan.', model.valenceLexicon())).toBeGreaterThan(0);
    expect(model.scoreValence('The plan failed badly.')).toBeLessThan(0);
    const from = 'Ana Ruiz praised the plan.'.indexOf('plan');
    expect(
      model.stanceToward('Ana Ruiz praised the plan.', { from, to: from + 4 }, model.valenceLexicon()),
    ).toBe(model.stanceToward('Ana Ruiz praised the plan.', { from, to: from + 4 }));
  });
});
