import { describe, expect, it } from 'vitest';
import type { BodyBlock } from '../src/extraction.js';
import { classifyLines } from '../src/text/classify-lines.js';

const linesOf = (texts: string[]): BodyBlock[] =>
  texts.map((text, i) => ({ text, line: i + 1, column: 1, offset: 0 }));
const kindsOf = (texts: string[]) => classifyLines(linesOf(texts), undefined, true);

const PARAGRAPH =
  'The council approved the plan on Thursday night by 31 votes to 4, and work on the embankments could begin as early as next spring, the leader said.';
const NEXT =
  'Opponents said the money would be better spent on clearing the drains upstream, which they blamed for making the floods of the last five winters worse.';

describe('markIntroducedLists (through classifyLines)', () => {
  it('takes the short lines under a line ending in a colon, with prose after them, for a list', () => {
    const kinds = kindsOf([PARAGRAPH, 'You will need:', 'Flour', 'Butter', 'Sugar', NEXT]);
    expect(kinds.slice(2, 5)).toEqual(['item', 'item', 'item']);
  });

  it('takes no list under a call to share or follow: its buttons stay furniture', () => {
    const kinds = kindsOf([PARAGRAPH, 'Share this:', 'Facebook', 'Pinterest', 'Email', NEXT]);
    expect(kinds.slice(2, 5)).not.toContain('item');
  });

  it('still takes the headlines under a "Read more:" for neutral lines, which teaserLines leaves out', () => {
    const kinds = kindsOf([
      PARAGRAPH,
      'Read more:',
      'Heatwave Pushes Power Demand To Record',
      'Planes Sent Under Rescue Scheme',
      NEXT,
    ]);
    expect(kinds.slice(2, 4)).toEqual(['item', 'item']);
  });
});
