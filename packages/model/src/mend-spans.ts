import { cutAtSeparators } from './cut-at-separators.js';
import { dropDayAfterBody } from './drop-day-after-body.js';
import { type EntitySpan, type EntityType, noSpans } from './entity-tagger.js';
import { isTitle } from './find-roles.js';
import { givenNameSpans } from './given-name-spans.js';
import { isGivenName } from './given-names.js';
import { joinBodyOverOfThings } from './join-body-over-of.js';
import { joinAmpersandFirms, joinFirmsOverAnd, joinLegalForms, joinPartnerships } from './join-firm-names.js';
import { isParticleWord, joinParticleWords } from './join-particle-words.js';
import { joinStreets } from './join-streets.js';
import { nameParticles } from './name-particles.js';
import {
  isAddedHead,
  isCommonWordOfBodies,
  isEventWord,
  isLegalForm,
  isMembersWord,
  isOrganisationWord,
  isTradeWord,
  opensBodyBeforeForThe,
} from './organisation-words.js';
import { opensPlaceBeforeOf } from './place-words.js';
import {
  CAPITALISED,
  capitalisedUpTo,
  isQuoteMark,
  opensWithCapital,
  SEPARATOR,
  spanOf,
  titleWord,
} from './span-words.js';
import {
  cutTradeBeforeName,
  placeAfterPlaceAndComma,
  placeBeforeCommaAndPlace,
  splitNameAfterOrganisation,
  splitNameAfterPartyMember,
  splitPossessiveBeforeSpeaker,
} from './split-names.js';
import { possessiveAfter, type Token, textsOf, tokenAt } from './tokenize-words.js';
import { trimEdges } from './trim-edges.js';
import { widenBodies, widenOverAcronyms, widenSpans } from './widen-spans.js';

export { isQuoteMark, opensWithCapital } from './span-words.js';
export { speaksAfterPossessive } from './split-names.js';

const INITIAL = /^\p{Lu}\.$/u;

/**
 * Mends the tagger's spans where a greedy tagger goes wrong in text unlike its training news: a
 * name split by one capitalised word ("Ilse/PER Marit/O Dalby/PER"), two names run together
 * over "and" or a comma, a title inside a span ("Commander General Lena Park", "National
 * Security Adviser Tom Berg": the name after the last title is a person; the title is a role), an
 * organisation the tagger saw only by its head word ("Tanvir/O Force/ORG").
 * @param sentence the sentence
 * @param tokens its tokens
 * @param spans the tagger's spans
 * @param known whether a run of text is a known name as a whole (kept unsplit: "Food and Agriculture Organization")
 * @param person whether the tagger, reading a run of tokens alone, types it as one person ("Ines Moreau"
 *   of "the Department of Transport and Ines Moreau’s report"); none by default
 * @param place whether a run of text is a known place, a state's name included ("Ohio" of "Ohio
 *   Republican Ann Roe"); none by default
 * @returns the mended spans
 */
export function mendSpans(
  sentence: string,
  tokens: readonly Token[],
  spans: readonly EntitySpan[],
  known: (from: number, to: number) => boolean,
  person: (from: number, to: number) => boolean = () => false,
  place: (from: number, to: number) => boolean = () => false,
): EntitySpan[] {
  const made = joinFirmsOverAnd(
    sentence,
    tokens,
    joinAmpersandFirms(
      sentence,
      tokens,
      joinPartnerships(
        sentence,
        tokens,
        joinLegalForms(
          sentence,
          tokens,
          joinStreets(
            sentence,
            tokens,
            joinParticleWords(sentence, tokens, givenNameSpans(sentence, tokens, spans, known), known),
          ),
        ),
      ),
      known,
    ),
    known,
  );
  // no span given or made: every step after leaves an empty list empty. Most sentences are so (those read
  // with no tagger: 86,000 of 111,000 calls over 2,000 bench pages), and the steps V8 compiled on them
  // first, none of their branches over a span yet taken, deoptimised on the first spans (issue 17)
  if (made.length === 0) return noSpans();
  const joined = joinRunOns(tokens, made, known);
  widenOverMembersPossessive(tokens, joined);
  joinPlacesOverOf(tokens, joined);
  joinBodyOverOfOneWord(sentence, tokens, joined, known);
  joinBodyOverOfThings(sentence, tokens, joined, known);
  joinPlaceBeforeBody(tokens, joined, known);
  dropDayAfterBody(sentence, tokens, joined, known);
  const bodies = widenBodies(sentence, tokens, joined, place);
  widenSpans(tokens, joined, bodies);
  widenOverAcronyms(sentence, tokens, joined, known);
  splitNameAfterOrganisation(tokens, joined);
  splitNameAfterPartyMember(tokens, joined, place);
  placeAfterPlaceAndComma(tokens, joined, place);
  placeBeforeCommaAndPlace(tokens, joined, place);
  cutTradeBeforeName(tokens, joined, known);
  splitPossessiveBeforeSpeaker(tokens, joined);
  return withoutSeriesLabels(
    tokens,
    trimEdges(sentence, tokens, cutAtSeparators(tokens, joined, bodies, known, person)),
  );
}

/** A label in a series: one capital letter, or a number of one or two digits. */
const SERIES_LABEL = /^(?:\p{Lu}|\d{1,2})$/u;

/**
 * The last step of {@link mendSpans}: a span that is a word common to bodies' names with a label after
 * it ("Group D", "Pool B", "Division 2"), in the span or right after it, names one of a series (a
 * competition's group, a league's division), no body: a qualifying table's "Group A" to "Group J" had
 * been one organisation "Group" of 21 mentions. A capitalised word after the label keeps the name
 * ("Group A Holdings").
 */
function withoutSeriesLabels(tokens: readonly Token[], spans: EntitySpan[]): EntitySpan[] {
  return spans.filter((s) => {
    if (s.to > s.from + 1 || !isCommonWordOfBodies(tokenAt(tokens, s.from)?.text ?? '')) return true;
    const at = s.from + 1;
    const label = tokenAt(tokens, at)?.text;
    if (label === undefined || !SERIES_LABEL.test(label)) return true;
    return CAPITALISED.test(tokenAt(tokens, at + 1)?.text ?? '');
  });
}

/**
 * The first step of {@link mendSpans}: each span joined to the one before it where the two are one name
 * run apart (a person's name over a word, a given name and a surname, a title and a name, two names an
 * ampersand or a particle apart). Each step of `mendSpans` is a function of its own, so that a branch
 * one of them takes for the first time makes V8 compile that step again, not all of them (issue 17).
 */
function joinRunOns(
  tokens: readonly Token[],
  spans: readonly EntitySpan[],
  known: (from: number, to: number) => boolean,
): EntitySpan[] {
  const joined: EntitySpan[] = [];
  for (const s of spans) {
    const last = joined.at(-1);
    // a country's word the tagger read apart right before a body's name that holds a body's word is the
    // country's body ("German/MISC Air Force/ORG", "Lebanese/MISC Armed Forces/ORG", "Swiss/MISC
    // National Bank/ORG", "Thai/MISC Airways International/ORG": the country's mention had been counted
    // apart), whatever kind the tagger gave the name ("Canadian/MISC Auto Workers/PER said"), unless a
    // place's name opens it
    // ("ethnic Albanian/MISC Kosovo Liberation Army/PER": the body's own name)
    if (
      last?.type === 'MISC' &&
      last.from === last.to &&
      s.from === last.to + 1 &&
      !known(s.from, s.from) &&
      holdsBodyWord(tokens, s) &&
      known(last.from, last.to)
    ) {
      joined[joined.length - 1] = spanOf('ORG', last.text, last.start, s.end, last.from, s.to);
      continue;
    }
    // a trade's noun or a body's last word the tagger read apart right after a name that is no
    // person's and no known place's is that name's end ("General/ORG Motors/PER 'Saturn unit", where a
    // spaced apostrophe had made "Motors" a person, and the surname of Admiral Motors)
    if (
      last &&
      last.type !== 'PER' &&
      s.from === last.to + 1 &&
      s.from === s.to &&
      endsABody((tokens[s.from] as Token).text) &&
      !known(last.from, last.to)
    ) {
      joined[joined.length - 1] = spanOf('ORG', last.text, last.start, s.end, last.from, s.to);
      continue;
    }
    // an agency's name "for the" what it oversees, which the tagger read as two names ("Federal/ORG
    // Service/ORG for the Financial/ORG Markets/ORG"): one body, as over a bare "for" (cutAtSeparators);
    // not a person nor a known name after it. Only after the words of `beforeForThe`: GMB marks the
    // other bodies' names as two there ("Supreme Council" / "Islamic Revolution")
    if (
      last &&
      last.type !== 'PER' &&
      s.type !== 'PER' &&
      s.from === last.to + 3 &&
      (tokens[last.to + 1] as Token).text === 'for' &&
      (tokens[last.to + 2] as Token).text === 'the' &&
      opensBodyBeforeForThe((tokens[last.to] as Token).text) &&
      !known(s.from, s.to)
    ) {
      joined[joined.length - 1] = spanOf('ORG', last.text, last.start, s.end, last.from, s.to);
      continue;
    }
    // a company's name with its legal form the tagger cut at its "of" and the place after it ("Bank/LOC
    // of America Corp/ORG" had made "Bank" a place and "America Corp" a company) is one name
    if (
      last &&
      last.from === last.to &&
      s.from === last.to + 2 &&
      (tokens[last.to + 1] as Token).text === 'of' &&
      s.type === 'ORG' &&
      isLegalForm((tokens[s.to] as Token).text) &&
      !titleWord((tokens[last.from] as Token).text) &&
      !known(last.from, last.to)
    ) {
      joined[joined.length - 1] = spanOf('ORG', last.text, last.start, s.end, last.from, s.to);
      continue;
    }
    // a body named by its members' possessive, which the tagger cut there ("the Valdoria People/ORG 's
    // Party/PER", "People/ORG 's Liberation Army/ORG"): one body's name, not a body's word alone; so
    // when the tagger read the first half as a body and the second as no place's nor a person's of two
    // words or more, whatever word ends it ("the Valdoria Workers/ORG ' Congress/ORG", "Farmers/ORG '
    // Liberation/MISC Front/ORG", "Orlan Martyrs/ORG ' Brigades/PER"), unless a title ends it
    if (
      last &&
      s.from === last.to + 2 &&
      membersPossessive(tokens, last.to) &&
      (endsABodyName(tokens, s) || (last.type === 'ORG' && secondHalfOfBody(tokens, s)))
    ) {
      joined[joined.length - 1] = spanOf('ORG', last.text, last.start, s.end, last.from, s.to);
      continue;
    }
    // so is one whose members' word the tagger left out ("the People's/O Party/PER")
    if (
      s.from >= 2 &&
      (last === undefined || last.to < s.from - 2) &&
      membersPossessive(tokens, s.from - 2) &&
      endsABodyName(tokens, s)
    ) {
      const from = s.from - 2;
      joined.push(spanOf('ORG', s.text, (tokens[from] as Token).start, s.end, from, s.to));
      continue;
    }
    if (last && last.type === 'PER' && continuesName(tokens, last, s)) {
      joined[joined.length - 1] = spanOf(last.type, last.text, last.start, s.end, last.from, s.to);
      continue;
    }
    // a listed given name, a middle initial and a surname of one or two words the tagger typed apart: one
    // person ("dietitian Amanda/ORG A. Kostro Miller/ORG explained" had made a body "Amanda" and a
    // second "Kostro Miller")
    if (last && givenNameInitialSurname(tokens, last, s, known)) {
      joined[joined.length - 1] = spanOf('PER', last.text, last.start, s.end, last.from, s.to);
      continue;
    }
    // a given name the tagger typed a place right before a surname it typed apart is a person
    // ("oust Samir/LOC al-Odran/MISC 's council")
    if (last && givenNameBeforeSurname(tokens, last, s)) {
      joined[joined.length - 1] = spanOf('PER', last.text, last.start, s.end, last.from, s.to);
      continue;
    }
    // a title read as a body, an untyped given name, then a word: a person ("Local MP/ORG Helen
    // Brightwater/ORG said")
    if (last && titleGivenNameWord(tokens, last, s)) {
      joined[joined.length - 1] = spanOf('PER', last.text, last.start, s.end, s.from - 1, s.to);
      continue;
    }
    // two names an ampersand apart, one of them an organisation, are one ("Standard/ORG & Poor/LOC 's");
    // two people are two ("Lennon & McCartney")
    if (
      last &&
      s.from === last.to + 2 &&
      (tokens[last.to + 1] as Token).text === '&' &&
      (last.type === 'ORG' || s.type === 'ORG')
    ) {
      joined[joined.length - 1] = spanOf('ORG', last.text, last.start, s.end, last.from, s.to);
      continue;
    }
    // two names of one type a particle apart are one ("Viña/LOC del Mar/LOC")
    if (
      last &&
      last.type === s.type &&
      s.from === last.to + 2 &&
      nameParticles().inside.has((tokens[last.to + 1] as Token).text)
    ) {
      joined[joined.length - 1] = spanOf(last.type, last.text, last.start, s.end, last.from, s.to);
      continue;
    }
    joined.push(s);
  }
  return joined;
}

/**
 * Whether a span holds a word common to bodies' names ("Airways International", "National Bank", "Air
 * Force"; {@link isCommonWordOfBodies}).
 */
function holdsBodyWord(tokens: readonly Token[], s: EntitySpan): boolean {
  for (let i = s.from; i <= s.to; i++) if (isCommonWordOfBodies((tokens[i] as Token).text)) return true;
  return false;
}

/** Whether token `at` is a plural noun of people before a possessive ("People 's", "Workers '"). */
function membersPossessive(tokens: readonly Token[], at: number): boolean {
  return isMembersWord(tokenAt(tokens, at)?.text ?? '') && possessiveAfter(tokens, at);
}

/** Whether a span after a body's members' possessive can end its name (see {@link joinRunOns}). */
function secondHalfOfBody(tokens: readonly Token[], s: EntitySpan): boolean {
  const fits = s.type === 'ORG' || s.type === 'MISC' || (s.type === 'PER' && s.from === s.to);
  return fits && !titleWord((tokens[s.to] as Token).text);
}

/**
 * Gives a body's span that ends on its members' possessive the capitalised words right after it that no
 * span holds, up to a title or a lower-case word: the rest of its name, which the tagger left out
 * ("the Tarnby Women/ORG 's Caucus", "Orlan Martyrs/ORG ' Brigades"), with a body's span they run into,
 * not a person's role after it.
 * Only a body's span: widening a person's or a place's so ("Tarnby Women/PER 's Caucus") gained no
 * name on GMB dev, WikiGold or 1,200 GMB train articles and added one wrong actor.
 * Changes `spans` in place.
 * @param tokens the sentence's tokens
 * @param spans the spans, in order
 */
function widenOverMembersPossessive(tokens: readonly Token[], spans: EntitySpan[]): void {
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k] as EntitySpan;
    if (s.type !== 'ORG' || !membersPossessive(tokens, s.to)) continue;
    const next = spans[k + 1];
    const stop = Math.min(next ? next.from : tokens.length, s.to + 2 + MAX_BODY_WORDS);
    let end = s.to + 1;
    while (
      end + 1 < stop &&
      opensWithCapital((tokens[end + 1] as Token).text) &&
      !titleWord((tokens[end + 1] as Token).text)
    )
      end++;
    if (end === s.to + 1) continue;
    // the words run on into a body's span, or one a body's word ends: its end ("Citizens/ORG '
    // Independent Transit Trust/ORG", "Citizens/ORG ' Independent Ferry Commission/PER")
    if (next && next.from === end + 1 && (next.type === 'ORG' || endsABodyName(tokens, next))) {
      spans[k] = spanOf('ORG', s.text, s.start, next.end, s.from, next.to);
      spans.splice(k + 1, 1);
      continue;
    }
    const last = tokens[end] as Token;
    spans[k] = spanOf('ORG', s.text, s.start, last.end, s.from, end);
  }
}

/** Whether a span's last word is one common to bodies' names ("Party", "Army", "Union"; {@link isCommonWordOfBodies}). */
function endsABodyName(tokens: readonly Token[], s: EntitySpan): boolean {
  return isCommonWordOfBodies((tokens[s.to] as Token).text);
}

/** Whether a word ends a body's name: an organisation's last word or a trade's noun ("Airlines", "Workers", "Motors"). */
const endsABody = (word: string) => isOrganisationWord(word) || isTradeWord(word);

/** At most this many capitalised words after a place's name make a body's name with it ("International Airlines"). */
const MAX_BODY_WORDS = 4;

/**
 * Gives a known place's or country's name the tagger read alone the capitalised words right after it that no
 * span holds when they end on a body's word: one body's name ("Pakistan/LOC International Airlines",
 * "United/LOC States National Transportation Safety Board"), of which the place is a part, no mention (the
 * aircraft-makers brief had counted such airlines for their countries). Not a people's word the tagger read
 * apart ("Danish/MISC Harbour Workers"): joined so, it made the sample brief's one claim of three sources
 * that an acceptance check names a claim of two, its third statement's relatedness 0.5400 → 0.5398 against
 * the threshold 0.54, from the weights of the brief's words alone (so again in session 88, with an armed
 * forces' name); such a body is found when the tagger reads its name as one (`joinRunOns`). But a people's
 * word and two words or more ending on a ministry's or a department's head noun (`addedHeads` of
 * `data/organisation-words.yaml`), not running on over "of": "Varnian/MISC Fisheries Ministry" is one
 * body, which then meets "the Varnian Ministry of Fisheries" of another source. Or on an event's word
 * (`events` of `data/organisation-words.yaml`): one event's name, no actor ("Paris/LOC Air Show", "2008
 * Beijing/LOC Olympic Games"). A span the tagger began inside the place's name and ended on a body's word
 * joins it ("United/LOC States Air Force/MISC"). Changes `spans` in place.
 * @param tokens the sentence's tokens
 * @param spans the spans, in order
 * @param known whether tokens `from..to` are a known name as a whole
 */
function joinPlaceBeforeBody(
  tokens: readonly Token[],
  spans: EntitySpan[],
  known: (from: number, to: number) => boolean,
): void {
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k] as EntitySpan;
    if (s.type !== 'LOC' && s.type !== 'MISC') continue;
    const place = knownEnd(tokens, s, known);
    if (place < 0) continue;
    const next = spans[k + 1];
    if (next && next.from <= place) {
      if (
        next.to > place &&
        endsABody((tokens[next.to] as Token).text) &&
        capitalisedUpTo(tokens, place + 1, next.to)
      ) {
        spans[k] = spanOf('ORG', s.text, s.start, next.end, s.from, next.to);
        spans.splice(k + 1, 1);
      }
      continue;
    }
    let end = -1;
    let type: EntityType = 'ORG';
    for (let i = place + 1; i < tokens.length && i <= place + MAX_BODY_WORDS; i++) {
      const word = (tokens[i] as Token).text;
      if ((next && i >= next.from) || !opensWithCapital(word) || isTitle(word)) break;
      if (endsABody(word) || isEventWord(word)) {
        end = i;
        type = endsABody(word) ? 'ORG' : 'MISC';
      }
    }
    if (end < 0) continue;
    // "Russian/MISC Energy Minister Sergei Shmatko": a trade's noun before a title is a portfolio
    const after = tokenAt(tokens, end + 1);
    if (!isOrganisationWord((tokens[end] as Token).text) && after && isTitle(after.text)) continue;
    // "Canadian/MISC Department of Fisheries": a body's name that runs on over "of" is read by the steps after
    if (s.type === 'MISC' && after?.text === 'of' && opensWithCapital(tokenAt(tokens, end + 2)?.text ?? ''))
      continue;
    // after a people's word, only a ministry's or a department's name of two words or more ("Varnian/MISC
    // Fisheries Ministry", which meets "the Varnian Ministry of Fisheries"): not one word ("Palestinian/MISC
    // Authority"), nor another body's (see above)
    if (s.type === 'MISC' && (end === place + 1 || !isAddedHead((tokens[end] as Token).text))) continue;
    spans[k] = spanOf(type, s.text, s.start, (tokens[end] as Token).end, s.from, end);
  }
}

/**
 * The last token of the known name a span opens, which may run past the span ("United/LOC States"):
 * `s.to` or up to two tokens after it; -1 when the span opens none.
 */
function knownEnd(
  tokens: readonly Token[],
  s: EntitySpan,
  known: (from: number, to: number) => boolean,
): number {
  for (let t = Math.min(s.to + 2, tokens.length - 1); t >= s.to; t--) if (known(s.from, t)) return t;
  return -1;
}

/**
 * Joins a place's head noun and its name over "of" into one place ("Strait/LOC of Hormuz/LOC", "Port/LOC
 * of Antwerp/LOC"), and gives a name the head noun the tagger left out ("Province/O of Valmera/LOC"); the
 * head nouns are `place-words.yaml`'s `beforeOf`. Changes `spans` in place.
 */
function joinPlacesOverOf(tokens: readonly Token[], spans: EntitySpan[]): void {
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k] as EntitySpan;
    const head = tokens[s.from - 2];
    if (
      s.from < 2 ||
      (tokens[s.from - 1] as Token).text !== 'of' ||
      !head ||
      !opensWithCapital(head.text) ||
      !opensPlaceBeforeOf(head.text)
    )
      continue;
    const before = k > 0 ? (spans[k - 1] as EntitySpan) : undefined;
    if (before && before.to >= s.from - 2) {
      // the head stands alone before "of", as a name of its own: the two are one place
      if (before.from !== s.from - 2 || before.to !== s.from - 2) continue;
      spans[k - 1] = spanOf('LOC', before.text, before.start, s.end, before.from, s.to);
      spans.splice(k, 1);
      k--;
    } else spans[k] = spanOf('LOC', s.text, head.start, s.end, s.from - 2, s.to);
  }
}

/**
 * Joins a body's span and one capitalised word after its "of" that the tagger read as a person's or as a name
 * of no kind into one body ("Joint Chiefs/ORG of Staff/MISC said"), where no gazetteer knows the word and no
 * capitalised word follows it but a title's or the next name's. GMB dev, GMB train's first 1,200 articles and
 * WikiGold hold 11 spans of a body, "of" and one word: the 4 of the word read so are all one body by gold
 * ("Joint Chiefs of Staff"); the 7 of a place are mostly a person's or a body's place ("Reid of Nevada",
 * "Council of Europe"), so they are left. Changes `spans` in place.
 */
function joinBodyOverOfOneWord(
  sentence: string,
  tokens: readonly Token[],
  spans: EntitySpan[],
  known: (from: number, to: number) => boolean,
): void {
  for (let k = 0; k + 1 < spans.length; k++) {
    const body = spans[k] as EntitySpan;
    const word = spans[k + 1] as EntitySpan;
    if (
      body.type !== 'ORG' ||
      (word.type !== 'PER' && word.type !== 'MISC') ||
      word.from !== word.to ||
      word.from !== body.to + 2 ||
      (tokens[body.to + 1] as Token).text !== 'of' ||
      known(word.from, word.to)
    )
      continue;
    // a capitalised word after it opens the next name or is a title ("of Staff Richard Myers", "of
    // Staff Chairman Mike Mullen"), else the word may open a name the tagger cut
    const after = tokenAt(tokens, word.to + 1)?.text ?? '';
    const next = spans[k + 2];
    if (opensWithCapital(after) && next?.from !== word.to + 1 && !isTitle(after)) continue;
    spans[k] = spanOf('ORG', sentence.slice(body.start, word.end), body.start, word.end, body.from, word.to);
    spans.splice(k + 1, 1);
  }
}

/**
 * Whether span `s` goes on the person named by `last`: next to it or after a nickname in quotes
 * ('Michael "Mike" Dunne') or one capitalised word, and itself a person, an initial ("T. Varga")
 * or a particle name ("al-Odran"), or one word after a middle initial ("Michael R. Golden").
 */
function continuesName(tokens: readonly Token[], last: EntitySpan, s: EntitySpan): boolean {
  const between = textsOf(tokens.slice(last.to + 1, s.from));
  if (between.length > 3) return false;
  if (!between.every((w) => isQuoteMark(w) || (opensWithCapital(w) && !SEPARATOR.has(w)))) return false;
  // counted, not filtered: the filter's array (holey once this is optimised) deoptimised it
  let words = 0;
  for (const w of between) if (!isQuoteMark(w)) words++;
  if (words > 1) return false;
  const first = (tokens[s.from] as Token).text;
  // after a nickname in quotes comes the surname, whatever type the tagger gave it
  const nickname = between.some((w) => isQuoteMark(w)) && s.from === s.to;
  // and after a middle initial, the surname ("Michael/PER R. Golden/LOC")
  const surname = between.length === 1 && INITIAL.test(between[0] as string) && s.from === s.to;
  return s.type === 'PER' || nickname || surname || INITIAL.test(first) || nameParticles().prefix.test(first);
}

/** A middle initial, with its full stop or without ("Arjun K Varma"). */
const MIDDLE_INITIAL = /^\p{Lu}\.?$/u;

/**
 * Whether span `s` is the surname of one or two words after a listed given name `last` of one word and
 * a middle initial ("Amanda A. Kostro Miller", "Kiran/LOC C Nair/LOC"), neither of them a known name,
 * whatever kinds the tagger gave them (a surname of one word after a person's span is
 * {@link continuesName}'s too).
 */
function givenNameInitialSurname(
  tokens: readonly Token[],
  last: EntitySpan,
  s: EntitySpan,
  known: (from: number, to: number) => boolean,
): boolean {
  if (last.from !== last.to || !MIDDLE_INITIAL.test((tokens[last.to + 1] as Token).text)) return false;
  // the initial between the spans, or opening the surname's ("Miriam/MISC K. Ostrow Hale/ORG")
  const from = s.from === last.to + 1 ? s.from + 1 : s.from;
  if (from !== last.to + 2 || s.to > from + 1) return false;
  return isGivenName((tokens[last.from] as Token).text) && !known(last.from, last.to) && !known(from, s.to);
}

/**
 * Whether a one-word span stands right before a span that opens with a surname's particle joined by a
 * hyphen ("al-Odran", "el-Sisi"), typed a person or of no known kind: a given name and its surname.
 */
function givenNameBeforeSurname(tokens: readonly Token[], last: EntitySpan, s: EntitySpan): boolean {
  if (last.from !== last.to || s.from !== last.to + 1 || last.type === 'ORG') return false;
  if (s.type !== 'PER' && s.type !== 'MISC') return false;
  return isParticleWord(tokens, s.from);
}

/** A title alone as a span, one given name the tagger left untyped, then a span of one word. */
function titleGivenNameWord(tokens: readonly Token[], last: EntitySpan, s: EntitySpan): boolean {
  if (last.from !== last.to || s.from !== last.to + 2 || s.from !== s.to || last.type === 'PER') return false;
  return isTitle((tokens[last.from] as Token).text) && isGivenName((tokens[s.from - 1] as Token).text);
}
