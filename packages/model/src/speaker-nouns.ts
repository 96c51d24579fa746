import { z } from 'zod';
import { LowerWords, readYamlData } from './data-file.js';
import { isTitleLower } from './find-roles.js';
import { modelFile } from './model-files.js';

const SpeakerNouns = z.object({ words: LowerWords, endings: LowerWords, beforeName: LowerWords });
let nouns: { words: ReadonlySet<string>; endings: RegExp; beforeName: ReadonlySet<string> } | undefined;

/** The nouns and endings of `data/speaker-nouns.yaml`, read once. */
function speakerNouns(): { words: ReadonlySet<string>; endings: RegExp; beforeName: ReadonlySet<string> } {
  if (nouns) return nouns;
  const file = SpeakerNouns.parse(readYamlData(modelFile('data/speaker-nouns.yaml')));
  nouns = {
    words: new Set(file.words),
    endings: new RegExp(`\\p{Ll}{2}(?:${file.endings.join('|')})$`, 'u'),
    beforeName: new Set(file.beforeName),
  };
  return nouns;
}

/** Whether a word in lower case is a title, or a noun of a person news quotes by ({@link isSpeakerNoun}), singular. */
function isOneSpeaker(lower: string): boolean {
  const { words, endings } = speakerNouns();
  return isTitleLower(lower) || words.has(lower) || endings.test(lower);
}

/**
 * Whether a word names one who speaks in a quote's attribution, unnamed or before a name: a title word
 * (`data/person-titles.yaml`), or a noun of `data/speaker-nouns.yaml` that no name is written with as a
 * title ("insider", "physician", and occupations by their ending: "geologist", "statistician").
 * @param word the word, in lower case
 */
export function isSpeakerNoun(word: string): boolean {
  return isOneSpeaker(word) || pluralOf(word) !== null;
}

/**
 * Whether a word names a speaker only between a place and a name after the verb ("said Fort Kessing
 * resident Ana Ruiz"): a noun of `beforeName` in `data/speaker-nouns.yaml`, singular.
 * @param word the word, in lower case
 */
export function isPlaceSpeakerNoun(word: string): boolean {
  return speakerNouns().beforeName.has(word);
}

/**
 * The singular of a plural of a speaker's noun ("physicians", "researchers", "doctors"), or null when
 * the word is no such plural.
 * @param word the word, in lower case
 */
export function pluralOf(word: string): string | null {
  if (word.length < 5 || !word.endsWith('s') || word.endsWith('ss')) return null;
  const one = word.slice(0, -1);
  return isOneSpeaker(one) ? one : null;
}
