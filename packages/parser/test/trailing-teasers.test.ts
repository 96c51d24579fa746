import { describe, expect, it } from 'vitest';
import { dropTrailingTeasers } from '../src/html/trailing-teasers.js';
import { bodyPage } from './body-page.js';

const ARTICLE = [
  '<p>The council agreed on Tuesday to keep the city library open until midnight on weekdays during the exam season, after students asked for more quiet places to revise.</p>',
  '<p>Extra staff have been hired for the evening shifts, and the reading rooms on the second floor will be kept free of events until the end of June.</p>',
].join('');
const CARD =
  '<div class="card"><div class="card-title">New bus line</div><div class="card-text">A new bus line will link the station with the campus every ten minutes from September</div>';

/** The kept texts once the teasers are dropped, when every block but the pointers is kept. */
const kept = (body: string) => {
  const p = bodyPage(body);
  const keep = p.blocks.flatMap((b, i) => (/^(read more|weiterlesen)/i.test(b.text) ? [] : [i]));
  return dropTrailingTeasers(p, keep).map((i) => p.blocks[i]?.text);
};

describe('dropTrailingTeasers', () => {
  it('drops the teasers the body ends on, each with its title, when a "Read more" link closes them', () => {
    expect(
      kept(`${ARTICLE}${CARD}<a href="/bus">Read more</a></div>${CARD}<a href="/bus2">Weiterlesen</a></div>`),
    ).toEqual(bodyPage(ARTICLE).blocks.map((b) => b.text));
  });

  it('keeps the body going on under the pointer (a collapsed article), a pointer with a colon and one that is no link', () => {
    const goesOn = `${ARTICLE}<div><a href="#rest">Read more</a></div>${ARTICLE}`;
    expect(kept(goesOn)).toHaveLength(4);
    expect(kept(`${ARTICLE}${CARD}<a href="/bus">Read more:</a></div>`)).toHaveLength(4);
    expect(kept(`${ARTICLE}${CARD}<span>Read more</span></div>`)).toHaveLength(4);
  });

  it('keeps a teaser when less than 50 words of the body would stay', () => {
    expect(kept(`<p>A short note on the library.</p>${CARD}<a href="/bus">Read more</a></div>`)).toHaveLength(
      3,
    );
  });
});
