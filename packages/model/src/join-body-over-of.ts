import type { EntitySpan, EntityType } from './entity-tagger.js';
import { isEverydayWord } from './everyday-words.js';
import { isTitle } from './find-roles.js';
import { isGivenName } from './given-names.js';
import { MONTH_NAMES, WEEKDAYS } from './month-names.js';
import { opensBodyBeforeFor } from './organisation-words.js';
import { NAME_WORD, opensWithCapital, spanOf, titleWord } from './span-words.js';
import { isPossessiveMark, type Token, tokenAt } from './tokenize-words.js';

/** An article before a name. */
const ARTICLE = /^(?:the|a|an)$/;

/** At most this many words after "of" ("Arts and Crafts", "Safe Harbours") go on a body's name. */
const MAX_WORDS_AFTER_OF = 4;

const MONTHS = new Set(MONTH_NAMES);

/**
 * Whether a word can go on a name after its "of" as a thing, not a name of its own: a capitalised
 * everyday word ("Honours", "Crafts", "Safety"; {@link isEverydayWord}), not a given name, a month or a
 * day, nor a title ("of Ports Chairman").
 */
function thingWord(word: string): boolean {
  return (
    NAME_WORD.test(word) &&
    isEverydayWord(word) &&
    !isGivenName(word) &&
    !MONTHS.has(word) &&
    !WEEKDAYS.has(word) &&
    !titleWord(word)
  );
}

/**
 * The last token of the run of thing words ({@link thingWord}) from token `from` on, one "and" or "&"
 * allowed between two of them ("Arts and Crafts"), ending before a word in lower case or a mark; -1
 * when there is none, the run is longer than {@link MAX_WORDS_AFTER_OF} words or a capitalised word
 * that is no thing word goes on it ("of Honours Ana Ruiz", "of Ostrel").
 */
function thingRunEnd(tokens: readonly Token[], from: number): number {
  let to = -1;
  let words = 0;
  let joined = false;
  for (let i = from; i < tokens.length; i++) {
    const text = (tokens[i] as Token).text;
    if (
      (text === 'and' || text === '&') &&
      to === i - 1 &&
      !joined &&
      thingWord(tokenAt(tokens, i + 1)?.text ?? '')
    ) {
      joined = true;
      continue;
    }
    if (!thingWord(text)) {
      // "of Ports and Pilotage", its last word no everyday word: the name goes on past what is read
      const next = tokenAt(tokens, i + 1)?.text ?? '';
      if (opensWithCapital(text) || ((text === 'and' || text === '&') && opensWithCapital(next))) return -1;
      break;
    }
    if (++words > MAX_WORDS_AFTER_OF) return -1;
    to = i;
  }
  return to;
}

/**
 * Whether a span can open a body's name over its "of": not a person's name (one word, a given name
 * first, or a last word that is no everyday word: "Tim Vance of Sales" is a person of a department), but
 * a person's span closed by an everyday word, a thing's name the tagger misread ("Rowing
 * Hall/PER of Honours"; of one word, only after an article or a possessive), and not a title ("Minister of Harbours", a role).
 */
function opensBodyOverOf(tokens: readonly Token[], s: EntitySpan): boolean {
  const last = (tokens[s.to] as Token).text;
  if (isTitle(last) || titleWord(last)) return false;
  if (s.type !== 'PER') return true;
  if (!isEverydayWord(last)) return false;
  if (s.to > s.from) return !isGivenName((tokens[s.from] as Token).text);
  // one word: only after an article or a possessive ("Kestrel Rowing's Hall/PER of Honours"), where no
  // person's name stands alone, a given name's word too
  const before = tokenAt(tokens, s.from - 1)?.text ?? '';
  return ARTICLE.test(before) || isPossessiveMark(before);
}

/**
 * Joins a name and the capitalised everyday words after its "of" (or its "for", after a body's word that
 * opens a name before "for": `beforeFor`) into one name, where the tagger cut it there and read those
 * words as a name of their own or as none ("Rowing Hall/PER of Honours/LOC", "the Ostrel League of
 * Crafts/LOC", "the Centre for Harbour/ORG Safety and Repair/ORG"): a thing's word is no place's or
 * person's name, so the words are the name's. Not a name after "of" ("Kestrel Bank of Norvale", "Ana
 * Ruiz of Brask Capital"), not after "of the" (GMB marks a department "of the" a thing as two), nor
 * words a capitalised word that is no thing's goes on from ("of Honours Tomas Berg"), nor a known name. A place keeps its kind over "of" ("Bay of Gulls"), a work's name its own; anything
 * else, and any name over "for", is a body. Changes `spans` in place.
 * @param sentence the sentence
 * @param tokens its tokens
 * @param spans the spans, in order
 * @param known whether a run of tokens is a known name
 */
export function joinBodyOverOfThings(
  sentence: string,
  tokens: readonly Token[],
  spans: EntitySpan[],
  known: (from: number, to: number) => boolean,
): void {
  for (let k = 0; k < spans.length; k++) {
    const left = spans[k] as EntitySpan;
    const link = tokenAt(tokens, left.to + 1)?.text;
    if (link !== 'of' && link !== 'for') continue;
    if (link === 'for' && !opensBodyBeforeFor((tokens[left.to] as Token).text)) continue;
    const from = left.to + 2;
    const to = thingRunEnd(tokens, from);
    if (to < 0 || known(from, to) || known(left.from, left.to) || !opensBodyOverOf(tokens, left)) continue;
    // the spans after it must lie inside the words joined
    let last = k;
    while (last + 1 < spans.length && (spans[last + 1] as EntitySpan).from <= to) last++;
    if (last > k && (spans[last] as EntitySpan).to > to) continue;
    // a name "for" something is a body's ("Varnian League/LOC for Reform/LOC")
    const type: EntityType =
      link === 'of' && (left.type === 'LOC' || left.type === 'MISC') ? left.type : 'ORG';
    const end = (tokens[to] as Token).end;
    spans.splice(
      k,
      last - k + 1,
      spanOf(type, sentence.slice(left.start, end), left.start, end, left.from, to),
    );
  }
}
