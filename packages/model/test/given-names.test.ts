import { describe, expect, it } from 'vitest';
import { givenNameGender, isGivenName } from '../src/given-names.js';

describe('isGivenName', () => {
  it('knows English and other given names, and a hyphened one by its first part', () => {
    expect(['Maria', 'John', 'Mehmet', 'Osama', 'Dariusz', 'Jean-Pierre'].map(isGivenName)).toEqual([
      true,
      true,
      true,
      true,
      true,
      true,
    ]);
  });

  it('does not take the first word of a company for one', () => {
    expect(['Corvane', 'Brakmoor', 'Harbour', 'Quarry', 'Orbital'].map(isGivenName)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});

describe('givenNameGender', () => {
  it('says the gender of a name of one English list only, and none of a name of both or neither', () => {
    expect(['Bernice', 'ERIC', 'Mary-Kate', 'Jo', 'Sasha', 'Corvane'].map(givenNameGender)).toEqual([
      'female',
      'male',
      'female',
      null,
      null,
      null,
    ]);
  });
});
