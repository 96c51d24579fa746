import { describe, expect, it } from 'vitest';
import type { BodyBlock } from '../src/extraction.js';
import { embeddedPostEnd, isPostAttribution } from '../src/text/embedded-post.js';

const lines = (texts: string[]): BodyBlock[] =>
  texts.map((text, i) => ({ text, line: i + 1, column: 1, offset: 0 }));

describe('embedded posts', () => {
  it('tell the line an embed prints under a post', () => {
    expect(isPostAttribution('— Jane Roe (@janeroe) February 17, 2020')).toBe(true);
    expect(isPostAttribution('— Harbour Council (@harbour_town) 25. September 2018')).toBe(true);
    expect(isPostAttribution('- Jane Roe (@janeroe) March 3, 2021')).toBe(true);
    // no handle, no year, no dash: a quote's source, a reply, a sentence
    expect(isPostAttribution('— Jane Roe, mayor, February 17, 2020')).toBe(false);
    expect(isPostAttribution('— Jane Roe (@janeroe)')).toBe(false);
    expect(isPostAttribution('Jane Roe (@janeroe) wrote on February 17, 2020')).toBe(false);
  });

  it('take in a post right after the body, its text and its attribution', () => {
    const page = lines([
      'The ferry runs again on Sundays.',
      'Back on Sundays from May! pic.twitter.com/abc',
      '— Harbour Council (@harbour_town) April 2, 2024',
      'Share',
    ]);
    expect(embeddedPostEnd(page, 0)).toBe(2);
    expect(embeddedPostEnd(page, 1)).toBe(2);
    // farther than two lines after the body: another page's, not the article's
    expect(embeddedPostEnd(lines(['Text.', 'Share', 'Most read', '— A (@a) April 2, 2024']), 0)).toBe(0);
    expect(embeddedPostEnd(page, 3)).toBe(3);
  });
});
