import { describe, expect, it } from 'vitest';
import { detectLanguage, LANGUAGE_SAMPLE, languageSample, pageLanguage } from '../src/detect-language.js';

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

describe('pageLanguage', () => {
  const english =
    'The government agreed on Tuesday on a timetable for the withdrawal of the troops, after the ' +
    'negotiations had stalled for months over the pace of the handover. ';
  const german =
    'Die Bundesregierung hat am Dienstag einen Zeitplan für den Abzug der Truppen beschlossen, ' +
    'nachdem die Verhandlungen über Monate ins Stocken geraten waren. ';
  const finnish =
    'Hallitus sopi tiistaina joukkojen vetäytymisen aikataulusta, kun neuvottelut olivat jumittaneet ' +
    'kuukausia luovutuksen tahdista. ';

  it("takes the body's language over the one the page's template states", () => {
    expect(pageLanguage('es', english.repeat(3))).toBe('en');
    expect(pageLanguage('en', german.repeat(3))).toBe('de');
  });

  it('keeps the stated tag when the body agrees, when the body is too short to tell, and when the guess cannot name the stated language', () => {
    expect(pageLanguage('en-GB', english)).toBe('en-GB');
    expect(pageLanguage('de', 'Hi')).toBe('de');
    // franc-min knows no Finnish: its guess for a Finnish text is another language
    expect(detectLanguage(finnish.repeat(3))).not.toBe('fi');
    expect(pageLanguage('fi', finnish.repeat(3))).toBe('fi');
  });

  it('reads a sloppy tag as BCP 47, and an unreadable one as none', () => {
    expect(pageLanguage('en_us', english)).toBe('en-US');
    expect(pageLanguage('lang=', german.repeat(3))).toBe('de');
    expect(pageLanguage(undefined, german.repeat(3))).toBe('de');
  });
});
