import { describe, expect, it } from 'vitest';
import { dropHeadedLinkLists } from '../src/html/headed-link-lists.js';
import { bodyPage } from './body-page.js';

const before =
  '<p>Norvale Transit will run its three night bus lines again from the first of June, the company said on Tuesday.</p>';
const after =
  '<p>Ana Ruiz, who heads the planning office, said forty drivers had been hired since January for the lines.</p>';
/** The texts of a page's blocks that `dropHeadedLinkLists` keeps when every block is the body. */
const kept = (body: string) => {
  const page = bodyPage(body);
  return dropHeadedLinkLists(
    page,
    page.blocks.map((_, i) => i),
  ).map((i) => page.blocks[i]?.text);
};

describe('dropHeadedLinkLists, a list with no label', () => {
  it("drops a list of linked headlines to the site's own pages set whole between two paragraphs", () => {
    expect(
      kept(`${before}<ul><li><a href="/transit/drivers">Why the company ran short of drivers last winter</a></li>
<li><a href="/city/late-shifts">Hospital staff on late shifts ask for safer rides home</a></li></ul>${after}`),
    ).toEqual([before.slice(3, -4), after.slice(3, -4)]);
  });

  it('keeps a list whose links go to another site (the sources the article names)', () => {
    expect(
      kept(`${before}<ul><li><a href="https://norvale-transit.example/timetables">Night lines timetables for the summer</a></li>
<li><a href="https://norvale-transit.example/review">Review of the night service pause, March report</a></li></ul>${after}`),
    ).toHaveLength(4);
  });

  it('keeps a list the body holds only part of, and one the body ends on', () => {
    expect(
      kept(`${before}<ul><li><a href="/a">Why the company ran short of drivers last winter</a></li>
<li>Hospital staff on late shifts ask for safer rides home, the union said.</li></ul>${after}`),
    ).toHaveLength(4);
    expect(
      kept(`${before}<ul><li><a href="/a">Why the company ran short of drivers last winter</a></li></ul>`),
    ).toHaveLength(2);
  });
});
