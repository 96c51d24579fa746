import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';
import { isCallToReader } from '../src/text/furniture-lines.js';

describe('isCallToReader', () => {
  it('tells a short call to sign up, join or support the site', () => {
    expect(isCallToReader("The day's top stories, straight to your inbox every morning.")).toBe(true);
    expect(isCallToReader('Unterstützen Sie unabhängigen Journalismus!')).toBe(true);
  });

  it("leaves a longer sentence of the article that names such a step, and a wire's reporting credit", () => {
    expect(
      isCallToReader(
        'The shop is not taking pre-orders either, but readers can sign up to be notified when the cards are back in stock next month.',
      ),
    ).toBe(false);
    expect(isCallToReader('Reporting by Jane Roe; Editing by John Doe')).toBe(false);
  });
});

describe('calls to the reader inside a text scrape', () => {
  it('keeps them when they are all the page says', () => {
    const page = [
      'Home',
      'About',
      'Donate',
      '',
      'We are a small newsroom funded by our readers.',
      'Support our journalism with a monthly gift.',
      'Sign up for our newsletter to hear about new stories.',
    ].join('\n');
    const text = parseArticle({ path: 'call.txt', data: Buffer.from(page) }).value?.text ?? '';
    expect(text).toContain('Support our journalism');
  });
});
