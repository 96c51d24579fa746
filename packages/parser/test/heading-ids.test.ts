import type { Element, Root } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { collectBlocks } from '../src/html/collect-blocks.js';
import { isHeadingSlugId } from '../src/html/heading-ids.js';

/** The first element of a fragment's body. */
function firstElement(html: string): Element {
  const tree = unified().use(rehypeParse, { fragment: true }).parse(html) as Root;
  return tree.children.find((c) => c.type === 'element') as Element;
}

describe('isHeadingSlugId', () => {
  it("tells an id made of the element's own heading", () => {
    expect(
      isHeadingSlugId(
        firstElement(
          '<div id="sharing-seed-with-other-societies"><h2><a href="#x">Sharing seed with other societies</a>¶</h2><p>Twice a year.</p></div>',
        ),
      ),
    ).toBe(true);
    expect(isHeadingSlugId(firstElement('<h2 id="Social_media_and_clubs">Social media and clubs</h2>'))).toBe(
      true,
    );
  });

  it('leaves a role name, a one-word id and a heading that is not the opening alone', () => {
    expect(isHeadingSlugId(firstElement('<div id="comments"><h2>Comments</h2><p>A reply.</p></div>'))).toBe(
      false,
    );
    expect(isHeadingSlugId(firstElement('<div id="share-box"><h3>Share this story</h3></div>'))).toBe(false);
    expect(
      isHeadingSlugId(firstElement('<div id="social-links"><p>Follow us</p><h3>Social links</h3></div>')),
    ).toBe(false);
  });
});

describe('collectBlocks, a section whose id is its heading', () => {
  const page = (section: string) =>
    collectBlocks(
      unified()
        .use(rehypeParse)
        .parse(
          `<body><p>${'An opening sentence of the guide runs on here for a while. '.repeat(8)}</p><p>${'A second paragraph of the guide, as long as the first one. '.repeat(8)}</p>${section}</body>`,
        ) as Root,
    ).blocks.map((b) => b.text);

  it('keeps its text, which the furniture word in its id named away', () => {
    expect(
      page(
        '<div id="sharing-seed-with-neighbours"><h2>Sharing seed with neighbours</h2><p>The surplus is swapped twice a year.</p></div>',
      ),
    ).toContain('The surplus is swapped twice a year.');
  });

  it('still skips a box of links headed so', () => {
    expect(
      page(
        '<div id="related-guides"><h3>Related guides</h3><ul><li><a href="/a">Making leaf mould over one winter</a></li><li><a href="/b">Collecting rainwater from a shed roof</a></li></ul></div>',
      ),
    ).not.toContain('Making leaf mould over one winter');
  });
});
