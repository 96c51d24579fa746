import { describe, expect, it } from 'vitest';
import type { BodyBlock } from '../src/extraction.js';
import type { LineKind } from '../src/text/classify-lines.js';
import { wordsIn } from '../src/text/count-words.js';
import { foreignHeadlines, labelledCards, linkBoxLines } from '../src/text/link-box.js';

const TEXT = 'The harbour committee met on Monday to agree the summer timetable for the ferry.';

/** The link-box lines found in a box of short lines between two paragraphs. */
function found(box: string[]): number[] {
  const texts = [TEXT, ...box, TEXT];
  const lines = texts.map((text, i): BodyBlock => ({ text, line: i + 1, column: 1, offset: 0 }));
  const kinds = texts.map((t): LineKind => (t === TEXT ? 'prose' : 'short'));
  return [...linkBoxLines(lines, kinds, 0, texts.length - 1)].sort((a, b) => a - b);
}

describe('linkBoxLines', () => {
  it('leaves out a box of links under a pointer, but for its last line over the text', () => {
    expect(found(['Related articles', 'Council approves the budget', 'Storm closes the airport'])).toEqual([
      1, 2,
    ]);
  });
  it('keeps a box of figures: amounts, prices, times are the article’s data', () => {
    expect(found(['Print Recipe', '500 g Strong Flour', '7 g Dried Yeast', '300 ml Warm Water'])).toEqual([]);
  });
  it('counts no date stamp as a figure: a teaser list dates each headline', () => {
    expect(
      found([
        'Related articles',
        'Council approves the budget',
        '14 May 2024',
        'Storm closes the airport',
        '12 May 2024',
      ]),
    ).toEqual([1, 2, 3, 4]);
  });
  it('counts no date written inside a line as a figure: an archive lists its posts by date', () => {
    expect(
      found([
        'Recent videos',
        'Dec 2, 2018 Harbour Festival - Opening Night on the Quay - Fireworks over the Bay Dec 2, 2018',
        'Nov 9, 2018 Lifeboat Crew - Night Rescue Drill off the North Cliffs - Behind the Scenes Nov 9, 2018',
        'Nov 8, 2018 Island Choir - Spring Concert in the Old Chapel - Songs of the Sea Nov 8, 2018',
      ]),
    ).toEqual([1, 2, 3]);
  });
});

describe('foreignHeadlines', () => {
  const ABOVE =
    'Apple and pear growers in the valley lost half of their blossom when a late frost settled over the orchards.';
  const BELOW =
    'The growers have asked the regional government for help, and say that some orchards may have to be sold.';
  /** The lines found between two paragraphs about a frost in the orchards, `above` the first. */
  function foreign(box: string[], above = ABOVE): number[] {
    const texts = [above, ...box, BELOW];
    const lines = texts.map((text, i): BodyBlock => ({ text, line: i + 1, column: 1, offset: 0 }));
    const kinds = texts.map((_, i): LineKind => (i === 0 || i === texts.length - 1 ? 'prose' : 'clause'));
    const words = texts.map((t) => wordsIn(t));
    return [...foreignHeadlines(lines, kinds, 0, texts.length - 1, words)].sort((a, b) => a - b);
  }
  const OTHERS = [
    'Council votes to rebuild the old swimming baths',
    '3 things to know before the marathon closes the bridge',
    'Rail operator warns of weekend delays as signal work begins',
  ];
  it('leaves out a run of other articles’ headlines between two paragraphs', () => {
    expect(foreign(OTHERS)).toEqual([1, 2, 3]);
  });
  it('keeps a run of lines that speak of what the paragraphs do', () => {
    expect(
      foreign([
        'Growers in the valley lost the blossom of their pear trees',
        'Smaller orchards were hit hardest by the frost',
        'The regional government may help the growers',
      ]),
    ).toEqual([]);
  });
  it('keeps a run introduced by a colon: a list the paragraph announces', () => {
    expect(foreign(OTHERS, 'The growers listed what else worried them this spring:')).toEqual([]);
  });
  it('keeps two such lines: a box is three or more', () => {
    expect(foreign(OTHERS.slice(0, 2))).toEqual([]);
  });
});

describe('labelledCards', () => {
  const ARTICLE = [
    'The ferry company said on Monday that the summer timetable will add two evening crossings to the island from June.',
    'The new crossings follow complaints from islanders who work late in town and could not get home after the last boat.',
    'The company will hire six more crew members, and the fares will stay as they are until the end of the year.',
  ];
  const BLURB = 'The committee agreed the plan on Friday after a long debate about costs.';
  /** The lines found in an article about a ferry timetable followed by `tail`, as kinds say. */
  function cards(tail: [string, LineKind][]): number[] {
    const all: [string, LineKind][] = [...ARTICLE.map((t): [string, LineKind] => [t, 'prose']), ...tail];
    const lines = all.map(([text], i): BodyBlock => ({ text, line: i + 1, column: 1, offset: 0 }));
    const kinds = all.map(([, kind]) => kind);
    const words = all.map(([t]) => wordsIn(t));
    return [...labelledCards(lines, kinds, 0, all.length - 1, words)].sort((a, b) => a - b);
  }
  const PAIRS: [string, LineKind][] = [
    ['12.05.2026 - Harbour gets a new crane', 'clause'],
    [BLURB, 'sentence'],
    ['Who will run the island bus?', 'sentence'],
    [BLURB, 'sentence'],
    ['Ferry fares rise on the coast', 'short'],
    [BLURB, 'sentence'],
  ];
  it('leaves out a label and the headline-and-blurb cards under it closing the body', () => {
    expect(cards([['Read also', 'short'], ...PAIRS])).toEqual([3, 4, 5, 6, 7, 8, 9]);
  });
  it('leaves out a label and the glued cards under it', () => {
    const glued = PAIRS.filter((_, i) => i % 2 === 0).map(([h]): [string, LineKind] => [
      `${h} Work starts in May.`,
      'sentence',
    ]);
    expect(cards([['You may also like', 'short'], ...glued])).toEqual([3, 4, 5, 6]);
  });
  it('keeps what is under a "Read more": the article may go on under it', () => {
    expect(cards([['Read more', 'short'], ...PAIRS])).toEqual([]);
  });
  it('keeps what is under a label when text follows the cards: they do not close the body', () => {
    expect(cards([['Read also', 'short'], ...PAIRS, [ARTICLE[0] as string, 'prose']])).toEqual([]);
  });
  it('keeps a label over the article going on in paragraphs beside subheadings', () => {
    expect(
      cards([
        ['Read also', 'short'],
        ['Harbour gets a new crane', 'short'],
        [BLURB, 'sentence'],
        [BLURB, 'sentence'],
        ['Ferry fares rise on the coast', 'short'],
        [BLURB, 'sentence'],
        [BLURB, 'sentence'],
      ]),
    ).toEqual([]);
  });
  it('keeps two cards: a box is three or more', () => {
    expect(cards([['Read also', 'short'], ...PAIRS.slice(0, 4)])).toEqual([]);
  });
});
