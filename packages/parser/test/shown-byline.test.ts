import { describe, expect, it } from 'vitest';
import { closingByline, shownByline } from '../src/html/shown-byline.js';

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

  describe('a byline or a name alone closing the body', () => {
    const body = (...end: string[]) => lines('A headline', prose, prose, prose, prose, prose, prose, ...end);
    const closing = (page: { text: string }[]) => [5, 6, 7, 8, 9].filter((i) => i < page.length);

    it('reads a byline kept among the body last blocks, over a picture credit', () => {
      const page = body('Text: Ana Ruiz', 'Fotos: Tomas Wilder');
      expect(closingByline(page, closing(page))).toEqual(['Ana Ruiz']);
      expect(shownByline(page, 1, [1, 2, 3, 4, 5], undefined, closing(page))).toEqual(['Ana Ruiz']);
    });

    it('reads the body last block when it is a name and nothing else', () => {
      const page = body('Ana Ruiz');
      expect(closingByline(page, closing(page))).toEqual(['Ana Ruiz']);
    });

    it('takes no picture credit, no sentence naming a person and no call to sign up', () => {
      for (const end of [
        'Foto: Tomas Wilder',
        'Das sagte Ana Ruiz, die Sprecherin von Norvale Transit, am Dienstag.',
        'Jetzt zum Newsletter anmelden',
      ]) {
        const page = body(end);
        expect(closingByline(page, closing(page))).toBeNull();
      }
    });

    it('takes a name alone only as the body last block, not above another', () => {
      const page = body('Ana Ruiz', prose);
      expect(closingByline(page, closing(page))).toBeNull();
    });
  });
});
