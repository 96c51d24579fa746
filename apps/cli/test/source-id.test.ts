import { describe, expect, it } from 'vitest';
import { webSourceId } from '../src/source-id.js';

describe('webSourceId', () => {
  it("names a page after the last part of its URL's path, with a hash of the URL", () => {
    expect(webSourceId('https://example.org/2024/04/20/Harbour-Deal_Signed.html')).toMatch(
      /^harbour-deal-signed-[0-9a-f]{8}$/,
    );
    expect(webSourceId('https://example.org/news/caf%C3%A9-opens/')).toMatch(/^cafe-opens-[0-9a-f]{8}$/);
  });

  it('takes the host when the path says nothing, and stays within its length', () => {
    expect(webSourceId('https://news.example.org/?p=12')).toMatch(/^news-example-org-[0-9a-f]{8}$/);
    const long = webSourceId(`https://example.org/${'word-'.repeat(40)}end`);
    expect(long.length).toBeLessThanOrEqual(60 + 9);
    expect(long).toMatch(/^word-word-.*[a-z]-[0-9a-f]{8}$/);
  });

  it('tells apart two URLs that end alike, and gives one URL the same id every time', () => {
    const a = webSourceId('https://example.org/a/story.html');
    const b = webSourceId('https://example.org/b/story.html');
    expect(a).not.toBe(b);
    expect(a.slice(0, 6)).toBe('story-');
    expect(webSourceId('https://example.org/a/story.html')).toBe(a);
  });
});
