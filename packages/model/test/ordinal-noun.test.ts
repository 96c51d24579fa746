import { describe, expect, it } from 'vitest';
import { hasOrdinalSubject, nameOrdinal } from '../src/ordinal-noun.js';

describe('nameOrdinal: an ordinal with no noun, named by its headline', () => {
  it('names the noun the headline gives after the same ordinal', () => {
    expect(
      nameOrdinal(
        'Two years late, Velmar Works has delivered the first that will run on the coast line.',
        'Velmar Works delivers first Orrin tram to the coast',
      ),
    ).toBe(
      'Two years late, Velmar Works has delivered the first [Orrin tram] that will run on the coast line.',
    );
    expect(
      nameOrdinal(
        'Kestrel Yards launched the last which it will build.',
        'Kestrel Yards launches last ferry built at Orrin',
      ),
    ).toBe('Kestrel Yards launched the last [ferry] which it will build.');
  });

  it('leaves an ordinal with its noun, a headline with none, and a sentence without a headline', () => {
    expect(
      nameOrdinal('Velmar Works delivered the first tram that will run.', 'Velmar Works delivers first tram'),
    ).toBeNull();
    expect(
      nameOrdinal('Ana Ruiz was the first that crossed.', 'Ana Ruiz first to cross the strait'),
    ).toBeNull();
    expect(nameOrdinal('Velmar Works has delivered the first that will run.', null)).toBeNull();
  });
});

describe('hasOrdinalSubject: "the", an ordinal and a noun only the sentences before say the whole of', () => {
  it('takes an ordinal subject of common nouns, with a count or "of the"', () => {
    expect(hasOrdinalSubject('The first ferries will sail in 2030.')).toBe(true);
    expect(hasOrdinalSubject('The second plant closed on 3 May.')).toBe(true);
    expect(hasOrdinalSubject('The first four trams will run in March.')).toBe(true);
    expect(hasOrdinalSubject('The first of the new ferries will be delivered in June.')).toBe(true);
  });

  it('leaves a subject a name or an "of" and a name tells, and no ordinal', () => {
    expect(hasOrdinalSubject('The first Orrin tram was delivered on Monday.')).toBe(false);
    expect(hasOrdinalSubject('The first flight of the Kestrel 400 is due in June.')).toBe(false);
    expect(hasOrdinalSubject('The new ferries will sail in 2030.')).toBe(false);
    expect(hasOrdinalSubject('Velmar Works delivered the first tram on Monday.')).toBe(false);
  });
});

describe('hasOrdinalSubject: after a connective, and "a" with an ordinal past the first', () => {
  it('takes "the" and an ordinal after a connective, and "a second" whatever its noun', () => {
    expect(hasOrdinalSubject('However, the first ferries will sail in 2030.')).toBe(true);
    expect(hasOrdinalSubject('But the second plant closed on 3 May.')).toBe(true);
    expect(hasOrdinalSubject('In addition, the first four trams will run in March.')).toBe(true);
    expect(hasOrdinalSubject('A second ferry sank on Monday.')).toBe(true);
    expect(hasOrdinalSubject('A second Kestrel 400 is also flying to Port Avel on Monday.')).toBe(true);
    expect(hasOrdinalSubject('Meanwhile, a third plant will close in June.')).toBe(true);
  });

  it('leaves "a first" and "a final", a second of an "of", and a connective before a name', () => {
    expect(hasOrdinalSubject('A final vote is due in May.')).toBe(false);
    expect(hasOrdinalSubject('A first ferry was launched on Monday.')).toBe(false);
    expect(hasOrdinalSubject('A second round of talks will be held on 3 May.')).toBe(false);
    expect(hasOrdinalSubject('However, the first Orrin tram was delivered on Monday.')).toBe(false);
    expect(hasOrdinalSubject('However, second thoughts were raised on Monday.')).toBe(false);
    expect(hasOrdinalSubject('Thea first ferries will sail.')).toBe(false);
  });
});
