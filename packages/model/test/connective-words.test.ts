import { describe, expect, it } from 'vitest';
import { addsToAnother, withoutJoiningConnective } from '../src/connective-words.js';
import { dropConnective, leansOnContext } from '../src/news-statement.js';

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
