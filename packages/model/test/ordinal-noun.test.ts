import { describe, expect, it } from 'vitest';
import { nameOrdinal } from '../src/ordinal-noun.js';

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
