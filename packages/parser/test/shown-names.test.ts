import type { Root } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { findHtmlMeta } from '../src/html/find-html-meta.js';
import { isShown, shownTextOf } from '../src/html/shown-names.js';

const tree = (html: string) => unified().use(rehypeParse).parse(html) as Root;
/** Whether the page shows the name, by `isShown`. */
const shows = (name: string, html: string) => isShown(name, shownTextOf(tree(html)));
/** The writers `findHtmlMeta` reads from a page whose `author` meta tag names `name`. */
const writers = (name: string, body: string) =>
  findHtmlMeta(tree(`<head><meta name="author" content="${name}"></head><body>${body}</body>`)).authors;

describe('isShown: a name read as a reader reads it', () => {
  it('finds the words of the name side by side, in any case or spacing', () => {
    expect(shows('Jana Roe', '<p>Words by JANA-ROE, Norvale</p>')).toBe(true);
    expect(shows('Jana Roe', '<p>Roe, Jana</p>')).toBe(false);
  });

  it('finds whole words only: a handle inside a longer word is not shown', () => {
    expect(shows('ann', '<p>The Kestrel Union announced a strike.</p>')).toBe(false);
    expect(shows('Ann', '<p>Ann Roe</p>')).toBe(true);
  });

  it('drops what the name holds in brackets, and a web or mail address after it', () => {
    expect(shows('Jana (Maria) Roe', '<p>by Jana Roe</p>')).toBe(true);
    expect(shows('Jana (Maria) Roe', '<p>by Jana Maria Roe</p>')).toBe(true);
    expect(shows('Jana Roe (jroe7)', '<p>by Jana Roe</p>')).toBe(true);
    expect(shows('Jana Roe (https://roe.example/jana/)', '<p>by Jana Roe</p>')).toBe(true);
    expect(shows('Jana Roe https://roe.example/jana/', '<p>by Jana Roe</p>')).toBe(true);
    expect(shows('Jana Roe jana@roe.example', '<p>by Jana Roe</p>')).toBe(true);
    expect(shows('Jana (Maria) Roe', '<p>by Maria Roe</p>')).toBe(false);
  });

  it('compares a name in a script written without spaces by its letters alone', () => {
    expect(shows('林小明', '<p>作者：林 小明</p>')).toBe(true);
    expect(shows('林小明', '<p>作者：<span>林</span><span>小明</span></p>')).toBe(true);
    expect(shows('北風社林小明', '<p>作者：林小明</p>')).toBe(false);
  });

  it('joins the text of a word across inline elements, and parts text at every element too', () => {
    expect(shows('Jana Roe', '<p>By <span class="dropcap">J</span>ana Roe</p>')).toBe(true);
    expect(shows('Jana Roe', '<p><span>By</span><a href="/jana">Jana</a><a href="/jana">Roe</a></p>')).toBe(
      true,
    );
    expect(shows('Jana Roe', '<div>Jana</div><div>Roes</div>')).toBe(false);
  });

  it('passes every name on a page that shows no text', () => {
    expect(shows('Jana Roe', '<script>draw()</script>')).toBe(true);
  });
});

describe('findHtmlMeta: a meta tag writer the page shows in another form', () => {
  it('keeps a writer whose tag adds a profile address the page does not show', () => {
    expect(writers('Jana Roe (https://roe.example/jana/)', '<p>Posted by Jana Roe</p>')).toEqual([
      'Jana Roe (https://roe.example/jana/)',
    ]);
  });

  it('keeps a writer whose tag adds a handle in brackets', () => {
    expect(writers('林小明 (xiaoming7)', '<p>林小明 發表</p>')).toEqual(['林小明 (xiaoming7)']);
  });
});

describe("findHtmlMeta: the site's name shown only in the site's header or footer", () => {
  /** The writers of a page whose `author` tag names `name` and whose `og:site_name` is "Norvale Ledger". */
  const signed = (name: string, body: string) =>
    findHtmlMeta(
      tree(
        `<head><meta name="author" content="${name}"><meta property="og:site_name" content="Norvale Ledger"></head><body>${body}</body>`,
      ),
    ).authors;
  const header = '<header><a href="/">Norvale Ledger</a></header>';
  const footer = '<footer><p>© 2024 Norvale Ledger</p></footer>';

  it('gives no writer when the logo and the copyright line alone show the name', () => {
    expect(signed('Norvale Ledger', `${header}<main><p>The ferry runs later.</p></main>${footer}`)).toBe(
      undefined,
    );
    expect(
      signed('Norvale Ledger', `<div class="masthead">Norvale Ledger</div><p>The ferry runs later.</p>`),
    ).toBe(undefined);
  });

  it("keeps the site's name when the article shows it", () => {
    expect(
      signed(
        'Norvale Ledger',
        `${header}<article><p>By Norvale Ledger</p><p>The ferry runs later.</p></article>`,
      ),
    ).toEqual(['Norvale Ledger']);
  });

  it("keeps a person's name the copyright line alone shows: a writer's own site", () => {
    expect(
      signed('Jana Roe', `${header}<main><p>The ferry runs later.</p></main><footer>© Jana Roe</footer>`),
    ).toEqual(['Jana Roe']);
  });
});
