import { describe, expect, it } from 'vitest';
import type { BodyBlock } from '../src/extraction.js';
import { classifyLines } from '../src/text/classify-lines.js';
import { isCodeLine } from '../src/text/code-blocks.js';
import { wordsIn } from '../src/text/count-words.js';

describe('isCodeLine', () => {
  it('tells lines of programs in any language by two signs of code', () => {
    expect(isCodeLine('total += len(line.split())')).toBe(true);
    expect(isCodeLine('let total = 0;')).toBe(true);
    expect(isCodeLine('def __init__(self, name):')).toBe(true);
    expect(isCodeLine('counts <- table(df$group)')).toBe(true);
    expect(isCodeLine('if (argv[1] == null) {')).toBe(true);
  });

  it('leaves prose, headlines and lines with one sign alone', () => {
    expect(isCodeLine('The council (which met on Monday) voted 7 to 2.')).toBe(false);
    expect(isCodeLine('Lehrer(innen) sind willkommen')).toBe(false);
    expect(isCodeLine('Lösung: m = 210 g')).toBe(false);
    expect(isCodeLine('print(total)')).toBe(false);
    expect(isCodeLine('Home | News | Sport')).toBe(false);
  });
});

describe('markCodeBlocks (through classifyLines)', () => {
  const kindsOf = (texts: string[]) => {
    const lines = texts.map((text, i) => ({ text, line: i + 1, column: 1, offset: 0 }) as BodyBlock);
    return classifyLines(
      lines,
      lines.map((l) => wordsIn(l.text)),
      true,
    );
  };
  const before =
    'To count the words of a file larger than memory, read it a line at a time and keep only the total.';
  const after = 'The loop ends on its own when the stream closes after the last line of the file.';

  it('makes a listing between two lines of text, and its output, neutral', () => {
    const kinds = kindsOf([
      before,
      'let total = 0;',
      'for (const line of lines) {',
      'total += count(line);',
      '}',
      '48213',
      after,
    ]);
    expect(kinds.slice(1, 6)).toEqual(['item', 'item', 'item', 'item', 'item']);
  });

  it('leaves a page’s script among menus as it is', () => {
    const kinds = kindsOf(['Home', 'track.push(["pageView"]);', 'track.push(["enableLinks"]);', 'Contact']);
    expect(kinds).not.toContain('item');
  });
});
