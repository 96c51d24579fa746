import { describe, expect, it } from 'vitest';
import { strictBylineAuthors } from '../src/text/kept-byline.js';
import { withoutSoftHyphens } from '../src/text/soft-hyphens.js';

describe('strictBylineAuthors', () => {
  it('reads a line that is a byline and nothing else', () => {
    expect(strictBylineAuthors('Von Jana Roe und Ole Lind')).toEqual(['Jana Roe', 'Ole Lind']);
    expect(strictBylineAuthors('By Jana Roe')).toEqual(['Jana Roe']);
    expect(strictBylineAuthors('Written by Jana Roe')).toEqual(['Jana Roe']);
  });

  it('gives none for a subheading so shaped, a name of one word or a line that says more', () => {
    expect(strictBylineAuthors('Von Harbours und Ferries')).toBeNull();
    expect(strictBylineAuthors('By Jana')).toBeNull();
    expect(strictBylineAuthors('By Jana Roe – Senior Correspondent')).toBeNull();
    expect(strictBylineAuthors('By the time the ferry came, the pier was empty.')).toBeNull();
  });
});

describe('withoutSoftHyphens', () => {
  it('takes the soft hyphens out of every line, and returns the lines as they are when none holds one', () => {
    const lines = [{ text: 'Von Ja\u00adna Roe', line: 3, column: 1, offset: 40 }];
    expect(withoutSoftHyphens(lines)).toEqual([{ text: 'Von Jana Roe', line: 3, column: 1, offset: 40 }]);
    const plain = [{ text: 'Von Jana Roe', line: 3, column: 1, offset: 40 }];
    expect(withoutSoftHyphens(plain)).toBe(plain);
  });
});
