import { isCommonAbbreviation } from './abbreviations.js';
import { ACRONYM } from './capitalised-words.js';
import type { EntitySpan } from './entity-tagger.js';
import { isTitle } from './find-roles.js';
import { isMeasureAt } from './measure-codes.js';
import { MONTH_NAMES, MONTH_SHORT_NAMES, WEEKDAYS } from './month-names.js';
import {
  endsBodyOverAnd,
  isFirmTailPair,
  isOrganisationHead,
  isOrganisationWord,
  isTradeWord,
  opensBodyBeforeFor,
  opensBodyBeforeOn,
} from './organisation-words.js';
import { isFunctionWordAlone, NAME_WORD, spanOf } from './span-words.js';
import { possessiveAfter, type Token, tokenAt } from './tokenize-words.js';

/** Widens people's names, organisations of one word and a trade's noun after a name (see {@link mendSpans}). */
export function widenSpans(
  tokens: readonly Token[],
  joined: EntitySpan[],
  bodies: Set<EntitySpan> | undefined,
): void {
  for (const s of joined) {
    if (bodies?.has(s)) continue;
    // a trade's noun alone is no person's name ('"Admiral Motors' behaviour", where a spaced apostrophe
    // had made "Motors" a person): the trade's branch below
    const trade = s.from === s.to && isTradeWord((tokens[s.from] as Token).text);
    if (s.type === 'PER' && !trade) widenName(tokens, s, joined);
    // "Unified/O Aircraft/ORG": a trade's noun typed a body takes the name before it too
    else if (s.type === 'ORG' && s.from === s.to) widenOrganisation(tokens, s, joined, trade);
    // "Pennant/O Stores/LOC": a trade's noun alone, after a name the tagger left untyped, ends a
    // company's name (organisation-words.yaml, trades)
    else if (trade) {
      const from = s.from;
      widenOrganisation(tokens, s, joined, true);
      if (s.from < from) s.type = 'ORG';
    }
    // "Solbrand/LOC Asset/O Management/O": a fund manager's two closing words the tagger left out end
    // the firm's name
    if (s.type !== 'PER' && closesWithFirmTail(tokens, s.to, joined)) {
      s.to += 2;
      s.type = 'ORG';
    }
  }
}

/** Whether the two tokens after token `at` are a fund manager's closing words no span holds. */
function closesWithFirmTail(tokens: readonly Token[], at: number, spans: readonly EntitySpan[]): boolean {
  const first = tokenAt(tokens, at + 1);
  const second = tokenAt(tokens, at + 2);
  return (
    first !== undefined &&
    second !== undefined &&
    isFirmTailPair(first.text, second.text) &&
    !spans.some((x) => x.from <= at + 2 && x.to > at)
  );
}

/**
 * Widens a place's or a body's span over an acronym right after it that the tagger left out ("Texas/LOC
 * ISO/O", "Avon/ORG NPC/O"): a body named by where it is and its letters, which had been its place, an
 * organisation of as many mentions. Not a title ("Acme CEO"), a common noun's abbreviation ("UK GDP"), a
 * unit ("Texas GW"), nor a name known alone ("Ukraine NATO"), and only a span that is no person's.
 */
export function widenOverAcronyms(
  sentence: string,
  tokens: readonly Token[],
  spans: readonly EntitySpan[],
  known: (from: number, to: number) => boolean,
): void {
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k] as EntitySpan;
    if (s.type !== 'ORG' && s.type !== 'LOC') continue;
    const at = s.to + 1;
    const next = tokens[at];
    if (next === undefined || !ACRONYM.test(next.text) || ROMAN.test(next.text)) continue;
    // a heading in capitals ("MERCURY ONCE DETERMINED"), a span the next one opens, or a function word
    // the tagger took for a name's ("the New NM", dropped below)
    const last = (tokens[s.to] as Token).text;
    if (spans[k + 1]?.from === at || CAPITALS_ONLY.test(last)) continue;
    if (s.from === s.to && isFunctionWordAlone(last)) continue;
    if (isTitle(next.text) || isCommonAbbreviation(next.text) || isMeasureAt(tokens, at) || known(at, at))
      continue;
    s.to = at;
    s.end = next.end;
    s.text = sentence.slice(s.start, next.end);
    s.type = 'ORG';
  }
}

const CAPITALS_ONLY = /^\p{Lu}+$/u;

/** A number in Roman numerals ("Aria Pro II", "World War II"): the name's own. */
const ROMAN = /^[IVX]+$/;

/**
 * Widens an organisation that is only its head word ("Tanvir/O Force/ORG", "Kestrel Energy/O Group/ORG") over
 * the capitalised words right before it that no other span holds: the tagger knew the head word from
 * training news, not the name before it. A country's span before them stays its own ("Iran/LOC").
 * @param tokens the sentence's tokens
 * @param s a one-word organisation span, widened in place
 * @param spans all the sentence's spans
 */
function widenOrganisation(
  tokens: readonly Token[],
  s: EntitySpan,
  spans: readonly EntitySpan[],
  trade = false,
): void {
  const word = (tokens[s.from] as Token).text;
  // "the Parliamentary/O Record/ORG": a newspaper's word alone takes the capitalised words before it
  // when "the" opens them, a publication's name the tagger cut to its head noun
  const paper = !trade && !isOrganisationWord(word) && isOrganisationHead(word);
  if (!trade && !paper && !isOrganisationWord(word)) return;
  const head = s.from;
  while (s.from > 1) {
    const t = tokens[s.from - 1] as Token;
    if (
      !NAME_WORD.test(t.text) ||
      // a title word right before a trade's noun is the name's, as no person's name follows it
      // ("Admiral Motors")
      (isTitle(t.text) && !(trade && s.from === head)) ||
      spans.some((x) => x.from <= s.from - 1 && x.to >= s.from - 1)
    )
      break;
    s.from--;
  }
  if (paper && !THE_WORD.test(tokenAt(tokens, s.from - 1)?.text ?? '')) s.from = head;
}

const THE_WORD = /^the$/i;

/**
 * Widens the span of a body's name that ends on an organisation word over the words the tagger left
 * out of it: "and" and the capitalised words before it ("Danish/MISC Veterinary and Food
 * Administration/PER" had been the person "Food Administration"), or "on" or "for" and the capitalised
 * words after it ("Committee/ORG on Foreign Investment", "Institute for Fiscal Studies"); and a name
 * after "of" takes the body's word before it ("the Chilean/MISC Ministry of Fisheries/PER", or no span
 * after "of" at all, see {@link addNamesAfterBodyOf}). The words taken hold no other span, but a
 * one-word span of no kind opening the name ("Danish", "Chilean") goes into it.
 * @returns the spans widened, now organisations, or undefined when none was
 */
export function widenBodies(
  sentence: string,
  tokens: readonly Token[],
  spans: EntitySpan[],
  place: (from: number, to: number) => boolean = () => false,
): Set<EntitySpan> | undefined {
  let bodies: Set<EntitySpan> | undefined;
  const free = (i: number) => {
    const t = tokens[i];
    return (
      t !== undefined &&
      NAME_WORD.test(t.text) &&
      !isTitle(t.text) &&
      !spans.some((x) => x.from <= i && x.to >= i)
    );
  };
  /**
   * Where a name that opens at token `from` opens once a one-word span of no kind right before it joins
   * it ("Danish", "Varnian"): that span's start (the span is taken out of `spans`, at `k - 1`), or `from`.
   */
  const overMisc = (k: number, from: number): number => {
    const before = spans[k - 1];
    if (!before || before.to !== from - 1 || before.from !== before.to || before.type !== 'MISC') return from;
    spans.splice(k - 1, 1);
    return before.from;
  };
  /** Makes span `s` the organisation of tokens `from` to `to`, one of the bodies widened. */
  const widen = (s: EntitySpan, from: number, to: number) => {
    s.from = from;
    s.to = to;
    s.start = (tokens[from] as Token).start;
    s.end = (tokens[to] as Token).end;
    s.text = sentence.slice(s.start, s.end);
    s.type = 'ORG';
    bodies ??= new Set();
    bodies.add(s);
  };
  addNamesAfterBodyOf(sentence, tokens, spans, free, place);
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k] as EntitySpan;
    // "the Chilean/MISC Ministry of Fisheries/PER": a body's word and "of" the tagger left out before the
    // name it has, after a people's adjective it read apart (the name had been a person "Fisheries", or
    // a place), not a person's name of two words nor a known place ("the Council of Europe") nor an
    // owner's possessive ("the Valdoran Brigade of Tamm's Division"). Only after the adjective: without
    // it, GMB marks the name after "of" alone ("Workers' Party of Korea", "Movement of Democratic
    // Forces": 2 right actors of GMB dev and GMB train's first 1,200 articles lost, 1 of WikiGold won)
    if (
      tokenAt(tokens, s.from - 1)?.text === 'of' &&
      free(s.from - 2) &&
      isOrganisationWord((tokens[s.from - 2] as Token).text) &&
      (s.type === 'PER' ? s.from === s.to : s.type !== 'LOC' || !place(s.from, s.to)) &&
      !possessiveAfter(tokens, s.to)
    ) {
      let from = s.from - 2;
      while (free(from - 1)) from--;
      const opened = overMisc(k, from);
      if (opened !== from) {
        k--;
        widen(s, opened, s.to);
        continue;
      }
    }
    // "the Panel on Coastal Shipping/ORG", "the Project on Harbour Oversight/LOC": a body's word and "on" the
    // tagger left out before the name that says what the body deals with; not before an owner's possessive.
    // Only a word no span holds: where the tagger read the body's word as a name of its own ("the
    // Council/ORG on Foreign Relations/ORG"), GMB marks the two apart (joining them cost GMB dev
    // organisation recall 0.8240 -> 0.8233, precision unchanged)
    if (
      tokenAt(tokens, s.from - 1)?.text === 'on' &&
      free(s.from - 2) &&
      opensBodyBeforeOn((tokens[s.from - 2] as Token).text) &&
      !possessiveAfter(tokens, s.to)
    ) {
      let from = s.from - 2;
      while (free(from - 1)) from--;
      widen(s, from, s.to);
      continue;
    }
    if (s.type === 'LOC') continue;
    // "the Justice/ORG Department says": a body's head word the tagger left out right after its name,
    // where the name ends there (not "Major/ORG League Soccer", a longer name the tagger cut)
    if (
      s.type === 'ORG' &&
      free(s.to + 1) &&
      isOrganisationWord((tokens[s.to + 1] as Token).text) &&
      !NAME_WORD.test(tokenAt(tokens, s.to + 2)?.text ?? '')
    )
      widen(s, s.from, s.to + 1);
    // "Varnian/MISC Centre for Coastal Studies/ORG": the body's word and "for" before the name it has
    if (
      tokenAt(tokens, s.from - 1)?.text === 'for' &&
      free(s.from - 2) &&
      opensBodyBeforeFor((tokens[s.from - 2] as Token).text)
    ) {
      let from = s.from - 2;
      while (free(from - 1)) from--;
      const opened = overMisc(k, from);
      if (opened !== from) k--;
      from = opened;
      widen(s, from, s.to);
      continue;
    }
    if (!isOrganisationWord((tokens[s.to] as Token).text)) {
      // "the Foreign and Commonwealth Office/ORG": a name of two words or more on a head noun that ends
      // places' names too (so no organisation word) takes the free word or two before its "and", not a
      // span's, nor a day ("Monday and Oval Office") nor "The". Measured: GMB train's first 1,200
      // articles 1 body whole, GMB dev "Poverty Reduction and Growth Facility" whole (GMB marks it with
      // "three-year"), no right actor lost; WikiGold and the corpus brief unchanged
      const opens = (i: number) =>
        free(i) && !isDayWord((tokens[i] as Token).text) && !isFunctionWordAlone((tokens[i] as Token).text);
      if (
        s.type === 'ORG' &&
        s.to > s.from &&
        endsBodyOverAnd((tokens[s.to] as Token).text) &&
        tokenAt(tokens, s.from - 1)?.text === 'and' &&
        opens(s.from - 2)
      )
        widen(s, opens(s.from - 3) ? s.from - 3 : s.from - 2, s.to);
      continue;
    }
    let from = s.from;
    // "Food/ORG and Drug Administration/PER": a word the tagger typed apart, but no place or person,
    // opens the body's name as a free one does, a title's word too, which the tagger's type says names
    // no office here ("the Justice/ORG and Renewal Movement/PER": the word had been dropped)
    const apart = spans[k - 1];
    let taken = false;
    if (
      tokenAt(tokens, from - 1)?.text === 'and' &&
      apart !== undefined &&
      apart.from === from - 2 &&
      apart.to === from - 2 &&
      (apart.type === 'ORG' || apart.type === 'MISC') &&
      !isOrganisationWord((tokens[from - 2] as Token).text)
    ) {
      spans.splice(k - 1, 1);
      k--;
      taken = NAME_WORD.test((tokens[from - 2] as Token).text);
    }
    if (tokenAt(tokens, from - 1)?.text === 'and' && (taken || free(from - 2))) {
      from -= 2;
      if (free(from - 1)) from--;
      const opened = overMisc(k, from);
      if (opened !== from) k--;
      from = opened;
    }
    let to = s.to;
    const link = tokenAt(tokens, to + 1)?.text;
    // not a day ("the Agency on February 3", "the Club on Monday")
    const named = (i: number) => free(i) && !isDayWord((tokens[i] as Token).text);
    if ((link === 'on' || link === 'for') && named(to + 2)) {
      to += 2;
      while (named(to + 1) || (BODY_LINK.has(tokenAt(tokens, to + 1)?.text ?? '') && named(to + 2))) {
        to += named(to + 1) ? 1 : 2;
      }
    }
    if (from !== s.from || to !== s.to) widen(s, from, to);
  }
  return bodies;
}

/**
 * Adds a span for the capitalised words after a body's word and "of" where the tagger read none of them
 * ("the Peruvian/MISC Ministry of Fisheries rejected": no span after "of"), after a people's adjective
 * read apart, for {@link widenBodies} to widen over the body's word and the adjective. The words are
 * free ones, not a day's, with "and" or "&" between two of them ("of Fisheries and Oceans"), no known
 * place and no owner before a possessive. Changes `spans` in place.
 */
function addNamesAfterBodyOf(
  sentence: string,
  tokens: readonly Token[],
  spans: EntitySpan[],
  free: (i: number) => boolean,
  place: (from: number, to: number) => boolean,
): void {
  const named = (i: number) => free(i) && !isDayWord((tokens[i] as Token).text);
  for (let i = 2; i < tokens.length; i++) {
    if ((tokens[i - 1] as Token).text !== 'of' || !named(i) || !free(i - 2)) continue;
    if (!isOrganisationWord((tokens[i - 2] as Token).text)) continue;
    let from = i - 2;
    while (free(from - 1)) from--;
    if (!spans.some((x) => x.to === from - 1 && x.from === x.to && x.type === 'MISC')) continue;
    let to = i;
    while (named(to + 1) || (OVER_AND.has(tokenAt(tokens, to + 1)?.text ?? '') && named(to + 2)))
      to += named(to + 1) ? 1 : 2;
    // "the Valdoran Brigade of Tamm's Division": an owner's possessive, no end of the body's name; nor a
    // known place ("the Council of Europe"), as in widenBodies
    if (possessiveAfter(tokens, to) || place(i, to)) continue;
    const start = (tokens[i] as Token).start;
    const end = (tokens[to] as Token).end;
    let at = 0;
    while (at < spans.length && (spans[at] as EntitySpan).from < i) at++;
    spans.splice(at, 0, spanOf('ORG', sentence.slice(start, end), start, end, i, to));
    i = to;
  }
}

const OVER_AND = new Set(['and', '&']);

const MONTHS = new Set([...MONTH_NAMES, ...MONTH_SHORT_NAMES]);

const isDayWord = (word: string) => WEEKDAYS.has(word) || MONTHS.has(word);

/** Words inside a body's name after its "on" or "for" ("Commission on Science and Technology"). */
const BODY_LINK = new Set(['and', 'of', '&']);

/**
 * Widens a person's span over the capitalised words right before and after it that no other span
 * holds ("Ana María López Vidal" tagged as "María" alone: names the tagger never saw in training
 * news), but not over a title, a function word, a word in capitals or the sentence's first word.
 */
function widenName(tokens: readonly Token[], s: EntitySpan, spans: readonly EntitySpan[]): void {
  const free = (i: number) => {
    const t = tokens[i];
    return (
      t !== undefined &&
      i > 0 &&
      NAME_WORD.test(t.text) &&
      !isTitle(t.text) &&
      !spans.some((x) => x !== s && x.from <= i && x.to >= i)
    );
  };
  while (free(s.from - 1)) s.from--;
  while (free(s.to + 1)) s.to++;
  // "Ana O' Varrick": a surname's one-letter prefix and its apostrophe written apart from the rest
  const prefix = prefixApartAt(tokens, s.to) ? s.to : prefixApartAt(tokens, s.to + 1) ? s.to + 1 : -1;
  if (prefix >= 0 && free(prefix + 2) && !spans.some((x) => x !== s && x.from <= prefix && x.to >= prefix)) {
    s.to = prefix + 2;
    while (free(s.to + 1)) s.to++;
  }
}

/**
 * Whether token `i` is one capital letter with an apostrophe right after it and a space after that
 * ("O' Varrick", "D' Amaro"), a surname's prefix a typist cut off its rest.
 */
function prefixApartAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const mark = tokens[i + 1];
  const rest = tokens[i + 2];
  return (
    t !== undefined &&
    mark !== undefined &&
    rest !== undefined &&
    ONE_CAPITAL.test(t.text) &&
    APOSTROPHE.test(mark.text) &&
    mark.start === t.end &&
    rest.start > mark.end
  );
}
const ONE_CAPITAL = /^\p{Lu}$/u;
const APOSTROPHE = /^['’]$/;
