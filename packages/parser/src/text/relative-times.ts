import { escapeRegExp } from '@briefing/model';
import { readPhraseData } from './phrase-matcher.js';

/** One language's words of a relative time, as `data/relative-times.yaml` gives them. */
interface RelativeTimeWords {
  before?: string[];
  after?: string[];
  counts: string[];
  units: string[];
  labels?: string[];
}

/** A mark that may open a stamp's line (a bullet, a bar, a dash). */
const OPENING_MARKS = /^[\s•·|–—-]+/u;

let pattern: RegExp | undefined;

/** The pattern of a whole line that is a relative time, made from the data file once. */
function relativeTimePattern(): RegExp {
  if (pattern === undefined) {
    const data = readPhraseData('relative-times.yaml') as Record<string, RelativeTimeWords>;
    const alternatives: string[] = [];
    const words = (list: readonly string[] | undefined) =>
      (list ?? []).map((w) => escapeRegExp(w).replace(/ /gu, String.raw`\s+`)).join('|');
    for (const language of Object.values(data)) {
      const count = String.raw`(?:\d{1,3}|${words(language.counts)})`;
      const unit = `(?:${words(language.units)})`;
      const label = language.labels ? `(?:(?:${words(language.labels)})\\s+)?` : '';
      if (language.before)
        alternatives.push(String.raw`${label}(?:${words(language.before)})\s+${count}\s*${unit}`);
      if (language.after)
        alternatives.push(String.raw`${label}${count}\s*${unit}\s+(?:${words(language.after)})`);
    }
    pattern = new RegExp(`^(?:${alternatives.join('|')})$`, 'iu');
  }
  return pattern;
}

/**
 * Whether a line says only how long ago something was posted, counting back from the moment the page
 * is read ("3 hours ago", "VOR 3 STUNDEN", "• Published 5 min ago", "hace una hora"): what a page
 * prints in place of a date beside a byline or a teaser (`data/relative-times.yaml`).
 * @param text a line
 */
export function isRelativeTime(text: string): boolean {
  const line = text.replace(OPENING_MARKS, '').trim();
  return line.length > 0 && line.length <= 40 && relativeTimePattern().test(line);
}
