import { describe, expect, it } from 'vitest';
import { readDataFile } from '../src/data-file.js';
import { givenNameGender, isGivenName } from '../src/given-names.js';
import { opensPlaceName } from '../src/place-words.js';

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

  it("does not take a word that opens a place's name for one, though a list holds it", () => {
    // "Port" and "Fort" are listed ("Port Varnel defended the fees" had made a person); "Glen" opens no
    // place's name of the data and stays one
    expect(['Port', 'FORT', 'Port-Ann', 'Glen'].map(isGivenName)).toEqual([false, false, false, true]);
    expect(givenNameGender('Port')).toBeNull();
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

describe('isGivenName without lower-casing', () => {
  // a word of Latin-1 units is asked by the hash of its units lower-cased, with no copy made: the answer
  // is the listed set's for the word lower-cased, in every case, whole or before a hyphen (less the
  // words that open a place's name)
  const listed = new Set(
    readDataFile('given-names.txt')
      .toString('utf8')
      .split('\n')
      .filter((name) => !opensPlaceName(name)),
  );
  const byLowerCase = (word: string) => {
    const lower = word.toLowerCase();
    const hyphen = lower.indexOf('-');
    return listed.has(lower) || (hyphen > 0 && listed.has(lower.slice(0, hyphen)));
  };

  it('answers as the list does for every listed name, capitalised, in capitals, hyphened or cut', () => {
    const words: string[] = [];
    for (const name of listed) {
      const capital = name.charAt(0).toUpperCase() + name.slice(1);
      words.push(name, capital, name.toUpperCase(), `${capital}-Ann`, `X${name}`, name.slice(1), `${name}s`);
    }
    words.push('', '-', '-Ann', 'ÆRØ', 'Émile', 'ÉMILE', 'Şule', 'ŞULE', 'Ayşe-Nur', 'İsmail', 'Zoë', 'ZOË');
    const wrong = words.filter((w) => isGivenName(w) !== byLowerCase(w));
    expect(wrong).toEqual([]);
  });
});
