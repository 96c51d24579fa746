import { describe, expect, it } from 'vitest';
import { addsToAnother, withoutJoiningConnective } from '../src/connective-words.js';
import { describesBefore } from '../src/described-subject.js';
import { hasLabelSubject } from '../src/label-nouns.js';
import { dropConnective, leansOnContext } from '../src/news-statement.js';
import { hasDemonstrativeSubject } from '../src/sentence-before.js';

describe('connective words: a line joined to the one before, or added to another', () => {
  it('drops a joining connective at a point\'s start, with a comma or none, but not "however" of degree', () => {
    expect(
      [
        'However so far this year, Norvale Transit has sold 300 tram passes.',
        'Meanwhile the Kestrel Union voted to strike.',
        'But the council refused the loan on 3 May.',
        'However long the strike lasts, the trams will run.',
        'But for the loan, Norvale Transit would have closed.',
        'Nevertheless, the council approved the fares.',
      ].map(dropConnective),
    ).toMatchInlineSnapshot(`
      [
        "So far this year, Norvale Transit has sold 300 tram passes.",
        "The Kestrel Union voted to strike.",
        "The council refused the loan on 3 May.",
        "However long the strike lasts, the trams will run.",
        "But for the loan, Norvale Transit would have closed.",
        "The council approved the fares.",
      ]
    `);
  });

  it('reads what a joining connective opens as the sentence it is: "But he said" leans on the one before', () => {
    expect(
      [
        'But he said the fares would rise.',
        'However, he said the fares would rise.',
        'But the council refused the loan on 3 May.',
      ].map(leansOnContext),
    ).toMatchInlineSnapshot(`
      [
        true,
        true,
        false,
      ]
    `);
  });

  it('tells a line that adds itself to another, outside quotations and glosses', () => {
    expect(
      [
        'The Kestrel Union also voted to strike on Monday.',
        'The council, too, refused the loan.',
        'Riders left the coast line as well.',
        'Norvale Transit, also known as NT, cut fares.',
        'The fares are too high for riders.',
        'Trams as well as ferries stopped on Monday.',
        'Ana Ruiz said "we also want a fair deal".',
        'The council will vote again on 2 April.',
      ].map(addsToAnother),
    ).toMatchInlineSnapshot(`
      [
        true,
        true,
        true,
        false,
        false,
        false,
        false,
        false,
      ]
    `);
  });

  it('leaves a sentence with no joining connective as it was', () => {
    expect(withoutJoiningConnective('Butlers of the Kestrel Hotel struck.')).toBe(
      'Butlers of the Kestrel Hotel struck.',
    );
  });
});

describe('a subject that points back after a connective of data/connectives.yaml, in lower case', () => {
  it('takes a demonstrative or "the" and a label after any opening connective', () => {
    expect(hasDemonstrativeSubject("However, this cut Norvale's shares by 4% on 5 May.")).toBe(true);
    expect(hasDemonstrativeSubject('But these credit lines will run until 30 June.')).toBe(true);
    expect(hasLabelSubject('But the deal was signed on 2 May.')).toBe(true);
    expect(hasLabelSubject('Nevertheless, the decision came after a vote on 3 May.')).toBe(true);
  });

  it('leaves a word that only opens like a connective, and a subject that names its thing', () => {
    expect(hasDemonstrativeSubject('Butthis cut fares.')).toBe(false);
    expect(hasDemonstrativeSubject('However, Norvale Transit cut its fares on 5 May.')).toBe(false);
    expect(hasLabelSubject('But the next decision is due on 3 May.')).toBe(false);
    expect(hasLabelSubject('However, the deal that ended the strike was signed on 2 May.')).toBe(false);
  });

  it('reads a described subject after any opening connective, its determiner in lower case', () => {
    expect(
      [
        'But the contract, worth 90 million crowns, runs until 2030.',
        "Nevertheless, this lifted Norvale's shares by 4%.",
        'Moreover, such delays have cost the port a tenth of its trade.',
        'However, the company said it would appeal.',
        'But the council refused the loan on 3 May.',
        'However, Norvale Transit cut its fares on 5 May.',
      ].map((text) => describesBefore(text)),
    ).toMatchInlineSnapshot(`
      [
        true,
        true,
        true,
        false,
        false,
        false,
      ]
    `);
  });
});
