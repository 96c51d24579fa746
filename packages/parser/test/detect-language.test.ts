import { describe, expect, it } from 'vitest';
import { detectLanguage, LANGUAGE_SAMPLE, languageSample } from '../src/detect-language.js';

describe('languageSample', () => {
  it('joins blocks only until the sample is full', () => {
    const blocks = Array.from({ length: 50 }, (_, i) => ({ text: `Paragraph ${i} `.padEnd(100, 'x') }));
    const sample = languageSample(blocks);
    expect(sample.length).toBeGreaterThanOrEqual(LANGUAGE_SAMPLE);
    expect(sample.length).toBeLessThan(LANGUAGE_SAMPLE + 101);
    expect(sample).not.toContain('Paragraph 49');
  });

  it('keeps a short body whole', () => {
    expect(languageSample([{ text: 'One.' }, { text: 'Two.' }])).toBe('One. Two.');
  });
});

describe('detectLanguage', () => {
  it('reads the language from the opening of the body', () => {
    const german =
      'Die Bundesregierung hat am Dienstag einen Zeitplan für den Abzug der Truppen beschlossen, ' +
      'nachdem die Verhandlungen über Monate ins Stocken geraten waren. ';
    const english =
      'The government agreed on Tuesday on a timetable for the withdrawal of the troops, after the ' +
      'negotiations had stalled for months over the pace of the handover. ';
    expect(detectLanguage(languageSample([{ text: german.repeat(12) }, { text: english.repeat(40) }]))).toBe(
      'de',
    );
    expect(detectLanguage(english)).toBe('en');
    expect(detectLanguage('Hi')).toBe('und');
  });
});
