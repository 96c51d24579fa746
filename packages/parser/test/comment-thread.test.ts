import { describe, expect, it } from 'vitest';
import { isCommentStamp } from '../src/text/comment-thread.js';
import { isPointerLabel } from '../src/text/furniture-lines.js';

describe('comment headers and pointer labels', () => {
  it('tells a comment’s header (a name, a date with its year, a time) from other stamped lines', () => {
    expect(
      [
        'Jamie Roe 9 June 2017 at 13:22',
        'Trockenduscher am 9. Juni 2017 um 13:22',
        'Jane Roe | Di, 21. April 2020 - 16:40 Antworten',
        'JaneDoe 28.09.19 12:44',
        '17. Februar 2020, 08:30 Uhr', // the article's own stamp opens with its date
        '14:32 The minister arrives', // a live blog's entry opens with its time
        'Kickoff in Spain: 18:30', // a schedule states no year
        'The price may be higher now. Price of 02.01.2023 12:53', // a shop's price note
        'Jamie Roe wrote a long letter to the council on 9 June 2017 at 13:22 about the tram line',
      ].map((t) => isCommentStamp(t)),
    ).toEqual([true, true, true, true, false, false, false, false, false]);
  });

  it('tells a label pointing to other pages from a subheading or a credit', () => {
    expect(
      [
        'Related articles',
        'Lesen Sie auch:',
        "Don't miss",
        '© Jane Roe',
        'The harbour',
        'Related to the vote, the council said',
      ].map((t) => isPointerLabel(t)),
    ).toEqual([true, true, true, false, false, false]);
  });
});
