import { describe, expect, it } from 'vitest';
import { splitLines } from '../src/text/split-lines.js';

describe('splitLines', () => {
  it('keeps each line with text at the position of its first character', () => {
    const source = 'Home | News\n\n   An  indented\tline.\n\t\nLast';
    const { front, lines } = splitLines(source);
    expect(front).toBeNull();
    expect(lines).toEqual([
      { text: 'Home | News', line: 1, column: 1, offset: 0 },
      { text: 'An indented line.', line: 3, column: 4, offset: 16 },
      { text: 'Last', line: 5, column: 1, offset: 37 },
    ]);
    for (const l of lines) expect(source.charAt(l.offset)).toBe(l.text.charAt(0));
  });

  it('sets front matter apart and leaves out rules', () => {
    const { front, lines } = splitLines('---\ntitle: A\n---\nText\n* * *\n___\nMore');
    expect(front).toBe('title: A');
    expect(lines.map((l) => [l.text, l.line])).toEqual([
      ['Text', 4],
      ['More', 7],
    ]);
  });

  it('reads an unclosed fence as a rule, not front matter', () => {
    const { front, lines } = splitLines('---\ntitle: A\nText');
    expect(front).toBeNull();
    expect(lines.map((l) => l.text)).toEqual(['title: A', 'Text']);
  });
});
