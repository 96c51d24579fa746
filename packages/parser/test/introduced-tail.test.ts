import { describe, expect, it } from 'vitest';
import type { BodyBlock } from '../src/extraction.js';
import { classifyLines } from '../src/text/classify-lines.js';
import { wordsIn } from '../src/text/count-words.js';
import { introducedTail } from '../src/text/introduced-tail.js';

const linesOf = (texts: string[]): BodyBlock[] =>
  texts.map((text, i) => ({ text, line: i + 1, column: 1, offset: 0 }));

/** The list's last line past a body of lines 0..`last`. */
function tailOf(texts: string[], last: number): number {
  const lines = linesOf(texts);
  const words = texts.map((t) => wordsIn(t));
  return introducedTail(lines, classifyLines(lines, words, true), words, 0, last);
}

const PARAGRAPH =
  'We grew four kinds of tomato in the same bed this summer, watered them alike and weighed every tomato each plant gave us until the first frost in October.';

describe('introducedTail', () => {
  it('takes the rest of a list under a line ending in a colon past the body', () => {
    const texts = [
      PARAGRAPH,
      'What the summer taught us:',
      'Cherry tomato plants gave the most',
      'Beefsteak tomato plants split in rain',
      'Plum tomato plants kept longest',
      'Share',
    ];
    expect(tailOf(texts, 1)).toBe(4);
  });

  it('ends the list at an item that shares no word with the article (a page’s own links)', () => {
    const texts = [
      PARAGRAPH,
      'What the summer taught us:',
      'Cherry tomato plants gave the most',
      'Beefsteak tomato plants split in rain',
      'Plum tomato plants kept longest',
      'Visit our online shop today',
      'Green tomato plants ripened last',
    ];
    expect(tailOf(texts, 1)).toBe(4);
  });

  it('ends the list at a line of another shape ("Author: …" under plain items)', () => {
    const texts = [
      PARAGRAPH,
      'What the summer taught us:',
      'Cherry tomato plants gave the most',
      'Beefsteak tomato plants split in rain',
      'Plum tomato plants kept longest',
      'Tomato grower: Dana Wells',
    ];
    expect(tailOf(texts, 1)).toBe(4);
  });

  it('takes nothing under a call to share', () => {
    const texts = [
      PARAGRAPH,
      'Share this summer tomato story:',
      'Tomato Facebook',
      'Tomato Twitter',
      'Tomato Email',
    ];
    expect(tailOf(texts, 0)).toBe(0);
  });
});
