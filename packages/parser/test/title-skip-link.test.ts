import { describe, expect, it } from 'vitest';
import type { BodyBlock } from '../src/extraction.js';
import { isSkipLink } from '../src/text/furniture-lines.js';
import { titleCandidates } from '../src/text/title-candidates.js';

const lines = (texts: string[]): BodyBlock[] =>
  texts.map((text, i) => ({ text, line: i + 1, column: 1, offset: i * 100 }));

describe('a skip link', () => {
  it('is never a headline candidate, where the body opens at its headline', () => {
    // the headline ends in a full stop and opens the body, a candidate only as nothing above it reads
    // as a headline: the skip link had been the page's title ("Skip to main content")
    const page = lines([
      'Skip to main content',
      'Lanterns return to the old harbour after a decade. Now the town wants more.',
      'The harbour festival, cancelled for ten years, drew thousands of visitors to the quay on Saturday.',
    ]);
    expect(
      titleCandidates(page, 1, () => false, [(page[1] as BodyBlock).text, (page[2] as BodyBlock).text]).map(
        (c) => c.index,
      ),
    ).toEqual([1]);
  });

  it('is told in the languages of the phrase list, and only as a short line', () => {
    expect(
      ['Skip to content', 'SKIP TO SITE INDEX', 'Zum Inhalt springen', 'Aller au contenu principal'].map(
        (t) => isSkipLink(t),
      ),
    ).toEqual([true, true, true, true]);
    expect(
      isSkipLink(
        'Readers can skip to the recipe, but the story of how this cake came to our family is worth it.',
      ),
    ).toBe(false);
  });
});
