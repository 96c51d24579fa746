import { describe, expect, it } from 'vitest';
import type { BodyBlock } from '../src/extraction.js';
import { bylineLineAuthors } from '../src/text/byline-lines.js';
import { bylineUnderBody } from '../src/text/byline-under-body.js';
import type { LineKind } from '../src/text/classify-lines.js';
import { detailLineAuthors } from '../src/text/detail-line-author.js';

/** Lines as the parser reads them, positions left out. */
const linesOf = (...texts: string[]) => texts.map((text) => ({ text }) as BodyBlock);
/** Reads a byline as the text scrape's step does, less the English "By" line with its role. */
const parse = (line: string) => bylineLineAuthors(line) ?? detailLineAuthors(line);
/** The writer under a body whose last line is the first, every line short but that one. */
const underBody = (texts: string[], language = 'en', kinds?: LineKind[]) =>
  bylineUnderBody(
    linesOf(...texts),
    0,
    kinds ?? texts.map((_, i) => (i === 0 ? 'prose' : 'short')),
    parse,
    language,
  );
const BODY = 'The ferry to Norvale runs twice a day in winter and four times a day from May until September.';

describe('bylineUnderBody: a byline closing a text scrape', () => {
  it('reads the first byline under the body, past a few lines', () => {
    expect(underBody([BODY, 'Posted by Jana Roe at 7:42 PM', 'Labels: ferries'])).toEqual(['Jana Roe']);
    expect(underBody([BODY, '(to be continued)', 'Text: Jana Roe', 'Photos: Owen Hartwell'], 'de')).toEqual([
      'Jana Roe',
    ]);
    expect(underBody([BODY, 'Tags', 'ferries', 'Author: kestrel42'])).toEqual(['kestrel42']);
  });

  it("takes no teaser's byline: under a box's label, repeated on the page, or one of a list", () => {
    expect(underBody([BODY, 'Related posts', 'Ten benches', 'By Owen Hartwell'])).toBeUndefined();
    expect(
      underBody([BODY, 'By Owen Hartwell', 'Ten benches'], 'en', ['prose', 'repeated', 'short']),
    ).toBeUndefined();
    expect(
      underBody([BODY, 'By Owen Hartwell', 'Ten benches', 'By Mira Colestone', 'The ferry']),
    ).toBeUndefined();
  });

  it("stops at the comments, and takes no byline word of another language than the page's", () => {
    expect(
      underBody([BODY, 'Leave a comment', 'Posted by Owen Hartwell on 4 May 2027 at 9:12 AM']),
    ).toBeUndefined();
    // "Di" is Italian's "di" and German's Tuesday: on a German page a weekday, on an Italian a byline
    const hours = [BODY, 'Opening hours', 'Di Dienstag - 14.30 - 16.00 Uhr'];
    expect(underBody(hours, 'de')).toBeUndefined();
    expect(underBody(hours, 'it')).toEqual(['Dienstag']);
  });

  it('reads no line further than eight under the body', () => {
    const far = [BODY, ...Array.from({ length: 8 }, (_, i) => `Link ${i + 1}`), 'Author: kestrel42'];
    expect(underBody(far)).toBeUndefined();
    expect(underBody(far.filter((l) => l !== 'Link 8'))).toEqual(['kestrel42']);
  });
});
