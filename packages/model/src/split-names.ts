import { NOT_UNITS, SENTENCE_OPENERS } from './english-cues.js';
import type { EntitySpan } from './entity-tagger.js';
import { isTitle, isTradeNoun } from './find-roles.js';
import { isGivenName } from './given-names.js';
import {
  isCommonWordOfBodies,
  isOrganisationHead,
  isOrganisationWord,
  isPartyMemberWord,
} from './organisation-words.js';
import { isPlaceWord } from './place-words.js';
import { isSayingVerb } from './saying-verbs.js';
import { NAME_WORD, nameWordsOnly, opensWithCapital, spanOf, titleWord } from './span-words.js';
import { type Token, tokenAt } from './tokenize-words.js';

/** Prepositions, conjunctions and articles, which open no person's name. */
const FUNCTION_WORDS = new Set(NOT_UNITS);

/**
 * Splits a span that runs from an organisation's last word into a name of two or three words ("the
 * Air Force/ORG James Roche/ORG", "Varrow Motor Company Jim Farley" read as one person): the
 * organisation, then a person.
 * @param tokens the sentence's tokens
 * @param spans the spans, split in place
 */
export function splitNameAfterOrganisation(tokens: readonly Token[], spans: EntitySpan[]): void {
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k] as EntitySpan;
    // most spans are of one or two words: the loop ends at once
    for (let size = 2; size <= 3 && s.to - size >= s.from; size++) {
      const at = s.to - size;
      // "the Air Force for Acquisition Darleen Druyun": an office's portfolio after "for" stands between
      // the body and the person, who has a given name (not "Centre for Economic Policy Research")
      const portfolio = isGivenName((tokens[at + 1] as Token).text)
        ? portfolioBefore(tokens, s.from, at)
        : null;
      const end = portfolio ?? at;
      if (!isOrganisationWord((tokens[end] as Token).text)) continue;
      // no person's name opens with a function word: "the Movement Toward Renewal" is one body's name
      const first = (tokens[at + 1] as Token).text.toLowerCase();
      if (FUNCTION_WORDS.has(first) || SENTENCE_OPENERS.has(first)) continue;
      // no person's name ends on a paper's word: "runs Movement Kiteboarding Magazine" is one title
      if (!nameWordsOnly(tokens, at + 1, s.to, isTitle) || isOrganisationHead((tokens[s.to] as Token).text))
        continue;
      spans.splice(
        k,
        1,
        spanOf('ORG', s.text, s.start, s.end, s.from, end),
        spanOf('PER', s.text, s.start, s.end, at + 1, s.to),
      );
      break;
    }
  }
}

/**
 * Splits a span that runs from a place over a party's member word into a given name and a surname or two
 * ("Ohio/ORG Republican/ORG Ann/ORG Roe/ORG"): the words before, of the span's type, then a person;
 * the member word is neither. A span opening with the member word is left whole: GMB marks such a span
 * as one body as often as a person (GMB train's first 1,200 articles: 1 of 2, a right actor a split
 * would lose). The words before are a place when the gazetteer knows them as one ("Ohio"), whatever
 * the tagger read the whole as: its "body" was the party and the person, not the state.
 * @param tokens the sentence's tokens
 * @param spans the spans, split in place
 * @param place whether a run of tokens is a known place
 */
export function splitNameAfterPartyMember(
  tokens: readonly Token[],
  spans: EntitySpan[],
  place: (from: number, to: number) => boolean,
): void {
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k] as EntitySpan;
    if (s.type === 'PER' || s.to - s.from < 3) continue;
    for (let size = 2; size <= 3 && s.to - size - 1 >= s.from; size++) {
      const at = s.to - size;
      if (!isPartyMemberWord((tokens[at] as Token).text) || !isGivenName((tokens[at + 1] as Token).text))
        continue;
      // the words before are one capitalised name, no title ("Senate Majority Leader"), no body's word
      if (!nameWordsOnly(tokens, at + 1, s.to, isTitle) || !nameWordsOnly(tokens, s.from, at - 1, titleWord))
        continue;
      spans.splice(
        k,
        1,
        spanOf(place(s.from, at - 1) ? 'LOC' : s.type, s.text, s.start, s.end, s.from, at - 1),
        spanOf('PER', s.text, s.start, s.end, at + 1, s.to),
      );
      k += 1;
      break;
    }
  }
}

/**
 * Types as a place a span the tagger read as a body or a person that is a known place right after a
 * place and a comma ("Peoria/LOC, Illinois/ORG"): the second is where the first lies. Measured: of
 * 166 such state's names after a place and a comma in GMB dev, GMB train's first 1,200 articles and
 * WikiGold, 161 were places already; 1 more now (GMB dev kind 0.9073 -> 0.9076), none lost. Changes
 * `spans` in place.
 * @param tokens the sentence's tokens
 * @param spans the spans, in order
 * @param place whether a run of tokens is a known place
 */
export function placeAfterPlaceAndComma(
  tokens: readonly Token[],
  spans: EntitySpan[],
  place: (from: number, to: number) => boolean,
): void {
  for (let k = 1; k < spans.length; k++) {
    const s = spans[k] as EntitySpan;
    const before = spans[k - 1] as EntitySpan;
    if (s.type === 'LOC' || before.type !== 'LOC' || before.to !== s.from - 2) continue;
    if ((tokens[s.from - 1] as Token).text !== ',' || !place(s.from, s.to)) continue;
    // written as the tagger writes a span: a spread copy has another map, and the steps after deoptimised
    // on "wrong map" at the first one (speed104)
    spans[k] = spanOf('LOC', s.text, s.start, s.end, s.from, s.to);
  }
}

/** Closes "Debden, England" as a phrase: not a verb, "For Hamas, Israel is", nor a possessive. */
const PLACE_PHRASE_ENDS = new Set([',', '.', ';', ':', ')']);
/** A list's comma or word, or a capitalised word the tagger left out ("Otay Mesa, California"). */
const LIST_OR_NAME_BEFORE = (word: string) =>
  word === ',' ||
  word === 'and' ||
  word === 'or' ||
  word === '&' ||
  (word !== 'The' && opensWithCapital(word));

/**
 * Types as a place a one-word span the tagger read as a body right before a comma and a known place
 * that closes the phrase ("Debden/ORG, England/LOC, 4 June"): the second is where the first lies. Not
 * in a list (no comma, "and" or "or" before the word, none after the place: "Hamas, Syria and Iran"),
 * nor before a clause or the place's possessive ("For Hamas, Israel is", "Reuters, Britain's
 * agency"), nor after a capitalised word the tagger left out. Measured on GMB dev, GMB train's first
 * 1,200 articles and WikiGold: 4 actors change, WikiGold's "Debden" and "Trosten" (kind 0.8447 ->
 * 0.8461) and GMB train's "The Hague, Netherlands" twice, which GMB marks a body there (kind 0.9113 ->
 * 0.9112); a person's span is left ("Under Prime Minister NAJIB, Malaysia is" was one). Changes
 * `spans` in place.
 * @param tokens the sentence's tokens
 * @param spans the spans, in order
 * @param place whether a run of tokens is a known place
 */
export function placeBeforeCommaAndPlace(
  tokens: readonly Token[],
  spans: EntitySpan[],
  place: (from: number, to: number) => boolean,
): void {
  for (let k = 0; k + 1 < spans.length; k++) {
    const s = spans[k] as EntitySpan;
    const after = spans[k + 1] as EntitySpan;
    if (s.type !== 'ORG' || s.from !== s.to || after.from !== s.to + 2) continue;
    if ((tokens[s.to + 1] as Token).text !== ',' || !place(after.from, after.to)) continue;
    // the tokens around read by `tokenAt`: not past the sentence's ends (such a read throws the optimised
    // code away, speed104)
    const before = tokenAt(tokens, s.from - 1)?.text;
    if (before !== undefined && LIST_OR_NAME_BEFORE(before)) continue;
    const next = tokenAt(tokens, after.to + 1)?.text;
    if (next !== undefined && !PLACE_PHRASE_ENDS.has(next)) continue;
    const then = tokenAt(tokens, after.to + 2)?.text;
    if (next === ',' && (then === 'and' || then === 'or')) continue;
    spans[k] = spanOf('LOC', s.text, s.start, s.end, s.from, s.to);
  }
}

/**
 * Cuts a trade's noun off the person's name it opens ("Wrestler/ORG Tomas/ORG Vek/ORG", "Superstar Lena
 * Holt" read as one body or a person so named; `trades` of `data/person-titles.yaml`): the rest, two or
 * three name words, is a person. Only where a given name follows the noun (all 7 mended of GMB dev, GMB
 * train's first 1,200 articles and WikiGold have one), as a surname may be a trade's ("Ada Singer") and a
 * body's or a work's name may open with one ("Wrestler Weekly Magazine"), and not over a known name or a
 * body's word.
 * @param tokens the sentence's tokens
 * @param spans the spans, cut in place
 * @param known whether tokens `from..to` are a known name
 */
export function cutTradeBeforeName(
  tokens: readonly Token[],
  spans: EntitySpan[],
  known: (from: number, to: number) => boolean,
): void {
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k] as EntitySpan;
    const size = s.to - s.from;
    if (size < 2 || size > 3 || !isTradeNoun((tokens[s.from] as Token).text)) continue;
    if (!isGivenName((tokens[s.from + 1] as Token).text)) continue;
    if (!nameWordsOnly(tokens, s.from + 1, s.to, titleWord) || known(s.from, s.to)) continue;
    spans[k] = spanOf('PER', s.text, s.start, s.end, s.from + 1, s.to);
  }
}

/**
 * Splits a span that runs from a name ending in "s" and its bare apostrophe into a person's name of two
 * or three words that a verb of saying follows ("Tern News' Ada Kowal reports:", "Halvors' Mira Lund
 * writes", read as one body): the name, then the person ({@link speaksAfterPossessive}).
 * @param tokens the sentence's tokens
 * @param spans the spans, split in place
 */
export function splitPossessiveBeforeSpeaker(tokens: readonly Token[], spans: EntitySpan[]): void {
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k] as EntitySpan;
    if (s.to - s.from < 3) continue;
    for (let size = 2; size <= 3; size++) {
      const from = s.to - size + 1;
      if (from - 2 < s.from || !speaksAfterPossessive(tokens, from, s.to)) continue;
      spans.splice(
        k,
        1,
        spanOf(
          s.type === 'PER' ? 'ORG' : s.type,
          s.text,
          s.start,
          (tokens[from - 2] as Token).end,
          s.from,
          from - 2,
        ),
        spanOf('PER', s.text, (tokens[from] as Token).start, s.end, from, s.to),
      );
      break;
    }
  }
}

/**
 * Whether tokens `from..to` are a person's name right after a name ending in "s" and its bare
 * apostrophe, which a verb of saying or a reporter's verb follows ("Tern News' Ada Kowal reports:"):
 * the words say so, not a list of given names; none of them is a body's, a place's or a title's word
 * ("the Farmers' Union said", "Workers' Party says" stay one body).
 * @param tokens the sentence's tokens
 * @param from the name's first token
 * @param to its last token
 */
export function speaksAfterPossessive(tokens: readonly Token[], from: number, to: number): boolean {
  if (to - from < 1 || to - from > 2) return false;
  const mark = tokenAt(tokens, from - 1)?.text;
  if ((mark !== "'" && mark !== '’') || !tokenAt(tokens, from - 2)?.text.endsWith('s')) return false;
  const verb = tokenAt(tokens, to + 1)?.text ?? '';
  if (!isSayingVerb(verb) && !REPORTED.has(verb)) return false;
  for (let i = from; i <= to; i++) {
    const word = (tokens[i] as Token).text;
    if (
      !NAME_WORD.test(word) ||
      isTitle(word) ||
      isOrganisationWord(word) ||
      isCommonWordOfBodies(word) ||
      isPlaceWord(word)
    )
      return false;
  }
  return true;
}

/** Verbs of a reporter's byline after the name ("Ada Kowal reports:"), beside the verbs of saying. */
const REPORTED = new Set(['reports', 'reported', 'writes']);

/**
 * The last token of a body's name before "for" and a portfolio of one or two capitalised words that
 * end at token `at` ("Air Force" of "Air Force for Acquisition"), or null.
 * @param tokens the sentence's tokens
 * @param from the span's first token
 * @param at the portfolio's last token
 */
function portfolioBefore(tokens: readonly Token[], from: number, at: number): number | null {
  for (let words = 1; words <= 2; words++) {
    const of = at - words;
    if (of - 1 < from || !NAME_WORD.test((tokens[of + 1] as Token).text)) return null;
    if ((tokens[of] as Token).text === 'for') return of - 1;
  }
  return null;
}
