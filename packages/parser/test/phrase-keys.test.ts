import { expect, it } from 'vitest';
import { isFurnitureLine, isNoticeLine } from '../src/text/furniture-lines.js';

// its own file, so that the phrase files are read in this order: a line first asked of the furniture
// phrases alone (no key of theirs in it, remembered so) must still be found by the notice phrases read
// after, which add their keys to the lines' shared look-up
it('a phrase file read later is looked for in lines asked before it', () => {
  const line = 'Grazmo utiliza cookies';
  expect(isFurnitureLine(line)).toBe(false);
  expect(isNoticeLine(line.toLowerCase(), 3)).toBe(true);
});
