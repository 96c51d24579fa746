import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Article } from '@briefing/model';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

const corpus = fileURLToPath(new URL('../../../corpus', import.meta.url));
const parse = (name: string) =>
  parseArticle({ path: `corpus/${name}`, data: fs.readFileSync(path.join(corpus, name)) });

describe('the seed articles in corpus/', () => {
  for (const name of fs.readdirSync(corpus).sort()) {
    it(`pins the article found in ${name}`, async () => {
      const { value, diagnostics } = parse(name);
      expect(value).not.toBeNull();
      expect(() => Article.parse(value)).not.toThrow();
      const id = name.replace(/\.txt$/, '');
      await expect(`${JSON.stringify({ article: value, diagnostics }, null, 2)}\n`).toMatchFileSnapshot(
        `fixtures/${id}/article.json`,
      );
    });
  }

  it('finds the metadata each seed states', () => {
    const meta = (name: string) => {
      const a = parse(name).value as Article;
      return { title: a.title, authors: a.authors, published: a.published, outlet: a.outlet };
    };
    expect(meta('al-fassel-long-term-partnership.txt')).toEqual({
      title: 'Iraq, US work towards comprehensive, long-term partnership',
      authors: ['Anas al-Bar'],
      published: null,
      outlet: 'Al-Fassel',
    });
    expect(meta('alwaght-nato-mission-boost.txt')).toEqual({
      title: 'More Instability to Come? NATO Plans Military Activity Boost In Iraq',
      authors: [],
      published: '2020-12-26',
      outlet: 'Alwaght',
    });
    expect(meta('strategic-council-us-withdrawal-approach.txt')).toEqual({
      title: 'US’s Real Approach to Termination of Military Presence in Iraq?',
      authors: ['Barsam Mohammadi'],
      // "officially started on Saturday, January 27" with 2023 mentioned: inferred, to the year only
      published: '2024',
      outlet: 'Strategic Council Online',
    });
    expect(meta('us-vision-real-security-reform.txt')).toMatchObject({
      title: 'What Does the United States Mean by Real Security Reform in Iraq?',
      published: '--03-27',
    });
    expect(meta('joint-operations-foreign-forces.txt')).toMatchObject({ published: '2024-03-30' });
  });

  it('opens each body with the article’s first sentence and closes with its last', () => {
    const ends = (name: string) => {
      const paragraphs = (parse(name).value as Article).text.split('\n\n');
      return [
        paragraphs[0]?.split(' ').slice(0, 6).join(' '),
        paragraphs.at(-1)?.split(' ').slice(-5).join(' '),
      ];
    };
    expect(ends('al-fassel-long-term-partnership.txt')).toEqual([
      'Meetings between Iraqi and US officials',
      'laundering crimes, he told Al-Fassel.',
    ]);
    expect(ends('alwaght-nato-mission-boost.txt')).toEqual([
      'Security has been the missing link',
      'the US, in West Asia.',
    ]);
    expect(ends('joint-operations-foreign-forces.txt')).toEqual([
      'Amidst evolving security dynamics in Iraq,',
      'quest for sovereignty and peace.',
    ]);
    expect(ends('strategic-council-us-withdrawal-approach.txt')).toEqual([
      'Talks between the Iraqi and American',
      'covered with a velvet glove.',
    ]);
    expect(ends('us-vision-real-security-reform.txt')).toEqual([
      'The complex security situation in Iraq',
      'of major and regional powers.',
    ]);
  });
});
