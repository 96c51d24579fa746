import { describe, expect, it } from 'vitest';
import { opensOnCareer } from '../src/text/bio-lines.js';
import type { LineKind } from '../src/text/classify-lines.js';
import { trimBio } from '../src/text/trim-bio.js';

const ARTICLE = [
  'Most small shops that come to us want a new website first, and most of them would do better to spend a month deciding on one offer.',
  'When the offer is clear, the pages almost write themselves: one page says what it is, one says who it is for, and one shows the results.',
];

/** Runs trimBio over the lines (each `[kind, text]`), the body taken from the line after the byline to the end. */
function trimmed(rows: [LineKind, string][], first: number): string[] {
  const lines = rows.map(([, text], i) => ({ text, line: i + 1, column: 1, offset: 0 }));
  const kinds = rows.map(([kind]) => kind);
  const last = trimBio(lines, kinds, first, rows.length - 1);
  return rows.slice(first, last + 1).map(([, text]) => text);
}

describe('opensOnCareer', () => {
  it('tells a paragraph opening on a name, in full or the first name alone, and a verb of a career', () => {
    expect(
      opensOnCareer('Tomas Lindqvist is a teacher and the founder of a school.', 'Tomas Lindqvist'),
    ).toBe(true);
    expect(opensOnCareer('Tomas joined the Courier in 2015.', 'Tomas Lindqvist')).toBe(true);
    expect(opensOnCareer('Tomas Lindqvist said the school would open.', 'Tomas Lindqvist')).toBe(false);
    expect(opensOnCareer('Tomasz is a teacher.', 'Tomas Lindqvist')).toBe(false);
  });
});

describe("an author box past the article's last text", () => {
  const head: [LineKind, string][] = [
    ['short', 'Home'],
    ['clause', 'Why a small shop needs one clear offer'],
    ['short', 'Written by Tomas Lindqvist'],
    ['prose', ARTICLE[0] as string],
    ['prose', ARTICLE[1] as string],
    ['short', 'Share'],
    ['short', 'Email'],
  ];

  it("leaves out the bio under its writer's name, and the call to the reader after it", () => {
    const body = trimmed(
      [
        ...head,
        ['repeated', 'Tomas Lindqvist'],
        [
          'prose',
          'Tomas Lindqvist is a teacher, author and speaker, and the founder of a small school for shop owners.',
        ],
        ['repeated', 'Tomas Lindqvist'],
        ['sentence', 'I want to help you take the next step. Choose a free lesson below!'],
      ],
      3,
    );
    expect(body).toEqual(ARTICLE);
  });

  it('leaves out a bio naming the writer by the first name, and the pointer and mail link after it', () => {
    const body = trimmed(
      [
        ...head,
        ['short', 'Tomas Lindqvist'],
        ['sentence', 'Tomas joined the Courier in 2015. He has been reporting on small firms since 2009.'],
        ['short', 'More articles from Tomas Lindqvist'],
        ['sentence', '[protected email address]'],
        ['short', 'Related content'],
        ['sentence', 'Elsewhere on the Courier...'],
      ],
      3,
    );
    expect(body).toEqual(ARTICLE);
  });

  it('keeps a paragraph about someone the page does not name above the body (a profile)', () => {
    const rows: [LineKind, string][] = [
      ...head,
      ['short', 'Anna Berg'],
      [
        'prose',
        'Anna Berg is a baker who sells one loaf, one cake and one pie, and she says her regulars can name all three.',
      ],
    ];
    expect(trimmed(rows, 3)).toHaveLength(rows.length - 3);
  });

  it('keeps a paragraph under the name when text stands right over the name', () => {
    const rows: [LineKind, string][] = [
      ...head.slice(0, 5),
      ['short', 'Tomas Lindqvist'],
      [
        'prose',
        'Tomas Lindqvist is a teacher who tried the method on his own shop first, and it took him a month.',
      ],
    ];
    expect(trimmed(rows, 3)).toHaveLength(rows.length - 3);
  });
});
