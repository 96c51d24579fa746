import { describe, expect, it } from 'vitest';
import {
  closeFigures,
  currencyAround,
  figuresOf,
  oneFactOtherFigures,
  quantitiesDiffer,
  quantitiesOf,
  statesOtherValues,
} from '../src/quantities.js';

const differ = (a: string, b: string) => quantitiesDiffer(quantitiesOf(a), quantitiesOf(b));

describe('quantities: other numbers oppose only when they count the same thing', () => {
  it('reads each number with what it counts', () => {
    expect(quantitiesOf('Rates fell 0.5 percent to 4.75% after 1,200 troops left on 19 December.')).toEqual(
      new Map([
        ['%', new Set(['0.5', '4.75'])],
        ['troop', new Set(['1200'])],
        ['december', new Set(['19'])],
      ]),
    );
  });

  it('other values of one kind differ; other kinds, a value in common or bare numbers do not', () => {
    expect(differ('The report is due on 18 December.', 'The report is due on 19 December.')).toBe(true);
    expect(differ('The plant will cost 40 million euros.', 'The plant will cost 65 million euros.')).toBe(
      true,
    );
    expect(differ('The bank cut its rate to 4.75%.', 'The bank cut its rate by 50 basis points.')).toBe(
      false,
    );
    expect(differ('The rate is 4.75% after a cut of 0.5%.', 'The rate is now 4.75 percent.')).toBe(false);
    // a number with nothing after it says not what it counts
    expect(differ('The score was 61.', 'The score was 64.')).toBe(false);
  });

  it('reads past a modifier to what is counted, and not a preposition as a unit', () => {
    expect(quantitiesOf('The outbreak has reached 120 confirmed cases and 30 new jobs.')).toEqual(
      new Map([
        ['case', new Set(['120'])],
        ['job', new Set(['30'])],
      ]),
    );
    expect(
      differ('The outbreak has reached 120 confirmed cases.', 'Officials said 130 cases were confirmed.'),
    ).toBe(true);
    // "on", "of" and "and" count nothing: two days' figures are no two values of "on"
    expect(differ('Cases rose to 120 on Monday.', 'Cases rose to 135 on Wednesday.')).toBe(false);
    expect(quantitiesOf('Two of the 12 of them and 40 wounded.')).toEqual(
      new Map([
        ['', new Set(['12'])],
        ['wounded', new Set(['40'])],
      ]),
    );
  });

  it('a sentence states other values of what a point counts, by the words after a number or bare', () => {
    const point = quantitiesOf('The outbreak has reached 210 confirmed cases, the office said.');
    expect(statesOtherValues(point, 'The office said 230 flu cases had been confirmed.')).toBe(true);
    expect(statesOtherValues(point, 'The number of flu cases rose to 246 on Tuesday.')).toBe(true);
    // one of the point's values, a year, or numbers of something else
    expect(statesOtherValues(point, 'Of the 210 cases, 12 are in hospital.')).toBe(false);
    expect(statesOtherValues(point, 'In 2024, cases were rare.')).toBe(false);
    expect(statesOtherValues(point, 'Two care homes with 40 beds have closed.')).toBe(false);
    expect(statesOtherValues(quantitiesOf('Prices rose 3 percent.'), 'Prices rose 4% in May.')).toBe(true);
  });
});

const oneFact = (a: string, b: string, sums = true) => oneFactOtherFigures(figuresOf(a), figuresOf(b), sums);

describe('figures of one fact: one thing counted with other values', () => {
  it('reads figures in digits and words, with their scale, unit and hedge; not dates, years, times or spans', () => {
    const read = (text: string) => figuresOf(text).map(({ value, unit, hedged }) => [value, unit, hedged]);
    expect(read('Sixty-two passengers were rescued and about 1.2 million homes lost power.')).toEqual([
      [62, 'passenger', false],
      [1.2e6, 'home', true],
    ]);
    expect(read('Revenue of EUR 2.41 billion rose 9 percent, and the strike cost 25 million euros.')).toEqual(
      [
        [2.41e9, 'money', false],
        [9, '%', false],
        [25e6, 'money', false],
      ],
    );
    expect(read('On 3 January 2028 at 10:30 the ferry sank after three hours in 2027.')).toEqual([]);
  });

  it('other values of one counted thing said around the same words differ', () => {
    expect(
      oneFact(
        'Aurelia Air said it would open four new routes from Milan Linate next spring.',
        'Six new routes are planned from Linate next spring, by our count.',
      ),
    ).toBe(true);
    expect(oneFact('The board postponed 60 operations.', 'The board postponed sixty operations.')).toBe(
      false,
    );
  });

  it('shares and sums differ only when said of the same word, and only when asked for', () => {
    const a = 'The charge is expected to affect around 12% of the vehicles entering the centre.';
    const b = 'We estimate that it will affect about 8% of vehicles entering the centre.';
    expect(oneFact(a, b)).toBe(true);
    expect(oneFact(a, b, false)).toBe(false);
    expect(
      oneFact(
        'Aurelia Air reported record revenue of EUR 2.41 billion for the third quarter.',
        'Aurelia Air reported an operating profit of EUR 312 million for the third quarter.',
      ),
    ).toBe(false);
    expect(oneFact('Revenue rose 9% in the quarter.', 'Fuel costs rose 6% in the quarter.')).toBe(false);
  });
});

describe('close figures: one count reported a little apart', () => {
  const close = (a: string, b: string) => closeFigures(figuresOf(a), figuresOf(b));

  it('reads past an adjective to what is counted, and "all" bounds nothing', () => {
    expect(figuresOf('The recount will cover all 212 local areas in the county.')).toMatchObject([
      { value: 212, unit: 'area', hedged: false },
    ]);
    expect(figuresOf('Staff opened three polling stations.')).toMatchObject([{ value: 3, unit: 'station' }]);
    expect(figuresOf('He held one meeting on Friday.')).toMatchObject([{ value: 1, unit: 'meeting' }]);
  });

  it('counts of one unit within a tenth differ, unless one is the other rounded or hedged', () => {
    expect(close('It covers all 212 local areas.', 'Ballots were cast in 214 areas.')).toBe(true);
    expect(close('It covers 1.2 million homes.', 'It covers 1,185,000 homes.')).toBe(false);
    expect(close('It covers about 210 areas.', 'Ballots were cast in 214 areas.')).toBe(false);
    expect(close('It covers 212 areas.', 'Ballots were cast in 212 areas.')).toBe(false);
  });

  it('one value rounded in one report and cut in the other is one count, from three digits', () => {
    expect(close('The index fell 678 points to 8,579.19.', 'It closed at 8,579.19, down 679 points.')).toBe(
      false,
    );
    expect(close('The fund lost 67.8 points.', 'The fund lost 67.9 points.')).toBe(false);
    expect(close('It covers 212 areas.', 'It covers 213 areas.')).toBe(false);
    // two digits: a unit of the last is 2 % or more, which reports do dispute
    expect(
      close('Repairs would cost £4.2bn over five years.', 'Repairs would cost £4.1bn over five years.'),
    ).toBe(true);
    expect(close('It covers 212 areas.', 'It covers 214 areas.')).toBe(true);
  });

  it('counts far apart, of other units, or small ones a unit apart are other things', () => {
    expect(close('Crews cleared 212 streets.', 'Water covered 34 streets.')).toBe(false);
    expect(close('It covers 212 areas.', 'It hired 214 staff.')).toBe(false);
    expect(close('Three areas flooded.', 'Four areas flooded.')).toBe(false);
  });

  it('sums must also be of one fact by the words near them', () => {
    expect(
      close(
        'The council said repairs would cost £4.2bn over five years.',
        'The fire service said the repairs would cost £4.1bn over five years.',
      ),
    ).toBe(true);
    expect(close('Revenue was £4.2bn this year.', 'The bridge will cost £4.1bn to build.')).toBe(false);
  });

  it('reads which currency a sum is in, and sums in two currencies are no two values of one sum', () => {
    const currency = (text: string) => {
      const at = text.search(/\d/);
      return currencyAround(text, at, at + text.slice(at).search(/ on|$/));
    };
    expect(
      [
        '$45 million on',
        'US$45 on',
        'C$45 on',
        'EUR 312 million on',
        '36 million pounds on',
        '7 trams on',
      ].map(currency),
    ).toEqual(['usd', 'usd', 'C$', 'eur', 'gbp', undefined]);
    expect(figuresOf('The yard was sold for €37 million.')).toMatchObject([
      { unit: 'money', currency: 'eur' },
    ]);
    const dollars = figuresOf('The port will spend $45 million on a new terminal.');
    const pounds = figuresOf('The port will spend 36 million pounds on a new terminal.');
    expect(oneFactOtherFigures(dollars, pounds)).toBe(false);
    expect(
      oneFactOtherFigures(dollars, figuresOf('The port will spend $36 million on a new terminal.')),
    ).toBe(true);
    expect(
      quantitiesDiffer(
        quantitiesOf('spend $45 million on it', true),
        quantitiesOf('spend 36 million pounds on it', true),
      ),
    ).toBe(false);
  });
});

describe('a figure as its sentence words it', () => {
  it('runs from its hedge or sign of money to what it counts, past a "to" or "at" of the verb', () => {
    const words = (text: string) => figuresOf(text).map((f) => f.words);
    expect(words('The toll from the floods has risen to 14 dead, and at least 30 people were hurt.')).toEqual(
      ['14 dead', 'at least 30 people'],
    );
    expect(words('The port will spend $45 million on 12 new cranes, up to 300 jobs.')).toEqual([
      '$45 million',
      '12 new cranes',
      'up to 300 jobs',
    ]);
    expect(words('The count stood at 12 people, 36 million pounds and 4.5 per cent.')).toEqual([
      '12 people',
      '36 million pounds',
      '4.5 per cent',
    ]);
  });
});
