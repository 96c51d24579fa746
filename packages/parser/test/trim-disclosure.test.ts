import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';
import { isDisclosureLine } from '../src/text/sign-off-lines.js';

const DISCLOSURE =
  'Some of the links on this page are affiliate links: we may earn a commission when you buy through them.';

/** The text a text scrape's body keeps. */
function bodyOf(lines: string[]): string {
  return parseArticle({ path: 'review.txt', data: Buffer.from(lines.join('\n')) }).value?.text ?? '';
}

describe('isDisclosureLine', () => {
  it("tells a site's disclosure of its earnings from what it recommends", () => {
    expect(isDisclosureLine(DISCLOSURE)).toBe(true);
    expect(isDisclosureLine('Subscribe to our newsletter for the best deals every week.')).toBe(false);
  });
});

describe("a disclosure at a text scrape's opening", () => {
  const article = [
    'The new kettle boils a litre of water in just under three minutes, a little slower than the one it replaces, but it is far quieter and its lid no longer sticks.',
    'Its base is wide enough to stand steady on a crowded counter, and the water gauge can be read from either side, which left-handed testers welcomed.',
  ];

  it('leaves it out when the article follows', () => {
    const text = bodyOf(['Reviews', '', 'Our verdict on the new kettle', DISCLOSURE, ...article]);
    expect(text.startsWith('The new kettle boils')).toBe(true);
  });

  it('keeps it when the page says little else', () => {
    const text = bodyOf(['Reviews', '', 'Our verdict on the new kettle', DISCLOSURE, 'The kettle is quiet.']);
    expect(text).toContain('we may earn a commission');
  });
});
