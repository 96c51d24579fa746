import { describe, expect, it } from 'vitest';
import { inQuotedTitle } from '../src/quoted-titles.js';
import { tokenizeWords } from '../src/tokenize-words.js';

/** Whether the words `name` of `sentence` stand inside a quoted title, as `inQuotedTitle` reads them. */
function inTitle(sentence: string, name: string): boolean {
  const tokens = tokenizeWords(sentence);
  const words = tokenizeWords(name).map((t) => t.text);
  const from = tokens.findIndex((_, i) => words.every((w, j) => tokens[i + j]?.text === w));
  return inQuotedTitle(sentence, tokens, from, from + words.length - 1);
}

describe('inQuotedTitle', () => {
  it('takes a name that is part of a title in quotation marks', () => {
    expect(inTitle('The band released a song called "Letters from Port Avel" on Monday.', 'Port Avel')).toBe(
      true,
    );
    expect(inTitle('Their album “Miss Kestrel” sold well.', 'Kestrel')).toBe(true);
    expect(inTitle('She wrote "Notes on the Old Quays of Brask" in May.', 'Old Quays of Brask')).toBe(true);
  });
  it('leaves a name that is the whole passage, a name in speech and a name outside the marks', () => {
    expect(
      inTitle('A group calling itself "Norvale Free Army" said it would march.', 'Norvale Free Army'),
    ).toBe(false);
    expect(inTitle('The union, known as "The Dunmore Dockers", backed it.', 'Dunmore Dockers')).toBe(false);
    expect(inTitle('"Kestrel Bank will pay for the works," Ana Ruiz said.', 'Kestrel Bank')).toBe(false);
    expect(inTitle('Tomas Berg said "It was Brask Capital" that paid.', 'Brask Capital')).toBe(false);
    expect(inTitle('Ana Ruiz wrote "Letters from Port Avel" in May.', 'Ana Ruiz')).toBe(false);
  });
});
