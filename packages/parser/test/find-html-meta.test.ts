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

  it('reads the name after a by-word that follows a date, and drops a separator left at the end', () => {
    expect(meta('<p class="byline">Posted on May 3, 2027 by Jane Roe</p>').authors).toEqual(['Jane Roe']);
    expect(meta('<p class="byline">3. Mai 2027 · von Jane Roe · in Notizen</p>').authors).toEqual([
      'Jane Roe',
    ]);
    expect(meta('<div class="author-name">Von Jane Roe -</div>').authors).toEqual(['Jane Roe']);
    // no date before it: the word is a name's
    expect(meta('<span class="author">Walter von Tarnby</span>').authors).toEqual(['Walter von Tarnby']);
  });

  it('passes over a meta tag that names the site by its address for the byline', () => {
    const page = `<link rel="canonical" href="https://www.tarnbyledger.com/a"><meta name="author" content="TarnbyLedger.com">
      <p class="byline">By Marit Olsby</p>`;
    expect(meta(page).authors).toEqual(['Marit Olsby']);
  });
});
