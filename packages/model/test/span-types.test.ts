import { describe, expect, it } from 'vitest';
import { ENTITY_TAGS } from '../src/entity-features.js';
import { noSpans, SPAN_TYPES, spansOf } from '../src/entity-tagger.js';
import { tokenizeWords } from '../src/tokenize-words.js';

describe('SPAN_TYPES', () => {
  it('are the types of the B- tags, in their order', () => {
    const begins = ENTITY_TAGS.filter((t) => t.startsWith('B-')).map((t) => t.slice(2));
    expect([...SPAN_TYPES]).toEqual(begins);
  });

  it('type each span read off the tags', () => {
    const sentence = 'Ana Ruiz of Acme Corp left Lima for the Olympics';
    const tokens = tokenizeWords(sentence);
    const tags = [1, 2, 0, 3, 4, 0, 5, 0, 0, 7];
    expect(spansOf(tokens, tags, sentence).map((s) => `${s.type}:${s.text}`)).toEqual([
      'PER:Ana Ruiz',
      'ORG:Acme Corp',
      'LOC:Lima',
      'MISC:Olympics',
    ]);
  });
});

describe('noSpans', () => {
  it('makes a new empty list each time', () => {
    const one = noSpans();
    one.push({ type: 'PER', text: 'x', start: 0, end: 1, from: 0, to: 0 });
    expect(noSpans()).toEqual([]);
    expect(noSpans()).not.toBe(noSpans());
  });
});
