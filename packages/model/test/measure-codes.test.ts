import { describe, expect, it } from 'vitest';
import { isMeasureAt } from '../src/measure-codes.js';
import { tokenizeWords } from '../src/tokenize-words.js';

/** Whether `word`'s first occurrence in `sentence` is a measure. */
const measure = (sentence: string, word: string) => {
  const tokens = tokenizeWords(sentence);
  return isMeasureAt(
    tokens,
    tokens.findIndex((t) => t.text === word),
  );
};

describe('isMeasureAt: a unit, time zone or currency beside a figure', () => {
  it('reads a unit or a time zone after a figure, a unit or currency after "per"', () => {
    expect(measure('plans 6 GW of capacity', 'GW')).toBe(true);
    expect(measure('ships carrying 1.2 million TEU', 'TEU')).toBe(true);
    expect(measure('from 07:00 KST on Tuesday', 'KST')).toBe(true);
    expect(measure('at 2 p.m. EST', 'EST')).toBe(true);
    expect(measure('rates of $1,450 per FEU', 'FEU')).toBe(true);
    expect(measure('at 1,420 per USD', 'USD')).toBe(true);
  });

  it('reads a currency before or after a figure, and codes joined by a slash', () => {
    expect(measure('under NGN 30 a dollar', 'NGN')).toBe(true);
    expect(measure('cost 30 EUR each', 'EUR')).toBe(true);
    expect(measure('the USD/NGN rate', 'USD')).toBe(true);
    expect(measure('the USD/NGN rate', 'NGN')).toBe(true);
  });

  it("reads a currency's letter symbol before a figure, and a code or symbol glued to one", () => {
    expect(measure('set aside Rs 4 lakh', 'Rs')).toBe(true);
    expect(measure('raised Rp 5 trillion', 'Rp')).toBe(true);
    expect(measure('paid RM250 each', 'RM250')).toBe(true);
    expect(measure('received GHS4.5bn since', 'GHS4.5bn')).toBe(true);
    expect(measure('put KSh2.5 billion aside', 'KSh2.5')).toBe(true);
  });

  it('leaves the same letters alone elsewhere', () => {
    // a country's short form before a figure, and names glued to a number, are no currency
    expect(measure('the US 10-year yield', 'US')).toBe(false);
    expect(measure('a G20 summit', 'G20')).toBe(false);
    expect(measure('flew an A380', 'A380')).toBe(false);
    expect(measure('PLN tendered solar plants', 'PLN')).toBe(false);
    expect(measure('the EUR rate', 'EUR')).toBe(false);
    // a time zone is no unit: "per" says nothing of it
    expect(measure('once per CET', 'CET')).toBe(false);
    // a state's code before a postcode is no currency or zone read before a figure
    expect(measure('Hartford, CT 06103', 'CT')).toBe(false);
    // a figure's word counts only after a number: German "am" is no "a.m."
    expect(measure('Diagnosearbeiten am MB Actros', 'MB')).toBe(false);
  });
});
