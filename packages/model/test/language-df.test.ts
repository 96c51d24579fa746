import { describe, expect, it } from 'vitest';
import { backgroundDf } from '../src/background-df.js';
import { languageCountsOf } from '../src/language-df.js';
import { termKey } from '../src/term-keys.js';

describe('languageCountsOf', () => {
  it('counts the everyday words of a language other than English, which English news does not', () => {
    const de = languageCountsOf('de-AT');
    const es = languageCountsOf('es');
    expect(backgroundDf().df.get('gobierno')).toBeUndefined();
    expect(es?.get(termKey('gobierno'))).toBeGreaterThan(50);
    expect(de?.get(termKey('prozent'))).toBeGreaterThan(10);
    // a common word counts more than a rarer one
    expect(de?.get(termKey('zeit')) ?? 0).toBeGreaterThan(de?.get(termKey('prozent')) ?? 0);
    expect(de?.get(termKey('talheimer'))).toBeUndefined();
  });

  it('has no counts for English or a language with no list', () => {
    expect(languageCountsOf('en')).toBeNull();
    expect(languageCountsOf('und')).toBeNull();
  });
});
