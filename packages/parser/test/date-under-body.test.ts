import { describe, expect, it } from 'vitest';
import { dateUnderBody } from '../src/text/date-under-body.js';

/** A body of two lines, then `gap` lines of a page's furniture, then `tail`. */
function page(gap: number, ...tail: string[]): { text: string }[] {
  const body = [
    'The harbour board met on Tuesday to decide how the old quay should be repaired before winter.',
    'Most members wanted the work done in stages so that the ferries could keep running.',
  ];
  const furniture = Array.from({ length: gap }, (_, i) => `Menu item ${String.fromCharCode(65 + i)}`);
  return [...body, ...furniture, ...tail].map((text) => ({ text }));
}

describe('dateUnderBody', () => {
  it('reads a date line of any kind within 8 lines under the body', () => {
    expect(dateUnderBody(page(5, 'Last change: 14.03.2024'), 1, [2024], true)?.date).toBe('2024-03-14');
  });

  it('reads a date further down only when its label says publication', () => {
    expect(dateUnderBody(page(10, 'Erschienen am: 15.03.2024'), 1, [2024], true)?.date).toBe('2024-03-15');
    expect(dateUnderBody(page(10, 'Published on 15 March 2024'), 1, [2024], true)?.date).toBe('2024-03-15');
    // a page's last change, or a sidebar's latest post, that far down is not the article's date
    expect(dateUnderBody(page(10, 'Letzte Änderung: 14.03.2024 - 09:12'), 1, [2024], true)).toBeNull();
    expect(dateUnderBody(page(10, 'Most Recent Post March 2, 2024'), 1, [2024], true)).toBeNull();
  });

  it('takes the publication note over the last change above it, far down', () => {
    const lines = page(9, 'Letzte Änderung: 14.03.2024 - 09:12', 'Erschienen am: 15.03.2024');
    expect(dateUnderBody(lines, 1, [2024], true)?.date).toBe('2024-03-15');
  });

  it('reads no publication note past 16 lines under the body, nor past a comment thread', () => {
    expect(dateUnderBody(page(20, 'Erschienen am: 15.03.2024'), 1, [2024], true)).toBeNull();
    const thread = page(9, 'Leave a Reply', 'Name', 'Email', 'Website', 'Published on 15 March 2024');
    expect(dateUnderBody(thread, 1, [2024], true)).toBeNull();
  });
});
