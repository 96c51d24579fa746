import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  givesServiceInformation,
  hasAction,
  isContext,
  leansOnContext,
  needsSentenceBefore,
  newsScore,
  newsScoreUnlessContext,
  speaksPersonally,
  timedBySentenceBefore,
  writerSpeaks,
} from '../src/news-statement.js';
import { blankQuotations, openingMarkFor } from '../src/quoted-passages.js';
import { newsScoreOf } from '../src/sentence-news.js';

const PARTS = [
  'The',
  'talks',
  'met',
  'signed',
  'will meet',
  'very',
  'interested',
  'in',
  'May',
  '2019',
  'Iran',
  'could',
  'likely',
  'views',
  'said',
  'I',
  'I felt',
  'my',
  '“',
  '”',
  ',',
  '.',
  ' ',
  ' ',
];

describe('newsScoreUnlessContext', () => {
  it('is null for context, else the news score', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PARTS), { maxLength: 20 }), (parts) => {
        const text = parts.join(' ');
        expect(newsScoreUnlessContext(text)).toBe(isContext(text) ? null : newsScore(text));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('hasAction', () => {
  it('reads an auxiliary before an irregular participle and a plan stated with "be"', () => {
    const cases: [string, boolean][] = [
      ['The two mills have both begun to offer buyouts to their staff.', true],
      ['The index has not yet fallen below its spring low.', true],
      ['The bridge was taken out of service for repairs.', true],
      ['The ferry lines are set to merge their timetables.', true],
      ['The council is about to sign the lease.', true],
      ['The fallen leaves cover the square in a brown layer.', false],
      ['The plan is known as the green corridor.', false],
      ['The hall is set in a park near the river.', false],
      ['The delay is due to the weather in the north.', false],
    ];
    expect(cases.map(([text]) => hasAction(text))).toEqual(cases.map(([, action]) => action));
  });
});

describe('writerSpeaks', () => {
  it('tells the writer speaking of themself from a speaker quoted and from a numeral', () => {
    const cases: [string, boolean][] = [
      ['I still remember using the first model for the first time in 2010.', true],
      ["I'm told the talks will resume on Monday.", true],
      ['The minister told me on Tuesday that the talks would resume.', true],
      ['My own view is that the deal was signed too soon.', true],
      ['“I am not a fan of discrimination,” the president said on Friday.', false],
      ['He said "I will sign it" before the vote in May.', false],
      ['After World War I ended, the treaty was signed in 1919.', false],
      ['The council approved the budget on 12 March.', false],
      [
        'The review of the Brannock mine will be led by an outside engineer, the company said on Monday.',
        false,
      ],
      ['A colleague of mine at the ministry called on Tuesday.', true],
    ];
    expect(cases.map(([text]) => writerSpeaks(text))).toEqual(cases.map(([, speaks]) => speaks));
  });

  it('caps the news score of such a sentence at opinion, however dated', () => {
    expect(newsScore('I visited Kyiv in May 2019 and met Iran’s envoy.')).toBe(-1);
    expect(newsScore('Officials visited Kyiv in May 2019 and met Iran’s envoy.')).toBe(3);
  });

  it('caps the outlet or writer speaking as "we" or to "you" the same way, outside quotations', () => {
    expect(newsScore('Two years later, we went back and looked at what had changed in Lagos.')).toBe(-1);
    expect(newsScore('You won’t find any major differences between the consoles released in May.')).toBe(-1);
    expect(newsScore('“We will strike again,” the union said on Monday.')).toBe(3);
  });
});

describe('sentences begun inside a quotation', () => {
  it('reads the start up to its closing mark as quoted, and gives the mark it needs in front', () => {
    const rest = 'The company has offered us a real-terms pay cut," the chairman told reporters on Monday.';
    expect(openingMarkFor(rest)).toBe('"');
    expect(speaksPersonally(rest)).toBe(false);
    expect(openingMarkFor('We have been patient.” she said.')).toBe('“');
    // a quotation opened and closed in the sentence, or none
    expect(openingMarkFor('He said "we will win, and soon," on Monday.')).toBeNull();
    expect(openingMarkFor('The offer is fair, he said.')).toBeNull();
    expect(speaksPersonally('The union has offered us nothing, the chairman said.')).toBe(true);
  });

  it("scores the reader's service information as no news, unless someone is reported giving it", () => {
    const hours = 'Consumers with questions may contact the company Monday through Friday, 8 a.m. to 5 p.m.';
    expect(givesServiceInformation(hours)).toBe(true);
    expect(newsScore(hours)).toBeLessThan(0);
    expect(givesServiceInformation('Passengers can call the airline on a free line.')).toBe(true);
    expect(givesServiceInformation('The company said patients should contact their doctor.')).toBe(false);
    expect(givesServiceInformation('The minister will visit the port on Monday.')).toBe(false);
  });

  it('blanks every quotation: in marks, left open to the end, or begun in the sentence before', () => {
    expect(blankQuotations('The president said, "Today is a great day.')).toBe('The president said,  ');
    expect(openingMarkFor('The president said, "Today is a great day.')).toBeNull();
    expect(blankQuotations('While shares are weak today, we still buy," he said.')).toBe('  he said.');
    expect(blankQuotations('He called it “a good day” on Monday.')).toBe('He called it   on Monday.');
  });

  it('leans on the sentence before for a quotation whose speaker is only "he" or "she"', () => {
    expect(leansOnContext('"The voters have spoken," she told supporters at the Harbour Hall.')).toBe(true);
    expect(leansOnContext('"The voters have spoken," Marta Oyelaran told supporters.')).toBe(false);
    expect(leansOnContext('Marta Oyelaran told supporters she had lost, "but not by much."')).toBe(false);
  });

  it('reads "It was …:" as pointing to its colon, whose clause states the news', () => {
    const first =
      'It was a first for the valley: the new Aran ferry carried its first cars across the estuary.';
    expect(leansOnContext(first)).toBe(false);
    expect(needsSentenceBefore(first)).toBe(false);
    expect(newsScoreOf({ text: first })).toBe(2);
    // the clause after the colon leans itself, or states no action: the pronoun still points back
    expect(leansOnContext('It was a hard year: they lost their jobs at the Tenby mill.')).toBe(true);
    expect(leansOnContext('It was a long wait for the valley: the results are finally in.')).toBe(true);
    expect(needsSentenceBefore('It said on Monday: the ferry carried its first cars.')).toBe(true);
  });

  it('leans on the sentence before for a denial of what only that sentence says', () => {
    expect(leansOnContext('The company denied the claim on Thursday.')).toBe(true);
    expect(leansOnContext('The ministry disputed that, saying the plant had passed an inspection.')).toBe(
      true,
    );
    expect(leansOnContext('Halvorsen rejected the allegations.')).toBe(true);
    expect(leansOnContext('The company denied the claim that it hid test results.')).toBe(false);
    expect(leansOnContext('The minister denied that she knew of the audit.')).toBe(false);
    expect(leansOnContext('The court rejected the appeal on Monday.')).toBe(false);
  });

  it('reads a sentence timed only by the one before ("Following this, …")', () => {
    expect(timedBySentenceBefore('Following this, the Corvia index went forty points down.')).toBe(true);
    expect(timedBySentenceBefore('However, shortly afterwards, the ferry left the harbour.')).toBe(true);
    expect(timedBySentenceBefore('Shortly afterwards, the ferry left the harbour.')).toBe(true);
    // a time the sentence names itself
    expect(timedBySentenceBefore('Following the vote, the Corvia index went forty points down.')).toBe(false);
    expect(timedBySentenceBefore('After this week’s vote, the ferry left the harbour.')).toBe(false);
  });
});
