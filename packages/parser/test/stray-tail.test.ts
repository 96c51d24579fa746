import { describe, expect, it } from 'vitest';
import { dropStrayTail } from '../src/html/stray-tail.js';
import { bodyPage } from './body-page.js';

const ARTICLE = [
  '<p>The council agreed on Tuesday to keep the city library open until midnight on weekdays during the exam season, after students asked for more quiet places to revise.</p>',
  '<p>Extra staff have been hired for the evening shifts, and the reading rooms on the second floor will be kept free of events until the end of June.</p>',
].join('');
const LEFT_OUT = '<p>Photo: Jane Roe</p>';
const CLOSE =
  '<p>The library will publish the new hours on its website next week, together with a map of the reading rooms that stay open late and the rules for booking a desk.</p>';

/** The kept texts once the stray tail is dropped, when every block but the left-out one is kept. */
const kept = (body: string) => {
  const p = bodyPage(body);
  const keep = p.blocks.flatMap((b, i) => (b.text.startsWith('Photo:') ? [] : [i]));
  return dropStrayTail(p, keep).map((i) => p.blocks[i]?.text);
};

describe('dropStrayTail', () => {
  it('drops a last line of fewer than 25 words standing after a block the body left out', () => {
    expect(kept(`${ARTICLE}${LEFT_OUT}<p>Follow the library on Instagram for more.</p>`)).toEqual(
      bodyPage(ARTICLE).blocks.map((b) => b.text),
    );
  });

  it('keeps a closing paragraph of 25 words or more, a short line with no gap above it and two short lines after the gap', () => {
    expect(kept(`${ARTICLE}${LEFT_OUT}${CLOSE}`)).toHaveLength(3);
    expect(kept(`${ARTICLE}<p>Follow the library on Instagram for more.</p>`)).toHaveLength(3);
    expect(kept(`${ARTICLE}${LEFT_OUT}<p>Opening hours</p><p>Monday to Friday, 8 to 24</p>`)).toHaveLength(4);
  });

  it('keeps the tail when less than 50 words of the body would stay', () => {
    expect(kept(`<p>A short note on the library.</p>${LEFT_OUT}<p>Open until midnight.</p>`)).toHaveLength(2);
  });
});
