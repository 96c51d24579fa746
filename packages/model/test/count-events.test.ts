import { describe, expect, it } from 'vitest';
import { countEvent, countedThing, countsDiffer, risenCount, tellsRise } from '../src/count-events.js';
import { figuresOf } from '../src/quantities.js';

const family = (text: string) => figuresOf(text).map(countEvent);

describe('countEvent', () => {
  it('reads what a count of people is of from the words beside it', () => {
    expect(family('The quake struck on Tuesday, killing at least 12 people.')).toEqual(['deaths']);
    expect(family('According to the latest figures, 15 people have died.')).toEqual(['deaths']);
    expect(family('Police said they had arrested 40 protesters and detained 12 people.')).toContain(
      'arrests',
    );
    expect(family('More than 900 homes have been damaged.')).toEqual([null]);
  });
});

describe('countsDiffer', () => {
  it('finds one toll given other values, not one figure said two ways, within a bound, nor two tolls', () => {
    const wire = figuresOf(
      'A magnitude 6.8 earthquake struck, killing at least 12 people and damaging homes.',
    );
    // at least 12 holds 15; it does not hold 8
    expect(countsDiffer(wire, figuresOf('According to the latest figures, 15 people have died.'))).toBe(
      false,
    );
    expect(countsDiffer(wire, figuresOf('According to the first figures, 8 people have died.'))).toBe(true);
    expect(countsDiffer(wire, figuresOf('The quake killed 12 people, officials said.'))).toBe(false);
    expect(countsDiffer(wire, figuresOf('Another 43 people were injured.'))).toBe(false);
  });
});

describe('tellsRise', () => {
  it('reads a count grown to a figure, and a family word as what is counted', () => {
    expect(family('The toll has risen to 14 dead.')).toEqual(['deaths']);
    expect(tellsRise('The toll from the floods has risen to 14 dead, officials said.')).toBe(true);
    expect(tellsRise('The number of injured climbed sharply to about thirty.')).toBe(true);
    expect(tellsRise('Floods killed 12 people on Tuesday.')).toBe(false);
    expect(tellsRise('Shares rose 4% to 120 pence.')).toBe(false);
  });
});

describe('risenCount', () => {
  it("gives the later report's figure a toll rose to, none when it fell or stayed", () => {
    const first = figuresOf('Floods in the valley killed 12 people on Tuesday, officials said.');
    const risen = (text: string) => risenCount(first, figuresOf(text))?.words;
    expect(risen('The toll from the floods has risen to 14 dead, officials said.')).toBe('14 dead');
    expect(risen('The floods killed at least 15 people, the police said.')).toBe('at least 15 people');
    expect(risen('The floods killed ten people, the police said.')).toBeUndefined();
    expect(risen('The floods killed 12 people, the police said.')).toBeUndefined();
  });
});

describe('countedThing', () => {
  it('reads homes lost, votes counted and money pledged by their nouns and the words beside them', () => {
    const thing = (text: string) => figuresOf(text).map(countedThing);
    expect(thing('The fire destroyed 300 homes on Tuesday.')).toEqual(['homes lost']);
    expect(thing('The floods damaged 900 houses.')).toEqual(['homes damaged']);
    expect(thing('With 60,000 votes counted, the count goes on.')).toEqual(['votes counted']);
    expect(thing('Donors pledged $12 million to the appeal.')).toEqual(['money pledged']);
    expect(thing('Officials evacuated 2,000 people.')).toEqual(['displaced']);
    // the words of two things beside each figure: which is which is not read
    expect(thing('The fire destroyed 30 homes and damaged 90 more homes.')).toEqual([null, null]);
    expect(thing('The firm sold 300 homes last year.')).toEqual([null]);
  });

  it("gives a later report's higher count of one thing as risen, not of another thing or currency", () => {
    const risen = (first: string, later: string) => risenCount(figuresOf(first), figuresOf(later))?.words;
    expect(risen('The fire destroyed 300 homes.', 'By Wednesday 450 homes had been lost.')).toBe('450 homes');
    expect(risen('The fire destroyed 300 homes.', 'The fire damaged 450 homes.')).toBeUndefined();
    expect(risen('Donors pledged $12 million.', 'Donors have pledged $15 million.')).toBe('$15 million');
    expect(risen('Donors pledged $12 million.', 'Donors have pledged 15 million euros.')).toBeUndefined();
    expect(risen('With 60,000 votes counted.', 'With 55,000 votes counted.')).toBeUndefined();
  });
});
