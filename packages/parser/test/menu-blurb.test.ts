import { describe, expect, it } from 'vitest';
import type { LineKind } from '../src/text/classify-lines.js';
import { inMenu } from '../src/text/menu-blurb.js';

describe('inMenu', () => {
  it('tells a run with two repeated lines right above it and two right under it', () => {
    const kinds: LineKind[] = ['repeated', 'repeated', 'prose', 'repeated', 'repeated'];
    expect(inMenu(kinds, 2, 2)).toBe(true);
  });

  it('leaves a run with a headline, a byline or the page’s edge on either side', () => {
    const headline: LineKind[] = ['repeated', 'short', 'prose', 'prose', 'repeated', 'repeated'];
    expect(inMenu(headline, 2, 3)).toBe(false);
    const one: LineKind[] = ['short', 'repeated', 'prose', 'repeated', 'repeated'];
    expect(inMenu(one, 2, 2)).toBe(false);
    const edge: LineKind[] = ['repeated', 'prose', 'repeated', 'repeated'];
    expect(inMenu(edge, 1, 1)).toBe(false);
  });
});
