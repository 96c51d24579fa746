import { describe, expect, it } from 'vitest';
import type { BodyBlock } from '../src/extraction.js';
import { strongestAfter } from '../src/text/strongest-after.js';

const LEAD = 'The orchard trail along the lower river has reopened after the winter floods.';
const REST = 'Volunteers from the villages spent six weekends rebuilding the footbridges.';

/**
 * The body's new last line for a page of a lead (line 0), a box of these lines and the strongest run
 * (one line) right under the box.
 */
function joined(box: string[]): number {
  const texts = [LEAD, ...box, REST];
  const lines = texts.map((text, i): BodyBlock => ({ text, line: i + 1, column: 1, offset: 0 }));
  const top = texts.length - 1;
  return strongestAfter(lines, 0, { first: top, last: top });
}

describe('strongestAfter', () => {
  const names = ['Ashcombe', 'Bramley Cross', 'Cotterell', 'Dunmere', 'Eastbrook', 'Fallowfield'];
  it('joins the strongest run past a box of short lines', () => {
    expect(joined([...names, ...names])).toBe(13);
  });
  it("joins it however long the box, when no site's line stands in it", () => {
    const box = [...names, ...names, ...names, ...names, ...names, ...names, ...names, ...names];
    expect(joined(box)).toBe(49);
    expect(joined([...box, 'Related articles', ...names])).toBe(0);
  });
  it("passes furniture that stands inside articles too: a photo's credit, an advertising label", () => {
    expect(joined([...names, '© Jane Roe', 'Advertisement', ...names])).toBe(15);
  });
  it('stops at a line that says what a site says: a pointer, a comment form', () => {
    expect(joined([...names, 'Related articles', ...names])).toBe(0);
    expect(joined(['Leave a Reply', 'Name *', 'Email *'])).toBe(0);
  });
});
