import { z } from 'zod';
import { LowerWords, lazyData } from './data-file.js';
import { isTitleLower } from './find-roles.js';

const SpeakerNouns = z.object({
  words: LowerWords,
  endings: LowerWords,
  beforeName: LowerWords,
  agentEndings: LowerWords,
  notAgents: LowerWords,
});
/** The nouns and endings of `data/speaker-nouns.yaml`, read once. */
const speakerNouns = lazyData('speaker-nouns.yaml', SpeakerNouns, (file) => ({
  words: new Set(file.words) as ReadonlySet<string>,
  endings: new RegExp(`\\p{Ll}{2}(?:${file.endings.join('|')})$`, 'u'),
  beforeName: new Set(file.beforeName) as ReadonlySet<string>,
  agents: new RegExp(`^\\p{Ll}{3,}(?:${file.agentEndings.join('|')})$`, 'u'),
  notAgents: new Set(file.notAgents) as ReadonlySet<string>,
}));

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
 * Whether a word has the ending of a noun of one who does something ("trader", "master", "surveyor"):
 * `agentEndings` of `data/speaker-nouns.yaml`, no word of `notAgents` ("later", "whether"). Such a noun
 * speaks only right before a name whose first word is a given name, after the verb (`saidRoleName`).
 * @param word the word, in lower case
 */
export function isAgentNoun(word: string): boolean {
  const { agents, notAgents } = speakerNouns();
  return agents.test(word) && !notAgents.has(word);
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
