import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { holdsTime, isCommentStamp, threadStart } from '../src/text/comment-thread.js';
import { isPointerLabel } from '../src/text/furniture-lines.js';
import { splitLines } from '../src/text/split-lines.js';

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

  it('finds a thread only where a comment stands between two headers', () => {
    const thread = splitLines(
      [
        'Jane Doe 17 March 2023 15:30',
        'Updated 18 March 2023 10:00',
        'The council voted on Monday to keep the old library open for another year at least.',
        'Jamie Roe 18 March 2023 at 11:02',
        'Good news for everyone who reads there, and for the children who do their homework there.',
        'Sam Poe 18 March 2023 at 12:45',
        'Let us hope they find the money for the roof too.',
      ].join('\n'),
    ).lines;
    expect(threadStart(thread, 0, thread.length - 1, 0)).toBe(3);
    expect(threadStart(thread.slice(0, 3), 0, 2, 0)).toBe(-1);
  });

  it('finds a time of day as the regular expression does, on any text', () => {
    const unit = fc.oneof(
      fc.constantFrom('0', '1', '9', ':', ' ', 'a', '١'),
      fc.string({ unit: 'binary', maxLength: 1 }),
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 12 }), (units) => {
        const text = units.join('');
        expect(holdsTime(text)).toBe(/(?<![0-9:])[0-9]{1,2}:[0-9]{2}(?![0-9])/.test(text));
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 200) },
    );
  });
});
