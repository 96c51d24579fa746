import { describe, expect, it } from 'vitest';
import { dropContentsLists } from '../src/html/contents-lists.js';
import { bodyPage } from './body-page.js';

const kept = (markup: string) => {
  const page = bodyPage(markup);
  const keep = dropContentsLists(
    page,
    page.blocks.map((_, i) => i),
  );
  return keep.map((i) => page.blocks[i]?.text);
};
const sections = ['Sowing', 'Thinning', 'Harvest'];
const prose = sections
  .map(
    (s) =>
      `<h2 id="${s.toLowerCase()}">${s}</h2><p>What the post says about ${s.toLowerCase()}, at length.</p>`,
  )
  .join('');

describe('dropContentsLists', () => {
  it("leaves out a list of links to the page's own sections, which repeats their headings", () => {
    const contents = sections.map((s) => `<li><a href="#${s.toLowerCase()}">${s}</a></li>`).join('');
    expect(kept(`<ul>${contents}</ul>${prose}`)).toEqual(kept(prose));
  });

  it("keeps a list of footnotes, whose links go to the page's citations and name no heading", () => {
    const notes = [1, 2, 3].map((n) => `<li><a href="#ref${n}">^</a> <a href="#cite${n}">Hale 2003</a></li>`);
    expect(kept(`${prose}<ol>${notes.join('')}</ol>`)).toHaveLength(9);
  });

  it('keeps headings linked to their own anchors', () => {
    const linked = sections.map((s) => `<h2><a href="#${s}">${s}</a></h2><p>A paragraph under ${s}.</p>`);
    expect(kept(`<div>${linked.join('')}</div>`)).toHaveLength(6);
  });
});
