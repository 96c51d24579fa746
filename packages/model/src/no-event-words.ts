import { z } from 'zod';
import { LowerWords, lazyData, wordSets } from './data-file.js';

const NoEventWordsFile = z.object({ units: LowerWords, deadline: LowerWords });
/** The units and the deadline words of `data/no-event-words.yaml`, read once. */
const noEventLists = lazyData('no-event-words.yaml', NoEventWordsFile, wordSets);

/** A word as `contentWords` reads one: letters and digits, joined by a hyphen or an apostrophe. */
const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;

/**
 * The words of a sentence that tell no event: the units and sizes of its figures ("percent", "points",
 * "million"; `data/no-event-words.yaml`). Two sentences a timeline puts on one date share them whenever
 * both state figures, however unlike their events are (two indices' closes: "the Kestrel 50 closed down
 * 2.1 percent, or 61 points" and "the Orvan index lost 1.8 percent, or 44 points"), so
 * `buildTimeline` does not count them as shared.
 * @param text one sentence
 * @returns the words found, in lower case, a space between each two, or null when it has none
 */
export function noEventWords(text: string): string | null {
  const { units } = noEventLists();
  const found: string[] = [];
  for (const m of text.matchAll(WORD)) {
    const lower = m[0].toLowerCase();
    if (units.has(lower)) found.push(lower);
  }
  return found.length === 0 ? null : found.join(' ');
}

/**
 * The words of a sentence that make it a deadline (`deadline` in `data/no-event-words.yaml`: "deadline",
 * "due", "until"), as {@link noEventWords} gives the units: any two deadlines of one day share them.
 * @param text a sentence
 * @returns the words found, joined by spaces, or null when there are none
 */
export function deadlineWords(text: string): string | null {
  const { deadline } = noEventLists();
  const found: string[] = [];
  for (const m of text.matchAll(WORD)) {
    const lower = m[0].toLowerCase();
    if (deadline.has(lower)) found.push(lower);
  }
  return found.length === 0 ? null : found.join(' ');
}
