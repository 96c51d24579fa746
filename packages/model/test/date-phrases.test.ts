import { describe, expect, it } from 'vitest';
import { datePhraseWords, withoutOpeningTime } from '../src/date-phrases.js';

describe('datePhraseWords: the words of a sentence that say when, not what', () => {
  it('reads a run of calendar words with a unit in it, its modifiers with it', () => {
    expect(datePhraseWords('In the first quarter of last year, the operator had reported a loss.')).toBe(
      'first quarter of last year',
    );
    expect(datePhraseWords('It intends to cut the number to 300 by the end of 2030.')).toBe('end of 2030');
    expect(datePhraseWords("The index fell from Monday's close on June 1, 2029.")).toBe(
      "Monday's June 1 2029",
    );
  });

  it('leaves a modifier with no unit beside it, and a sentence with no date phrase', () => {
    expect(datePhraseWords('It was the first gain at the end of the strike.')).toBeNull();
    expect(datePhraseWords('The last train may leave early.')).toBeNull();
  });
});

describe('withoutOpeningTime: a sentence read from the word after the day or month that opens it', () => {
  it('drops a day said by its distance from the report, with its preposition and comma', () => {
    expect(withoutOpeningTime('Yesterday Ana Ruiz of Norvale Transit said …')).toBe(
      'Ana Ruiz of Norvale Transit said …',
    );
    expect(withoutOpeningTime('On Tuesday, Tomas Vance said …')).toBe('Tomas Vance said …');
    expect(withoutOpeningTime('Earlier this week Ada Quist told reporters …')).toBe(
      'Ada Quist told reporters …',
    );
    expect(withoutOpeningTime('On Monday morning the minister said …')).toBe('the minister said …');
    expect(withoutOpeningTime('In March Tomas Vance said …')).toBe('Tomas Vance said …');
    expect(withoutOpeningTime('On 12 May 2025, Ana Ruiz said …')).toBe('Ana Ruiz said …');
  });

  it('leaves a weekday or a month alone, a possessive day and a day after the verb', () => {
    expect(withoutOpeningTime('Tuesday Rask said …')).toBe('Tuesday Rask said …');
    expect(withoutOpeningTime('May Ruiz said …')).toBe('May Ruiz said …');
    expect(withoutOpeningTime("Yesterday's vote was close, Ana Ruiz said.")).toBe(
      "Yesterday's vote was close, Ana Ruiz said.",
    );
    expect(withoutOpeningTime('Ana Ruiz said yesterday …')).toBe('Ana Ruiz said yesterday …');
  });
});
