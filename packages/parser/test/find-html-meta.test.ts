import type { Root } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { findHtmlMeta } from '../src/html/find-html-meta.js';

const meta = (html: string) => findHtmlMeta(unified().use(rehypeParse).parse(html) as Root);

describe('findHtmlMeta: the <h1> read as the headline', () => {
  it('passes over a logo <h1> that is one link to the home page', () => {
    const page = `<title>Pebble Notes » Blog Archive » Mending a cracked flowerpot</title>
      <h1><a href="https://pebblenotes.example/">Pebble Notes</a></h1><h2>Mending a cracked flowerpot</h2>`;
    expect(meta(page).title).toBe('Mending a cracked flowerpot');
  });

  it('keeps an <h1> that only holds a link to the home page among other words', () => {
    const page = `<h1>Back at <a href="/">Pebble Notes</a> after a long winter</h1>`;
    expect(meta(page).title).toBe('Back at Pebble Notes after a long winter');
  });
});

describe('findHtmlMeta: a byline element', () => {
  it('cuts the opening words of any language of data/byline-words.yaml before the name', () => {
    for (const opening of ['By', 'Written by', 'von', 'przez'])
      expect(meta(`<p class="byline">${opening} Jane Roe</p>`).authors, opening).toEqual(['Jane Roe']);
  });
});
