import { describe, expect, it } from 'vitest';
import { followsSpatialWord, namesAFacility, regionOf } from '../src/place-words.js';
import { tokenizeWords } from '../src/tokenize-words.js';

/** Whether the words after `name` in `sentence` name a facility it is the city of. */
const facility = (sentence: string, name: string) => {
  const tokens = tokenizeWords(sentence);
  return namesAFacility(
    tokens,
    tokens.findIndex((t) => t.text === name),
  );
};

describe('namesAFacility: a city named as a modifier of a facility', () => {
  it('reads a facility noun right after the name or after one more lower-case word', () => {
    expect(facility('outside the Stockholm central station on Monday', 'Stockholm')).toBe(true);
    expect(facility('flights from Lisbon airport were delayed', 'Lisbon')).toBe(true);
    expect(facility('the Oslo stock exchange fell', 'Oslo')).toBe(true);
  });

  it('reads no other word, nor a facility two words on', () => {
    expect(facility('the Stockholm government said', 'Stockholm')).toBe(false);
    expect(facility('he went to Stockholm by train station', 'Stockholm')).toBe(false);
    expect(facility('in Paris Airport security', 'Paris')).toBe(false);
  });
});

describe('followsSpatialWord: a preposition of where before one word', () => {
  /** Whether `name` in `sentence` follows a preposition of where. */
  const spatial = (sentence: string, name: string) => {
    const tokens = tokenizeWords(sentence);
    return followsSpatialWord(
      tokens,
      tokens.findIndex((t) => t.text === name),
    );
  };

  it('reads "across", "near" and "throughout" before the name', () => {
    expect(spatial('Power is out across Turin and nearby towns', 'Turin')).toBe(true);
    expect(spatial('two lines near Turin tripped', 'Turin')).toBe(true);
  });

  it('reads no preposition said of groups too, nor a name before "\'s"', () => {
    expect(spatial('no one outside Hamas knew', 'Hamas')).toBe(false);
    expect(spatial('a decision in Congress', 'Congress')).toBe(false);
    expect(spatial("queues near Apple's store", 'Apple')).toBe(false);
    expect(spatial('living near CBP facilities', 'CBP')).toBe(false);
  });
});

describe('regionOf: a word of direction or position before a place', () => {
  it('gives the place of two words opening with such a word', () => {
    expect(regionOf('Central Mediterranean')).toBe('Mediterranean');
    expect(regionOf('Upper Nile')).toBe('Nile');
    expect(regionOf('western Anatolia')).toBe('Anatolia');
  });

  it('gives nothing for other first words or other lengths', () => {
    expect(regionOf('Mediterranean')).toBeNull();
    expect(regionOf('Central Bank of Nigeria')).toBeNull();
    expect(regionOf('Royal Navy')).toBeNull();
  });
});
