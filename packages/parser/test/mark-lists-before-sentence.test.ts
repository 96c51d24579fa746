import { describe, expect, it } from 'vitest';
import type { BodyBlock } from '../src/extraction.js';
import { classifyLines } from '../src/text/classify-lines.js';

const linesOf = (texts: string[]): BodyBlock[] =>
  texts.map((text, i) => ({ text, line: i + 1, column: 1, offset: 0 }));
const kindsOf = (texts: string[], scrape = true) => classifyLines(linesOf(texts), undefined, scrape);

const PARAGRAPH =
  'The ridge path runs for some seventy kilometres above the river valley, and most walkers take three days over it, sleeping in the villages.';
const INTRO = 'The path drops down to the valley only to reach these villages:';
const NAMES = ['Altenbrunn', 'Kessling', 'Mooshof', 'Tannried'];
const AFTER = 'Each of them has a bakery that opens early.';

describe('markListsBeforeSentence (through classifyLines)', () => {
  it('takes the short lines a sentence of the text introduces, over a sentence, for a list', () => {
    expect(kindsOf([PARAGRAPH, INTRO, ...NAMES, AFTER]).slice(2, 6)).toEqual([
      'item',
      'item',
      'item',
      'item',
    ]);
  });

  it('leaves them alone in saved HTML, whose elements tell lists apart', () => {
    expect(kindsOf([PARAGRAPH, INTRO, ...NAMES, AFTER], false).slice(2, 6)).toEqual([
      'short',
      'short',
      'short',
      'short',
    ]);
  });

  it('asks for a line of text above the introduction: a breadcrumb under a menu is no list', () => {
    const kinds = kindsOf(['Home', 'News', 'Sport', 'You are here in our archive:', 'Energy', 'Heat', AFTER]);
    expect(kinds.slice(4, 6)).toEqual(['short', 'short']);
  });

  it('ends the list at a furniture line, which heads teasers', () => {
    const kinds = kindsOf([PARAGRAPH, INTRO, 'Altenbrunn', 'Kessling', 'Related articles', AFTER]);
    expect(kinds.slice(2, 4)).toEqual(['short', 'short']);
  });

  it('asks for a sentence of the text after the list, not a call to sign up', () => {
    const kinds = kindsOf([
      PARAGRAPH,
      'Here is what else our readers are looking at this week:',
      'Copper Prices Slide On Weak Demand',
      'Central Bank Holds Rates Steady',
      'Sign up for our morning briefing and get the news first.',
    ]);
    expect(kinds.slice(2, 4)).toEqual(['short', 'short']);
  });

  it('ends the list at a line whose shape recurs on the page (a product box, a menu)', () => {
    const kinds = kindsOf([PARAGRAPH, INTRO, 'Altenbrunn', 'Order now', 'Kessling', AFTER, 'Order now']);
    expect(kinds.slice(2, 5)).not.toContain('item');
  });
});
