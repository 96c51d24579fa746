import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';
import { isCallToReader } from '../src/text/sign-off-lines.js';

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
  it('keeps a sentence of the article that reports a call, standing between paragraphs', () => {
    const page = [
      'Home',
      'News',
      '',
      'Dock workers at the port extended their strike on Tuesday, leaving more than forty ships waiting at anchor as talks with the terminal operators broke down over pay.',
      '"Join us at the gates on Saturday," the union said in a statement.',
      'The operators said they would not improve their offer of a 4% raise, which they called the most the terminals could afford this year.',
      '"Support our farmers, not the importers," read one of the banners.',
      'Exporters of fruit have warned that the stoppage could cost them millions of dollars a day at the height of the grape season.',
    ].join('\n');
    const text = parseArticle({ path: 'strike.txt', data: Buffer.from(page) }).value?.text ?? '';
    expect(text).toContain('Join us at the gates');
    expect(text).toContain('Support our farmers');
  });

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

  it("keeps the article's sentences about a privacy policy, which read as a site's notice", () => {
    const page = [
      'Home',
      'Tech',
      '',
      'The data protection authority fined the social network 20 million euros on Tuesday over the way it asked its users for their consent to be tracked across other websites and apps, the largest fine it has imposed.',
      'The company updated its privacy policy on Monday after the regulator ruled against it.',
      'It also changed its terms of service for users under the age of sixteen.',
      'The company said it would appeal against the fine, which it called disproportionate, and that it had cooperated with the authority throughout an inquiry that lasted more than two years and cost it millions in legal fees.',
    ].join('\n');
    const text = parseArticle({ path: 'fine.txt', data: Buffer.from(page) }).value?.text ?? '';
    expect(text).toContain('updated its privacy policy');
    expect(text).toContain('changed its terms of service');
  });
});
