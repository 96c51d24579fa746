import { describe, expect, it } from 'vitest';
import type { BodyBlock } from '../src/extraction.js';
import { titleCandidates } from '../src/text/title-candidates.js';
import { TITLE_FEATURES } from '../src/text/title-features.js';

const lines = (texts: string[]): BodyBlock[] =>
  texts.map((text, i) => ({ text, line: i + 1, column: 1, offset: i * 100 }));

describe("a headline candidate's content words", () => {
  it('counts its words of four letters or more, up to 8, over 8', () => {
    const page = lines([
      'Harbour Authority Approves Dredging Programme',
      'Why the work is due in May and why it is to go by lorry',
      'Twelve northern harbours approved expensive dredging programmes before several autumn storms arrived',
      'The harbour authority approved a dredging programme on Tuesday that will deepen the main channel.',
    ]);
    const k = TITLE_FEATURES.indexOf('contentWords');
    const found = titleCandidates(page, 3, () => false, [(page[3] as BodyBlock).text]);
    expect(found.map((c) => [c.text.split(' ')[0], c.features[k]])).toEqual([
      ['Harbour', 5 / 8],
      ['Why', 2 / 8],
      ['Twelve', 1],
    ]);
  });
});
