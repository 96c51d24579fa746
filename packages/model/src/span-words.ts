import type { EntitySpan, EntityType } from './entity-tagger.js';
import { isHeadTitle, isTitle } from './find-roles.js';
import { isOrganisationWord } from './organisation-words.js';
import { isStopWord } from './text-stats.js';
import type { Token } from './tokenize-words.js';

/** Words and marks that stand between two names run together ("and", a comma, "&"). */
export const SEPARATOR = new Set(['and', ',', ';', '&', 'or']);

// patterns of the functions below, made once: inside a function a pattern with \p{…} outside a class
// is built by `new RegExp` at each call in the bundle (esbuild lowers it for Node targets)
/** A word's first letter is a capital. */
export const CAPITAL_FIRST = /^\p{Lu}/u;

/**
 * Whether a word opens with a capital: by its first unit's code in ASCII, the pattern only beyond it.
 * @param w a word
 */
export function opensWithCapital(w: string): boolean {
  const c = w.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : CAPITAL_FIRST.test(w);
}

/** A word opens with a capital (the pattern, for words of any script). */
export const CAPITALISED = /^\p{Lu}/u;

/** Whether a word is a function word written with a capital to open a name ("New", not "US"). */
export function isFunctionWordAlone(word: string): boolean {
  const lower = word.toLowerCase();
  return word.slice(1) === lower.slice(1) && isStopWord(lower);
}

/** Whether every token of `from..to` starts with a capital. */
export function capitalisedUpTo(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i <= to; i++) if (!opensWithCapital((tokens[i] as Token).text)) return false;
  return true;
}

/**
 * Spans with a new one in place of those inside tokens `from..to`, in order: filled by push, as the
 * tagger's spans are (an array literal with spreads was another kind of array, and the steps reading
 * both deoptimised on "wrong map": issue 17).
 * @param list spans in order, none reaching across `from..to`'s edges
 * @param span the new span, over `from..to`
 */
export function withSpan(
  list: readonly EntitySpan[],
  span: EntitySpan,
  from: number,
  to: number,
): EntitySpan[] {
  const out: EntitySpan[] = [];
  for (const s of list) if (s.to < from) out.push(s);
  out.push(span);
  for (const s of list) if (s.from > to) out.push(s);
  return out;
}

/**
 * Whether a token is one quotation mark: `"`, `'`, “, ”, ‘ or ’ alone. By its code, not by a pattern: it
 * is asked of both edges of every span (issue 17).
 * @param word a token's text
 */
export function isQuoteMark(word: string): boolean {
  if (word.length !== 1) return false;
  const c = word.charCodeAt(0);
  return c === 34 || c === 39 || c === 0x2018 || c === 0x2019 || c === 0x201c || c === 0x201d;
}

/** Whether a word is a title's or a head's title ("Minister", "Chairman"). */
export const titleWord = (w: string) => isTitle(w) || isHeadTitle(w);

/**
 * Whether tokens `from..to` are all capitalised name words, none a title's (by `title`) nor a body's:
 * the words a person's name or a place's before it may be made of where a span is split or cut.
 * @param tokens the sentence's tokens
 * @param from the first token
 * @param to the last token (true when `to < from`)
 * @param title which words count as a title's (`isTitle`, or `titleWord` with the head titles)
 */
export function nameWordsOnly(
  tokens: readonly Token[],
  from: number,
  to: number,
  title: (word: string) => boolean,
): boolean {
  for (let i = from; i <= to; i++) {
    const word = (tokens[i] as Token).text;
    if (!NAME_WORD.test(word) || title(word) || isOrganisationWord(word)) return false;
  }
  return true;
}

/**
 * A word that can be part of a person's name: capitalised, with a second capital after a prefix
 * ("McDonald", "DiCaprio") or after a letter and an apostrophe ("O'Connor", "D’Angelo"), or hyphenated.
 */
export const NAME_WORD = /^\p{Lu}(?:\p{Ll}+(?:\p{Lu}\p{Ll}+)?|['’]\p{Lu}\p{Ll}+)(?:-\p{L}+)*$/u;

/**
 * A span written as the tagger writes one (the same properties in the same order): the copies these
 * steps made by spreading had other maps, and `mendSpans` and `joinParticleNames` deoptimised on
 * "wrong map" whenever a sentence first gave them one (issue 17).
 */
export function spanOf(
  type: EntityType,
  text: string,
  start: number,
  end: number,
  from: number,
  to: number,
): EntitySpan {
  return { type, text, start, end, from, to };
}
