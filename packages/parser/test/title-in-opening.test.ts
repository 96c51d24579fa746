import { describe, expect, it } from 'vitest';
import type { BodyBlock } from '../src/extraction.js';
import { headlineInOpening } from '../src/text/title-in-opening.js';

const lines = (texts: string[]): BodyBlock[] =>
  texts.map((text, i) => ({ text, line: i + 1, column: 1, offset: i * 100 }));
const find = (texts: string[]) => headlineInOpening(lines(texts), 0, texts.length - 1, () => false);

describe('a headline inside the body opening (headlineInOpening)', () => {
  it('takes the headline under a teaser line when the lines under it echo it', () => {
    expect(
      find([
        'The ferry crews start their engines at five every morning!',
        'Harbour ferry returns to the old quay',
        'The harbour ferry returns to the old quay on Monday, after a winter moored at the shipyard.',
        'Crews repaired the quay over the winter, and the ferry will run every hour again.',
      ]),
    ).toBe(1);
  });

  it('takes no subheading or caption whose words the lines under it do not use', () => {
    expect(
      find([
        'The harbour ferry returns to the old quay on Monday, after a winter moored at the shipyard.',
        'Photographs courtesy of the museum archive',
        'Crews repaired the quay over the winter, and the ferry will run every hour again.',
        'Tickets cost the same as last year.',
      ]),
    ).toBe(-1);
  });

  it('reads only the first line shaped as a headline, and skips a sentence closing on a full stop', () => {
    expect(
      find([
        'The ferry crews start their engines at five every morning!',
        'Crews start early.',
        'Photographs courtesy of the museum archive',
        'Harbour ferry returns to the old quay',
        'The harbour ferry returns to the old quay on Monday, after a winter moored at the shipyard.',
      ]),
    ).toBe(-1);
  });
});
