import { describe, expect, it } from 'vitest';
import { itemStream } from '../src/html/item-stream.js';
import { parseArticle } from '../src/index.js';
import { bodyPage } from './body-page.js';

const card = (n: number) =>
  `<div class="card"><h2><a href="/p/${n}">A teaser headline number ${n} for another post</a></h2><p>The blurb of another post on the site, a sentence or two long, that sends the reader on to that post.</p></div>`;
const streamOf = (markup: string) => {
  const page = bodyPage(markup);
  return itemStream(page, page.blocks);
};

describe('itemStream', () => {
  it('finds a run of cards, each a linked headline over its blurb', () => {
    expect(streamOf(`<div class="more">${[1, 2, 3].map(card).join('')}</div>`)?.items).toHaveLength(3);
  });

  it('finds a reference list, each entry opening on its authors and stating a year', () => {
    const entry = (n: number) =>
      `<li class="ref"><span>${n}.</span><p>Hale JM, Ortiz R. Nesting sites of coastal terns number ${n}. J Coast Ecol. 2011;14:211–219.</p><p><a href="/d/${n}">Article</a></p></li>`;
    expect(streamOf(`<ol class="refs">${[1, 2, 3, 4].map(entry).join('')}</ol>`)?.items).toHaveLength(4);
  });

  it("finds none in a page's tabs, whose linked labels are one or two words", () => {
    const tab = (label: string) =>
      `<div class="tab"><a href="#${label}">${label}</a><p>What this panel of the product's page says about it, a sentence long.</p></div>`;
    expect(
      streamOf(`<div class="tabs">${['Description', 'Allergens', 'Reviews'].map(tab).join('')}</div>`),
    ).toBeNull();
  });

  it("finds none in an article's sections, headed by headings that link nowhere", () => {
    const section = (n: number) =>
      `<section class="part"><h2>Part ${n} of the story goes here</h2><p>A paragraph of the article itself, which goes on about the matter at hand for a while.</p></section>`;
    expect(streamOf([1, 2, 3].map(section).join(''))).toBeNull();
  });
});

describe('the article above a stream of items', () => {
  const parse = (body: string) =>
    parseArticle({
      path: 'page.html',
      data: `<html><head><title>A short post</title></head><body>${body}</body></html>`,
    }).value?.text ?? '';
  // cards whose blurbs outweigh a short post, which the line rules take for the article
  const longCard = (n: number) =>
    `<div class="card"><h2><a href="/p/${n}">A teaser headline number ${n} for another post</a></h2><p>The blurb of another post on the site number ${n}, which is a few sentences long. It tells the reader what that post is about, who wrote it and why it matters to them. Then it sends the reader on to that post.</p></div>`;
  const cards = [1, 2, 3, 4, 5, 6].map(longCard).join('');
  const post =
    '<div class="post"><p>A short post of one paragraph, which says what it has to say in some thirty words and then stops, as short posts on a blog often do.</p></div>';

  it('is the body when it stands under the headline', () => {
    expect(parse(`<h1>A short post</h1>${post}<div class="more">${cards}</div>`)).toMatch(
      /^A short post of one paragraph/,
    );
  });

  it('is not looked for without a headline over it', () => {
    // the cards stay in the body (the post, an unnamed paragraph right above their element, opens it:
    // plain-leads.ts)
    expect(parse(`${post}<div class="more">${cards}</div>`)).toMatch(/A teaser headline number 6/);
  });

  it("is not the body when its element holds the items too (a post's own list of linked items under its lead)", () => {
    const lead =
      '<p>A list post opens with a lead of its own, some twenty-five words long, that tells the reader what the list below it holds and why.</p>';
    expect(parse(`<h1>A short post</h1><div class="entry">${lead}${cards}</div>`)).toMatch(
      /A teaser headline number 6/,
    );
  });
});
