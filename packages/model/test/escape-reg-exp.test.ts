import { describe, expect, it } from 'vitest';
import { escapeRegExp, phrasesPattern } from '../src/escape-reg-exp.js';

describe('escapeRegExp and phrasesPattern', () => {
  it('match a string literally', () => {
    expect(new RegExp(`^${escapeRegExp('U.S. (a+b)?')}$`).test('U.S. (a+b)?')).toBe(true);
    expect(new RegExp(`^${escapeRegExp('U.S.')}$`).test('UxSx')).toBe(false);
  });

  it('match phrases literally, any run of white space between their words', () => {
    const pattern = new RegExp(`^(?:${phrasesPattern(['called on', 'N.V.'])})$`);
    expect(['called on', 'called \n on', 'N.V.'].map((t) => pattern.test(t))).toEqual([true, true, true]);
    expect(['calledon', 'NxVx'].map((t) => pattern.test(t))).toEqual([false, false]);
  });
});
