import { describe, expect, it } from 'vitest';
import { shownByline } from '../src/html/shown-byline.js';

const lines = (...texts: string[]) => texts.map((text) => ({ text }));
const prose =
  'Norvale Transit will run a night bus between the harbour and the university from next month, the operator said.';

describe('shownByline', () => {
  it('reads a byline line over the body, the first top down', () => {
    const page = lines('von Ana Ruiz', 'Menu', 'von Kestrel Desk', 'A headline', prose, prose);
    expect(shownByline(page, 4, [4, 5])).toEqual(['Ana Ruiz']);
  });

  it('reads a post detail line naming a handle, and a byline under a dek the body keeps', () => {
    expect(
      shownByline(lines('A headline', 'Gespeichert von jroe am 24. Juli 2027 - 18:55', prose), 2, [2]),
    ).toEqual(['jroe']);
    expect(shownByline(lines('A headline', 'A dek of the story.', 'Von Ana Ruiz', prose), 1, [1, 3])).toEqual(
      ['Ana Ruiz'],
    );
  });

  it('reads a body line only when it is a byline and nothing else', () => {
    expect(shownByline(lines('A headline', 'By Ana Ruiz', prose), 1, [1, 2])).toEqual(['Ana Ruiz']);
    expect(
      shownByline(lines('A headline', 'By the time the ferry came, Ana Ruiz had left.', prose), 1, [1, 2]),
    ).toBeNull();
  });

  it('takes no caption of a name and a role, and nothing further than ten lines over the body', () => {
    expect(shownByline(lines('A headline', 'Tomas Wilder – Photographer', prose), 2, [2])).toBeNull();
    const far = lines('By Ana Ruiz', ...Array.from({ length: 10 }, (_, i) => `Menu item ${i}`), prose);
    expect(shownByline(far, 11, [11])).toBeNull();
  });
});
