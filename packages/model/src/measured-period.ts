import { z } from 'zod';
import { LowerPhrases, LowerWords, lazyData } from './data-file.js';
import { MONTH_NAMES } from './month-names.js';

const MeasuredPeriods = z.object({ periods: LowerPhrases, measures: LowerWords, reporting: LowerWords });
const phrase = (w: string) => w.split(' ').join(String.raw`\s+`);
/**
 * The patterns of `data/measured-periods.yaml`, built once: a month's name, a month opened as a period
 * measured ("for the month of March", "sales for March", "… of March and April"), and a reporting verb.
 * @throws ZodError when the data file does not have its schema
 */
const measuredPatterns = lazyData('measured-periods.yaml', MeasuredPeriods, (w) => {
  const month = `(?:${MONTH_NAMES.join('|')})`;
  return {
    month: new RegExp(String.raw`\b${month}\b`, 'gu'),
    measured: new RegExp(
      String.raw`(?:\b(?:${w.periods.map(phrase).join('|')})|\b(?:${w.measures.join('|')})\s+for)\s+${month}(?:\s+and\s+${month})?\b`,
      'gu',
    ),
    reporting: new RegExp(String.raw`\b(?:${w.reporting.join('|')})\b`, 'u'),
  };
});

/**
 * Whether a sentence names a month only as the period a figure measures ("… has reported a first-half loss
 * and an 8% fall in deposits for the month of March", "Kestrel Bank posted a loss for April") and
 * tells with a reporting verb that the figure was made known: the month is what the figure counts, the
 * sentence tells of the day it was reported. Not a sentence that names a month otherwise too ("… on 3
 * May reported …"), nor one that tells the figure itself moved ("Sales for March fell 4%", of March).
 * @param text a sentence
 */
export function monthOnlyMeasured(text: string): boolean {
  const read = measuredPatterns();
  const months = text.match(read.month)?.length ?? 0;
  if (months === 0) return false;
  let inside = 0;
  let outside = text;
  for (const m of text.matchAll(read.measured)) {
    inside += m[0].match(read.month)?.length ?? 0;
    outside = outside.replace(m[0], ' ');
  }
  return inside === months && read.reporting.test(outside);
}
