import { WEEKDAY_NAME } from './english-cues.js';
import type { EntitySpan } from './entity-tagger.js';
import { isTitle } from './find-roles.js';
import { isGivenName } from './given-names.js';
import { MONTH_NAMES } from './month-names.js';
import { isOrganisationHead, isOrganisationWord } from './organisation-words.js';
import { isPlaceWord } from './place-words.js';
import { isStopWord } from './text-stats.js';
import { type Token, tokenAt } from './tokenize-words.js';
import { mostFrequentWords } from './word-vectors.js';

/** A word of a name: a capital, then small letters (an apostrophe or a hyphen and a capital inside). */
const NAME_WORD = /^\p{Lu}\p{Ll}+(?:['’-]\p{Lu}\p{Ll}+)*$/u;
/** Whether a word opens with a capital: by its code unit for ASCII, the pattern only beyond it. */
const opensCapital = (w: string) => {
  const c = w.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : c > 191 && NAME_WORD.test(w);
};
/** A word that opens with a capital (or a digit: "Peace Mission 2005"). */
const CAPITAL_OR_DIGIT = /^[\p{Lu}\p{N}]/u;

/**
 * A person's names the tagger left out: a listed given name and a capitalised word after it, each
 * untagged or a span of its own the tagger typed other than a person's ("against Julian/MISC
 * Assange", "Julian/O Assange/ORG: Sweden drops …", "the publisher Julian Assange" read as nothing;
 * "Julian Assange" after "founder" read as a person). Both words read as a person's: the given name no
 * known name and none of the most common words ("May Day", "Winter Games"), the surname none of a
 * body's, a place's, a title's or a day's word ("Easter Sunday"); and the two are not part of a longer
 * name (no capitalised word right before them but a title, none right after). `eval:actors`: GMB dev
 * person recall 0.9223 → 0.9300, precision 0.9003 → 0.9004; WikiGold person recall 0.8414 → 0.8689,
 * (and a given name the tagger typed a person's alone, before a surname it typed another way, common
 * word or not, the surname also one written "McAlpine": WikiGold person recall 0.8706 → 0.8738,
 * precision 0.7862 → 0.7872, GMB dev unchanged, 800 GMB train person recall 0.9444 → 0.9450; on GMB
 * train's `bench:given-names` the names it adds are all people but "Sri Lanka", which the gazetteer
 * keeps a country)
 * precision 0.7771 → 0.7801 (with actorlink56's rules); on GMB train, which no rule here was tuned on
 * (`bench:given-names`), 81 names added, 48 the annotators' people and most of the rest people they
 * marked inside a body's or a place's name ("California Governor Arnold Schwarzenegger").
 * @param sentence the sentence
 * @param tokens the sentence's tokens
 * @param spans its spans, in order (not changed)
 * @param known whether a run of tokens is a known name as a whole (a country, a body)
 * @returns the spans with such names added, or put in place of the spans of their words, in order
 */
export function givenNameSpans(
  sentence: string,
  tokens: readonly Token[],
  spans: readonly EntitySpan[],
  known: (from: number, to: number) => boolean,
): EntitySpan[] {
  let out: EntitySpan[] | null = null;
  let s = 0;
  for (let i = 0; i + 1 < tokens.length; i++) {
    // most words open with a small letter: passed over by their first code unit, before the spans are
    // asked (the spans' tests had been made of every token; issue 17); a surname that opens with none
    // is no given name either, and the pair after it is passed over too
    const surname = (tokens[i + 1] as Token).text;
    if (!opensCapital(surname)) {
      i++;
      continue;
    }
    const given = (tokens[i] as Token).text;
    if (!opensCapital(given)) continue;
    // the first span not before token i: kept up with here, where it is read, as it only moves on
    while (s < spans.length && (spans[s] as EntitySpan).to < i) s++;
    const at = spans[s];
    // the given name alone, or a span of it alone of no kind, or a person's span of it alone before a
    // span of the surname alone the tagger typed another way ("Tom/PER LaSorda/ORG", "James/PER
    // McAlpine/ORG": a surname in two capitals read as a body's)
    const own = at !== undefined && at.from <= i;
    const next = spans[own ? s + 1 : s];
    if (
      own &&
      (at.from !== i || at.to !== i || (at.type !== 'MISC' && !(at.type === 'PER' && apart(next, i + 1))))
    )
      continue;
    // the surname alone, or a span of it alone the tagger typed other than a person's ("Julian/O
    // Assange/ORG: Sweden drops …")
    const surnameSpan = next !== undefined && next.from <= i + 1;
    if (surnameSpan && (next.from !== i + 1 || next.to !== i + 1 || next.type === 'PER')) continue;
    if (!NAME_WORD.test(given) || !isSurnameWord(surname) || !isGivenName(given)) continue;
    // a common word may be a given name the tagger did not read as one ("May Day"); one it typed a
    // person's alone ("Tom/PER") is one
    if (
      (!(own && at.type === 'PER') && isCommonWord(given.toLowerCase())) ||
      isStopWord(surname.toLowerCase())
    )
      continue;
    if (!readsAsSurname(surname) || known(i, i) || known(i + 1, i + 1) || known(i, i + 1)) continue;
    // two words of a longer name are no person's ("the Second World War", "Comprehensive Peace
    // Agreement", "San Salvador Atenco"), but a title may stand before them ("Governor Kemal Onal")
    const before = tokenAt(tokens, i - 1)?.text ?? '';
    if (CAPITAL_OR_DIGIT.test(before) && !isTitle(before)) continue;
    if (CAPITAL_OR_DIGIT.test(tokenAt(tokens, i + 2)?.text ?? '')) continue;
    out ??= [...spans];
    const span: EntitySpan = {
      type: 'PER',
      text: sentence.slice((tokens[i] as Token).start, (tokens[i + 1] as Token).end),
      start: (tokens[i] as Token).start,
      end: (tokens[i + 1] as Token).end,
      from: i,
      to: i + 1,
    };
    const k = out.findIndex((x) => x.from >= i);
    const replaced = (own ? 1 : 0) + (surnameSpan ? 1 : 0);
    if (k < 0) out.push(span);
    else out.splice(k, replaced, span);
    i++;
  }
  return out ?? (spans as EntitySpan[]);
}

/** Whether a span is one word at `at` the tagger typed other than a person's. */
function apart(span: EntitySpan | undefined, at: number): boolean {
  return span !== undefined && span.from === at && span.to === at && span.type !== 'PER';
}

/** Whether a word is written as a surname: a name's word ({@link NAME_WORD}) or a prefixed one ({@link isPrefixedName}). */
function isSurnameWord(word: string): boolean {
  return NAME_WORD.test(word) || isPrefixedName(word);
}

/**
 * Whether a word is a name with a prefix of one to three letters before its capital ("McAlpine",
 * "LaSorda", "MacLeod", "DesRosier", "McAllen", "DeKalb", "LaGuardia"): a surname's or a place's
 * spelling, not a program's ("JavaScript", "PostgreSQL").
 * @param word a word
 */
export function isPrefixedName(word: string): boolean {
  return PREFIXED_NAME.test(word);
}
const PREFIXED_NAME = /^\p{Lu}\p{Ll}{0,2}\p{Lu}\p{Ll}+$/u;

/** A day's name: "Denver Saturday", "Easter Sunday" are a place or a feast and its day. */
const DAY = new RegExp(`^(?:${WEEKDAY_NAME}|${MONTH_NAMES.join('|')})$`, 'iu');

/** Whether a capitalised word may be a surname: none of a body's, a place's, a title's or a day's word. */
function readsAsSurname(word: string): boolean {
  return (
    !isOrganisationWord(word) &&
    !isOrganisationHead(word) &&
    !isPlaceWord(word) &&
    !isTitle(word) &&
    !DAY.test(word)
  );
}

/**
 * Of the word list of `data/word-vectors.txt` (most frequent first), the words a given name may also be
 * and is then read as ("May Day", "the Second Battle", "Winter Games", "German Christian painters",
 * "Christian Faith"): 2,000. Measured on GMB dev and WikiGold, the names added by this step: the given
 * names of the people among them rank 2,233 ("alexander") and lower.
 */
const COMMON_WORDS = 2000;
let common: Set<string> | undefined;

/**
 * Whether a lower-case word is one of the {@link COMMON_WORDS} most frequent (or a stop word): a given
 * name it may also be is read as the word.
 * @param lower a word in lower case
 */
export function isCommonWord(lower: string): boolean {
  common ??= mostFrequentWords(COMMON_WORDS);
  return common.has(lower) || isStopWord(lower);
}
