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

  describe('a name and the date on one line, no byline word', () => {
    const dates = () => ({ years: [2027], dayFirst: true });

    it('reads the date then a name, a name then the date, two stamps then a handle', () => {
      expect(shownByline(lines('A headline', '11.05.2027 - Ana Ruiz', prose), 2, [2], dates)).toEqual([
        'Ana Ruiz',
      ]);
      expect(shownByline(lines('A headline', 'Ana Ruiz | 6 May 2027', prose), 2, [2], dates)).toEqual([
        'Ana Ruiz',
      ]);
      expect(
        shownByline(lines('A headline', '3. Mai 20274. Mai 2027 kestrel42', prose), 2, [2], dates),
      ).toEqual(['kestrel42']);
      // the body keeps the line under its headline
      expect(shownByline(lines('A headline', '11.05.2027 - Ana Ruiz', prose), 1, [1, 2], dates)).toEqual([
        'Ana Ruiz',
      ]);
    });

    it('is read only after every byline word line, and only when asked', () => {
      const page = lines('11.05.2027 - Ana Ruiz', 'A headline', 'von Tomas Wilder', prose);
      expect(shownByline(page, 3, [3], dates)).toEqual(['Tomas Wilder']);
      expect(shownByline(lines('A headline', '11.05.2027 - Ana Ruiz', prose), 2, [2])).toBeNull();
    });

    it('takes no place, no section and no entry of a list of posts', () => {
      expect(
        shownByline(lines('A headline', '11.05.2027 Port Avel, Norvale', prose), 2, [2], dates),
      ).toBeNull();
      expect(shownByline(lines('A headline', '6 May 2027 · Harbour Life', prose), 2, [2], dates)).toBeNull();
      expect(shownByline(lines('A headline', '6 May 2027 · business', prose), 2, [2], dates)).toBeNull();
      expect(
        shownByline(lines('notes', 'A headline', '6 May 2027 · notes', prose), 3, [3], dates),
      ).toBeNull();
      const posts = lines(
        '11.05.2027 - Ana Ruiz',
        'A first post',
        '09.05.2027 - Ana Ruiz',
        'A headline',
        prose,
      );
      expect(shownByline(posts, 4, [4], dates)).toBeNull();
    });
  });

  it('reads a name alone under an author label over the body, last of all', () => {
    expect(shownByline(lines('A headline', 'Autor', 'Ana Ruiz,', prose), 3, [3])).toEqual(['Ana Ruiz']);
    expect(
      shownByline(
        lines('A headline', 'Autor', 'Eine Leserin aus dem Hafenviertel hat uns geschrieben.', prose),
        3,
        [3],
      ),
    ).toBeNull();
    expect(shownByline(lines('Autor', 'Ana Ruiz', 'A headline', 'von Tomas Wilder', prose), 4, [4])).toEqual([
      'Tomas Wilder',
    ]);
  });
});
