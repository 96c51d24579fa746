import { describe, expect, it } from 'vitest';
import type { BodyBlock } from '../src/extraction.js';
import { isWriterLabel, nameUnderLabel } from '../src/text/name-under-label.js';

/** Lines as the parser reads them, positions left out. */
const linesOf = (...texts: string[]) => texts.map((text) => ({ text }) as BodyBlock);

describe('nameUnderLabel: a byline set on two lines', () => {
  it("tells a byline's word or an author's label alone, with its colon or none", () => {
    expect(['Von', 'By:', 'Autor', 'Auteur :', 'Written by'].map(isWriterLabel)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(['Vonseiten', 'Bylines', 'Von der Redaktion empfohlen'].map(isWriterLabel)).toEqual([
      false,
      false,
      false,
    ]);
  });

  it('reads the name under the label, above the body', () => {
    const lines = linesOf(
      'Neue Fähre',
      'Von',
      'Jana Marrenby',
      '-',
      'Der Hafenrat hat eine zweite Fähre gekauft.',
    );
    expect(nameUnderLabel(lines, 4, 10)).toEqual(['Jana Marrenby']);
    expect(nameUnderLabel(linesOf('Autor', 'kestrel_77,', 'Text'), 2, 10)).toEqual(['kestrel_77']);
  });

  it('takes no sentence, and no name the body opens with', () => {
    expect(
      nameUnderLabel(linesOf('By', 'the time the ferry came, the pier was full', 'Text'), 2, 10),
    ).toBeUndefined();
    // the label's line is the last above the body: what is under it is the body
    expect(nameUnderLabel(linesOf('Headline', 'Von', 'Jana Marrenby'), 2, 10)).toBeUndefined();
  });
});
