import { describe, expect, it } from 'vitest';
import type { BodyBlock } from '../src/extraction.js';
import { withoutSectionRunOn } from '../src/text/section-run-on.js';

/** Lines as the parser reads them, positions left out. */
const linesOf = (...texts: string[]) => texts.map((text) => ({ text }) as BodyBlock);
const MENU = linesOf('Home', 'Harbour Life', 'Culture', '12 May 2027 Jana Roe Culture');

describe('withoutSectionRunOn: a section run on after a byline name', () => {
  it('cuts the words the page holds as a line of their own', () => {
    expect(withoutSectionRunOn(['Jana Roe Culture'], MENU)).toEqual(['Jana Roe']);
    expect(withoutSectionRunOn(['Owen Hartwell', 'Jana Roe Harbour Life'], MENU)).toEqual([
      'Owen Hartwell',
      'Jana Roe',
    ]);
  });

  it('keeps a name no line repeats, and a name of two words whole', () => {
    expect(withoutSectionRunOn(['Ana de la Vega'], MENU)).toEqual(['Ana de la Vega']);
    expect(withoutSectionRunOn(['Home Culture'], MENU)).toEqual(['Home Culture']);
  });
});
