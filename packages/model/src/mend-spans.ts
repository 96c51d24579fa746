import { isCommonAbbreviation } from './abbreviations.js';
import { ACRONYM } from './capitalised-words.js';
import { isMeridiemAt, opensAfterClock } from './clock-time.js';
import { NOT_UNITS, SENTENCE_OPENERS } from './english-cues.js';
import { type EntitySpan, type EntityType, noSpans } from './entity-tagger.js';
import { isAbbreviatedTitle, isBodyHeadTitle, isHeadTitle, isTitle, isTradeNoun } from './find-roles.js';
import { givenNameSpans } from './given-name-spans.js';
import { isGivenName } from './given-names.js';
import { kindNamed } from './kind-nouns.js';
import { isMeasureAt } from './measure-codes.js';
import { MONTH_NAMES, MONTH_SHORT_NAMES, WEEKDAYS } from './month-names.js';
import { nameParticles } from './name-particles.js';
import {
  endsBodyOverAnd,
  isCommonWordOfBodies,
  isEventWord,
  isLegalForm,
  isMembersWord,
  isOrganisationHead,
  isOrganisationWord,
  isPartnershipWord,
  isPartyMemberWord,
  isTradeWord,
  opensBodyBeforeFor,
} from './organisation-words.js';
import { isPlaceWord, opensPlaceBeforeOf, opensStreet } from './place-words.js';
import { isSayingVerb } from './saying-verbs.js';
import { isStopWord } from './text-stats.js';
import { possessiveAfter, type Token, textsOf, tokenAt } from './tokenize-words.js';

const SEPARATOR = new Set(['and', ',', ';', '&', 'or']);
// patterns of the functions below, made once: inside a function a pattern with \p{…} outside a class
// is built by `new RegExp` at each call in the bundle (esbuild lowers it for Node targets)
const CAPITAL_FIRST = /^\p{Lu}/u;
const INITIAL = /^\p{Lu}\.$/u;
/**
 * Whether a word opens with a capital: by its first unit's code in ASCII, the pattern only beyond it.
 * @param w a word
 */
export function opensWithCapital(w: string): boolean {
  const c = w.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : CAPITAL_FIRST.test(w);
}

/**
 * Mends the tagger's spans where a greedy tagger goes wrong in text unlike its training news: a
 * name split by one capitalised word ("Ghazi/PER Faisal/O Hussein/PER"), two names run together
 * over "and" or a comma, a title inside a span ("Commander General Lena Park", "National
 * Security Adviser Tom Berg": the name after the last title is a person; the title is a role), an
 * organisation the tagger saw only by its head word ("Tanvir/O Force/ORG").
 * @param sentence the sentence
 * @param tokens its tokens
 * @param spans the tagger's spans
 * @param known whether a run of text is a known name as a whole (kept unsplit: "Food and Agriculture Organization")
 * @param person whether the tagger, reading a run of tokens alone, types it as one person ("Jake Sullivan"
 *   of "the Department of Defense and Jake Sullivan’s declaration"); none by default
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
  const made = joinAmpersandFirms(
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
  );
  // no span given or made: every step after leaves an empty list empty. Most sentences are so (those read
  // with no tagger: 86,000 of 111,000 calls over 2,000 bench pages), and the steps V8 compiled on them
  // first, none of their branches over a span yet taken, deoptimised on the first spans (issue 17)
  if (made.length === 0) return noSpans();
  const joined = joinRunOns(tokens, made, known);
  widenOverMembersPossessive(tokens, joined);
  joinPlacesOverOf(tokens, joined);
  joinBodyOverOfOneWord(sentence, tokens, joined, known);
  joinPlaceBeforeBody(tokens, joined, known);
  dropDayAfterBody(sentence, tokens, joined, known);
  const bodies = widenBodies(sentence, tokens, joined);
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
const CAPITALISED = /^\p{Lu}/u;

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
    // spaced apostrophe had made "Motors" a person, and the surname of General Motors)
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
    // ("overthrow Bashar/LOC al-Assad/MISC 's regime")
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
 * the threshold 0.54, from the weights of the brief's words alone; such a body is found when the tagger reads
 * its name as one (`joinRunOns`). Or on an event's word (`events` of `data/organisation-words.yaml`): one
 * event's name, no actor ("Paris/LOC Air Show", "2008 Beijing/LOC Olympic Games"). A span the tagger began
 * inside the place's name and ended on a body's word joins it ("United/LOC States Air Force/MISC"). Changes
 * `spans` in place.
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
    if (s.type !== 'LOC') continue;
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

/** Widens people's names, organisations of one word and a trade's noun after a name (see {@link mendSpans}). */
function widenSpans(
  tokens: readonly Token[],
  joined: EntitySpan[],
  bodies: Set<EntitySpan> | undefined,
): void {
  for (const s of joined) {
    if (bodies?.has(s)) continue;
    // a trade's noun alone is no person's name ('"General Motors' behaviour", where a spaced apostrophe
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
  }
}

/**
 * Widens a place's or a body's span over an acronym right after it that the tagger left out ("Texas/LOC
 * ISO/O", "Avon/ORG NPC/O"): a body named by where it is and its letters, which had been its place, an
 * organisation of as many mentions. Not a title ("Acme CEO"), a common noun's abbreviation ("UK GDP"), a
 * unit ("Texas GW"), nor a name known alone ("Ukraine NATO"), and only a span that is no person's.
 */
function widenOverAcronyms(
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
 * Cuts spans at their separators ("and", commas) where they run two names together, not where one
 * name holds them (a body "of" two things, a known name, "Procter & Gamble"), and titles off the names
 * (see {@link mendSpans}).
 */
function cutAtSeparators(
  tokens: readonly Token[],
  joined: readonly EntitySpan[],
  bodies: Set<EntitySpan> | undefined,
  known: (from: number, to: number) => boolean,
  person: (from: number, to: number) => boolean,
): EntitySpan[] {
  const out: EntitySpan[] = [];
  for (const s of joined) {
    const amp = known(s.from, s.to) ? -1 : twoPeopleAt(tokens, s);
    if (known(s.from, s.to)) out.push(s);
    else if (amp > 0) {
      out.push(spanOf('PER', s.text, s.start, s.end, s.from, amp - 1));
      out.push(spanOf('PER', s.text, s.start, s.end, amp + 1, s.to));
    }
    // most spans hold no separator: what the walk below gives them, without the walk (its branches,
    // first met late, had V8 compile this step again up to seven times a thread; issue 17)
    else if (!mayCut(tokens, s))
      for (const c of cutTitle(tokens, spanOf(s.type, s.text, s.start, s.end, s.from, s.to), known))
        out.push(c);
    else cutSpan(tokens, s, bodies, known, person, out);
  }
  return out;
}

/**
 * The ampersand's token where a span is two people's full names an ampersand apart ("hosted by Lena
 * Marsh & Owen Tilley"): a given name and one more capitalised word on each side, none a company's word,
 * and no words around that say it is a company's ({@link namesFirmAt}: "a spokeswoman for"); -1 where it
 * is not. The tagger had read the whole as one body or one place, which an ampersand is never cut in
 * ("Procter & Gamble"). A firm named after its founders writes their surnames alone ("Marks & Spencer")
 * or ends on its legal form ("& Co"), so no such firm is of this shape. Measured: no actor of GMB dev,
 * WikiGold or GMB train's first 1,200 articles changes (WikiGold's pairs of presenters, read as one place,
 * were cut at the ampersand and made people by the article already); the fixture's were one body.
 */
function twoPeopleAt(tokens: readonly Token[], s: EntitySpan): number {
  if (s.to - s.from !== 4) return -1;
  const amp = s.from + 2;
  if ((tokens[amp] as Token).text !== '&') return -1;
  for (const at of [s.from, amp + 1]) {
    const given = (tokens[at] as Token).text;
    const surname = (tokens[at + 1] as Token).text;
    if (!NAME_WORD.test(given) || !NAME_WORD.test(surname) || !isGivenName(given)) return -1;
    if (isOrganisationWord(surname) || isPartnershipWord(surname) || isLegalForm(surname)) return -1;
  }
  return namesFirmAt(tokens, s.from, s.to) ? -1 : amp;
}

/**
 * Whether {@link cutSpan} may cut a span: it holds a separator ("and", a comma; in any case when of three
 * letters at most) or a word said twice in a row.
 */
function mayCut(tokens: readonly Token[], s: EntitySpan): boolean {
  for (let i = s.from; i <= s.to; i++) {
    const text = (tokens[i] as Token).text;
    if (SEPARATOR.has(text.length <= 3 ? text.toLowerCase() : text)) return true;
    if (i > s.from && text === (tokens[i - 1] as Token).text) return true;
  }
  return false;
}

/** {@link cutAtSeparators} of one span that may be cut ({@link mayCut}): its pieces pushed to `out`. */
function cutSpan(
  tokens: readonly Token[],
  s: EntitySpan,
  bodies: Set<EntitySpan> | undefined,
  known: (from: number, to: number) => boolean,
  person: (from: number, to: number) => boolean,
  out: EntitySpan[],
): void {
  let from = s.from;
  const oneBody = namesOneBody(tokens, s) || namesOneBodyOverAnd(tokens, s, known, person);
  let of = false;
  /** Whether the "of" follows an organisation's head word ("Department of", "School of"). */
  let body = false;
  /** The first token of a person's name run on after a body's "and", or -1. */
  let personFrom = -1;
  for (let i = s.from; i <= s.to + 1; i++) {
    const text = i <= s.to ? (tokens[i] as Token).text : '';
    // every word compared below has three letters at most: no longer word needs lower-casing
    const word = text.length <= 3 ? text.toLowerCase() : text;
    if (word === 'of') {
      of = true;
      body ||= i > from && isOrganisationWord((tokens[i - 1] as Token).text);
    }
    // a body "for" two things is one name as one "of" them is ("Organization for Security and
    // Cooperation", "Center for Science and Culture", "Agency for Food and Drug Safety"): after a body's
    // word before "for" only, as names after a bare "for" are two ("worked for Google and Microsoft"
    // stands outside the span). Found whole now: 3 such bodies of GMB dev, 12 of GMB train's first 1,200
    // articles (none lost), 1 of WikiGold
    else if (word === 'for' && i > from && opensBodyBeforeFor((tokens[i - 1] as Token).text)) {
      of = true;
      body = true;
    }
    // an organisation "of" two things is one name ("Ministry of Industry and Trade"), not two run
    // together; a name of its own after "and" is ("the Department of Defense and Tom Berg")
    if (s.type === 'ORG' && of && (word === 'and' || word === '&') && i + 1 === s.to) continue;
    // so is a body's "of" two things of two words ("London School of Hygiene and Tropical Medicine",
    // "Department of Health and Human Services"), whatever type the tagger gave it; not when the words
    // after "and" are a person's name ("the US Department of Defense and Jake Sullivan’s declaration")
    if (
      body &&
      (word === 'and' || word === '&') &&
      i < s.to &&
      s.to - i <= 2 &&
      capitalisedUpTo(tokens, i + 1, s.to)
    ) {
      if (!person(i + 1, s.to)) {
        s.type = 'ORG';
        continue;
      }
      // and that name is a person's, whatever type the tagger gave the run
      personFrom = i + 1;
    }
    // nor is a body's name widened over its "and" ("Danish Veterinary and Food Administration"), or
    // one the tagger read whole ("U.S. Food and Drug Administration", see namesOneBody)
    if (word === 'and' && (oneBody || bodies?.has(s))) continue;
    // nor is one with an ampersand ("Procter & Gamble")
    if (s.type === 'ORG' && word === '&') continue;
    // "Coinbase Coinbase Pro", a comparison table's two column heads: a word said twice in a row
    // and more words after it, the whole line, are two names side by side ("Duran Duran" alone, "S S
    // C Dolby" and "such as Dance Dance Revolution" stay one)
    if (
      i > from &&
      i < s.to &&
      text === (tokens[i - 1] as Token).text &&
      text.length > 1 &&
      CAPITAL_FIRST.test(text) &&
      s.from === 0 &&
      s.to === tokens.length - 1
    ) {
      for (const c of cutTitle(tokens, spanOf(s.type, s.text, s.start, s.end, from, i - 1), known))
        out.push(c);
      from = i;
      continue;
    }
    if (i <= s.to && !SEPARATOR.has(word)) continue;
    of = false;
    body = false;
    if (i > from) {
      const type = from === personFrom ? 'PER' : s.type;
      for (const c of cutTitle(tokens, spanOf(type, s.text, s.start, s.end, from, i - 1), known)) out.push(c);
    }
    from = i + 1;
  }
}

/** Trims quotes and connectors off the spans' edges, after joining names over particles (see {@link mendSpans}). */
function trimEdges(sentence: string, tokens: readonly Token[], spans: readonly EntitySpan[]): EntitySpan[] {
  // a loop, not flatMap and spreads: those took half of this function's time (1,000 bench pages)
  const trimmed: EntitySpan[] = [];
  for (const s of joinParticleNames(tokens, spans)) {
    // quotes and connectors at the edges are not part of a name ("of Veterans Affairs")
    const timed = isMeridiemAt(tokens, s.from);
    while (s.from < s.to && (isEdge(tokens[s.from] as Token) || isMeridiemAt(tokens, s.from))) s.from++;
    while (s.to > s.from && (isEdge(tokens[s.to] as Token) || endsOnDay(s, tokens) || endsOnRank(tokens, s)))
      s.to--;
    if (isQuoteMark((tokens[s.from] as Token).text)) continue;
    // a function word alone names nothing: "the New/ORG GM would return to profit" (not "US", in
    // capitals)
    if (s.from === s.to && isFunctionWordAlone((tokens[s.from] as Token).text)) continue;
    // nor a clock time's "PM" ("at 6 PM", "8:10 AM Leaves …"; not Britain's "PM" of "the PM said")
    if (s.from === s.to && isMeridiemAt(tokens, s.from)) continue;
    // a schedule's row, "12:30 PM Returns to the harbour": the tagger read the clock's "PM" as the
    // name's first word of a verb that opens the row
    if (timed && s.from === s.to && rowVerbAt(tokens, s.from)) continue;
    // nor a model's code alone: a product, no actor ("the first A380/ORG was delivered", "Boeing
    // unveiled the 777-200LR/LOC", "ordered six A350s/ORG")
    if (s.from === s.to && MODEL_CODE.test((tokens[s.from] as Token).text)) continue;
    const start = (tokens[s.from] as Token).start;
    const end = (tokens[s.to] as Token).end;
    trimmed.push(spanOf(s.type, sentence.slice(start, end), start, end, s.from, s.to));
  }
  return trimmed;
}

/**
 * Whether a body's or a place's span ends on a rank written short before a name ("the Army Gen./ORG
 * Paul Roe", "Northern Fleet Adm."): the rank is the person's, as in "Gen. Paul Roe".
 */
function endsOnRank(tokens: readonly Token[], s: EntitySpan): boolean {
  return (
    s.type !== 'PER' &&
    isAbbreviatedTitle((tokens[s.to] as Token).text) &&
    CAPITALISED.test(tokenAt(tokens, s.to + 1)?.text ?? '')
  );
}

/**
 * Whether token `at` is shaped as a verb opening a row after a clock time: a capitalised word ending in
 * "s" before a word in lower case ("Leaves the", "Returns to"), and the time alone before it.
 */
function rowVerbAt(tokens: readonly Token[], at: number): boolean {
  return (
    ROW_VERB.test((tokens[at] as Token).text) &&
    LOWER_START.test(tokenAt(tokens, at + 1)?.text ?? '') &&
    opensAfterClock(tokens, at)
  );
}

const ROW_VERB = /^\p{Lu}\p{Ll}+s$/u;
const LOWER_START = /^\p{Ll}/u;

/** A model's code: up to three capitals and three digits, or three digits, a hyphen and a series. */
const MODEL_CODE = /^(?:\p{Lu}{1,3}-?\d{3}|\d{3}-\d)/u;

/** Whether a word is a function word written with a capital to open a name ("New", not "US"). */
function isFunctionWordAlone(word: string): boolean {
  const lower = word.toLowerCase();
  return word.slice(1) === lower.slice(1) && isStopWord(lower);
}

/** Whether every token of `from..to` starts with a capital. */
function capitalisedUpTo(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i <= to; i++) if (!opensWithCapital((tokens[i] as Token).text)) return false;
  return true;
}

/**
 * Joins a person to the surname that one or two particles open, whatever type the tagger gave the
 * surname and once titles are cut ("Guido/PER van Rossum/LOC", "President Ursula/PER von der
 * Leyen/PER"), and gives a name the tagger began at its particle the capitalised word before it, a
 * person's given name ("Vincent van/ORG Gogh/ORG"; WikiGold precision 0.7608 → 0.7615, recall the same).
 */
function joinParticleNames(tokens: readonly Token[], spans: readonly EntitySpan[]): EntitySpan[] {
  const { inside, prefix } = nameParticles();
  const out: EntitySpan[] = [];
  const particle = (i: number) => {
    const w = (tokens[i] as Token).text;
    return inside.has(w) || prefix.test(w);
  };
  for (const s of spans) {
    const last = out.at(-1);
    const gap = last ? s.from - last.to - 1 : 0;
    if (
      last?.type === 'PER' &&
      (gap === 1 || gap === 2) &&
      particle(last.to + 1) &&
      (gap === 1 || particle(last.to + 2)) &&
      opensWithCapital((tokens[s.from] as Token).text)
    )
      out[out.length - 1] = spanOf(last.type, last.text, last.start, s.end, last.from, s.to);
    else if (
      particle(s.from) &&
      s.from > 0 &&
      opensWithCapital((tokens[s.from - 1] as Token).text) &&
      !isTitle((tokens[s.from - 1] as Token).text) &&
      (last === undefined || last.to < s.from - 1) &&
      s.from < s.to
    )
      out.push(spanOf('PER', s.text, s.start, s.end, s.from - 1, s.to));
    else out.push(s);
  }
  return out;
}

/** At most this many capitalised words name a street after its first word ("Paseo de Isabel la Católica" has 3). */
const MAX_STREET_WORDS = 4;

/**
 * A sentence's spans with each street named by its first word ("Jalan", "Calle", "Rua": `streetFirst`
 * in `data/place-words.yaml`) one place: that word and the particles and capitalised words after it
 * ("Paseo de la Independencia", "Plaza del Pilar", "Jalan Tun Razak", which the tagger read as "Paseo"
 * and "Independencia", or as a person), in place of the spans inside it. A span reaching outside it is
 * left as it is.
 */
function joinStreets(
  sentence: string,
  tokens: readonly Token[],
  spans: readonly EntitySpan[],
): readonly EntitySpan[] {
  // the first street's word, in one pass: most sentences have none, and nothing more is read of them
  for (let i = 0; i + 1 < tokens.length; i++) {
    const head = (tokens[i] as Token).text;
    if (opensWithCapital(head) && opensStreet(head)) return joinStreetsFrom(sentence, tokens, spans, i);
  }
  return spans;
}

/**
 * {@link joinStreets} from its first street's word on: a function of its own, as few sentences reach it
 * (see {@link joinLegalFormsFrom}).
 * @param first the token of the sentence's first street's word
 */
function joinStreetsFrom(
  sentence: string,
  tokens: readonly Token[],
  spans: readonly EntitySpan[],
  first: number,
): readonly EntitySpan[] {
  let out: EntitySpan[] | undefined;
  const { inside } = nameParticles();
  for (let i = first; i + 1 < tokens.length; i++) {
    const head = (tokens[i] as Token).text;
    if (!opensWithCapital(head) || !opensStreet(head)) continue;
    let to = i;
    let words = 0;
    for (let j = i + 1; j < tokens.length && words < MAX_STREET_WORDS; j++) {
      const text = (tokens[j] as Token).text;
      if (opensWithCapital(text)) {
        to = j;
        words++;
      } else if (!inside.has(text)) break;
    }
    if (to === i) continue;
    const from = i;
    const list = out ?? spans;
    if (list.some((s) => s.from <= to && s.to >= from && (s.from < from || s.to > to))) continue;
    const start = (tokens[from] as Token).start;
    const end = (tokens[to] as Token).end;
    const street = spanOf('LOC', sentence.slice(start, end), start, end, from, to);
    out = withSpan(list, street, from, to);
    i = to;
  }
  return out ?? spans;
}

/**
 * Spans with a new one in place of those inside tokens `from..to`, in order: filled by push, as the
 * tagger's spans are (an array literal with spreads was another kind of array, and the steps reading
 * both deoptimised on "wrong map": issue 17).
 * @param list spans in order, none reaching across `from..to`'s edges
 * @param span the new span, over `from..to`
 */
function withSpan(list: readonly EntitySpan[], span: EntitySpan, from: number, to: number): EntitySpan[] {
  const out: EntitySpan[] = [];
  for (const s of list) if (s.to < from) out.push(s);
  out.push(span);
  for (const s of list) if (s.from > to) out.push(s);
  return out;
}

/** A span of more tokens than this is a run-on that `findEntities` drops (its MAX_NAME_TOKENS, from GMB). */
const LONGEST_NAME = 6;

/** At most this many capitalised words before a legal form make a company's name ("Permai Agro Bhd" has 2). */
const MAX_COMPANY_WORDS = 4;

/**
 * A sentence's spans with each company named with its legal form one organisation: the capitalised
 * words right before a legal form written with a capital ("Ltd", "Bhd", "AG": `legalForms` in
 * `data/organisation-words.yaml`) and the forms ("Sdn Bhd"), which the tagger, seeing no such form in
 * training, read as a place of the first word ("Shares of Permata/LOC Agro Bhd fell"), and a place in
 * brackets before the forms ("Permai Plantations (Sabah) Sdn Bhd", no alias). Spans inside it give way;
 * the words a sentence opens with ("The") are left out, and a span reaching outside it is left as it is.
 */
function joinLegalForms(
  sentence: string,
  tokens: readonly Token[],
  spans: readonly EntitySpan[],
): readonly EntitySpan[] {
  // the first form, in one pass: most sentences have none, and nothing more is read of them
  let first = -1;
  for (let i = 1; i < tokens.length && first < 0; i++) {
    const text = (tokens[i] as Token).text;
    if (opensWithCapital(text) && isLegalForm(text)) first = i;
  }
  return first < 0 ? spans : joinLegalFormsFrom(sentence, tokens, spans, first);
}

/**
 * {@link joinLegalForms} from its first legal form on: a function of its own, as few sentences reach it,
 * so that its branches, met late, make V8 compile this part again, not the scan every sentence runs
 * (issue 17).
 * @param first the token of the sentence's first legal form
 */
function joinLegalFormsFrom(
  sentence: string,
  tokens: readonly Token[],
  spans: readonly EntitySpan[],
  first: number,
): readonly EntitySpan[] {
  let out: EntitySpan[] | undefined;
  const isForm = (k: number) => {
    const text = tokenAt(tokens, k)?.text;
    return text !== undefined && opensWithCapital(text) && isLegalForm(text);
  };
  for (let i = first; i < tokens.length; i++) {
    // the last of the forms ("Sdn Bhd"), after the first
    if (!isForm(i) || isForm(i + 1)) continue;
    let name = i;
    while (name > 0 && isForm(name - 1)) name--;
    let from = name;
    for (let words = 0; from > 0 && words < MAX_COMPANY_WORDS; words++) {
      const before = (tokens[from - 1] as Token).text;
      if (NAME_WORD.test(before) && !isLegalForm(before)) from--;
      // "Permai Plantations (Sabah) Sdn Bhd": a place in brackets inside the name, no alias of it
      else if (
        before === ')' &&
        from >= 4 &&
        (tokens[from - 3] as Token).text === '(' &&
        NAME_WORD.test((tokens[from - 2] as Token).text) &&
        NAME_WORD.test((tokens[from - 4] as Token).text)
      )
        from -= 3;
      else break;
    }
    while (from < name && isStopWord((tokens[from] as Token).text.toLowerCase())) from++;
    if (from === name) continue;
    let list = out ?? spans;
    // "The Board of Directors of Permai Agro Berhad", one span too long to be kept as a name: the body
    // "of" the company, and the company
    const outer = list.find((s) => s.from < from && s.to === i);
    if (
      outer &&
      i - outer.from >= LONGEST_NAME &&
      (tokens[from - 1] as Token).text === 'of' &&
      from - 2 > outer.from
    ) {
      const head = tokens[from - 2] as Token;
      const body = spanOf(
        outer.type,
        sentence.slice(outer.start, head.end),
        outer.start,
        head.end,
        outer.from,
        from - 2,
      );
      list = list.map((s) => (s === outer ? body : s));
    }
    if (list.some((s) => s.from <= i && s.to >= from && (s.from < from || s.to > i))) continue;
    const start = (tokens[from] as Token).start;
    const end = (tokens[i] as Token).end;
    const company = spanOf('ORG', sentence.slice(start, end), start, end, from, i);
    out = withSpan(list, company, from, i);
  }
  return out ?? spans;
}

/** A capital letter alone ("I" of "Seven & I"). */
const LONE_CAPITAL = /^\p{Lu}$/u;

/** A name's initials written with full stops ("A.L." of "A.L. Williams & Associates"). */
const DOTTED_INITIALS = /^(?:\p{Lu}\.)+$/u;

/**
 * A sentence's spans with each firm named "<name> & <partnership word>" one organisation ("Barlow Finch
 * & Partners", "A.L. Williams & Associates": `partnerships` in `data/organisation-words.yaml`): the
 * capitalised words or initials right before the ampersand, the ampersand and the word, which the tagger
 * had read apart ("A.L." and "Associates" two bodies, "Partners" a person) or as one person, which the cut
 * at the ampersand then made two. A capitalised word after it that goes on the name ("CBL & Associates
 * Properties") leaves the firm to the tagger; spans inside it give way, and one reaching out of it keeps
 * its words outside ("Hollis & Sons/PER in Ohio/PER").
 */
function joinPartnerships(
  sentence: string,
  tokens: readonly Token[],
  spans: readonly EntitySpan[],
): readonly EntitySpan[] {
  let out: EntitySpan[] | undefined;
  for (let amp = 1; amp + 1 < tokens.length; amp++) {
    if ((tokens[amp] as Token).text !== '&' || !isPartnershipWord((tokens[amp + 1] as Token).text)) continue;
    const to = amp + 1;
    if (CAPITAL_FIRST.test(tokenAt(tokens, to + 1)?.text ?? '')) continue;
    let from = amp;
    for (let words = 0; from > 0 && words < MAX_COMPANY_WORDS; words++) {
      const before = (tokens[from - 1] as Token).text;
      if (!NAME_WORD.test(before) && !DOTTED_INITIALS.test(before)) break;
      from--;
    }
    while (from < amp && isStopWord((tokens[from] as Token).text.toLowerCase())) from++;
    if (from === amp) continue;
    const list = out ?? spans;
    const start = (tokens[from] as Token).start;
    const end = (tokens[to] as Token).end;
    const firm = spanOf('ORG', sentence.slice(start, end), start, end, from, to);
    const next: EntitySpan[] = [];
    for (const s of list) {
      if (s.to < from) next.push(s);
      else if (s.from < from) {
        const cut = tokens[from - 1] as Token;
        next.push(spanOf(s.type, sentence.slice(s.start, cut.end), s.start, cut.end, s.from, from - 1));
      }
    }
    next.push(firm);
    for (const s of list) {
      if (s.from > to) next.push(s);
      else if (s.to > to) {
        const after = tokens[to + 1] as Token;
        next.push(spanOf(s.type, sentence.slice(after.start, s.end), after.start, s.end, to + 1, s.to));
      }
    }
    out = next;
  }
  return out ?? spans;
}

/**
 * Whether the words before a name of two joined by an ampersand say it is a company's: a noun of a
 * company's kind or deals before it or an apposition after it ({@link kindNamed}: "the insurer", "shares
 * of", ", a maker of"), "its" (a body's own arm or brand: "its Crum & Forster unit"), or a title and "for"
 * or "at" ("a spokeswoman for", "an analyst at"), or a head's title and "of" ("chairman of").
 */
function namesFirmAt(tokens: readonly Token[], from: number, to: number): boolean {
  const before = tokenAt(tokens, from - 1)?.text;
  if (before === 'its') return true;
  const title = tokenAt(tokens, from - 2)?.text ?? '';
  if ((before === 'for' || before === 'at') && isTitle(title)) return true;
  if (before === 'of' && isBodyHeadTitle(title)) return true;
  return kindNamed(tokens, from, to) === 'organisation';
}

/**
 * A sentence's spans with each name of two capitalised words an ampersand apart ("Crum & Forster",
 * "Procter & Gamble") one organisation where the words around it say it is a company's
 * ({@link namesFirmAt}): the tagger had read its halves as two bodies, a body and a person, or as a
 * surname and a person ("Crum/ORG & Forster/PER"), whatever the words around. Not two people ("Lennon &
 * McCartney" with no cue; "Jenny Seaton & Gary Carvolth", whose names have more words; a given name is
 * no sign of one: "Ernst & Young", "Simon & Schuster"), nor a longer name the pair is part of ("Dow
 * Jones & Co", "Trade & Industry" of a span that holds more), nor a known name ("Trinidad & Tobago").
 * Measured: GMB dev one firm found whole (organisation recall 0.8162 -> 0.8170); WikiGold and GMB
 * train's first 1,200 articles have no such firm with a cue, nothing changed.
 */
function joinAmpersandFirms(
  sentence: string,
  tokens: readonly Token[],
  spans: readonly EntitySpan[],
  known: (from: number, to: number) => boolean,
): readonly EntitySpan[] {
  // most sentences have no ampersand between words: no walk over their tokens
  if (!sentence.includes(' & ')) return spans;
  let out: EntitySpan[] | undefined;
  for (let amp = 1; amp + 1 < tokens.length; amp++) {
    if ((tokens[amp] as Token).text !== '&') continue;
    const from = amp - 1;
    const to = amp + 1;
    const left = (tokens[from] as Token).text;
    const right = (tokens[to] as Token).text;
    const list = out ?? spans;
    // "Seven/ORG & I will buy": a letter after a name the tagger read as a body's alone is the firm's
    // (GMB train's first 1,200 articles: "Seven & I" found; no other actor of any article with an
    // ampersand there, in GMB dev or WikiGold changes)
    const letter =
      LONE_CAPITAL.test(right) && list.some((s) => s.type === 'ORG' && s.from === from && s.to === from);
    if (!NAME_WORD.test(left) || !(letter || NAME_WORD.test(right))) continue;
    const before = tokenAt(tokens, from - 1)?.text ?? '';
    if (
      (CAPITAL_FIRST.test(before) && before !== 'The') ||
      CAPITAL_FIRST.test(tokenAt(tokens, to + 1)?.text ?? '')
    )
      continue;
    if (list.some((s) => (s.from < from && s.to >= from) || (s.to > to && s.from <= to))) continue;
    if (known(from, to) || !(letter || namesFirmAt(tokens, from, to))) continue;
    const start = (tokens[from] as Token).start;
    const end = (tokens[to] as Token).end;
    const next = list.filter((s) => s.to < from || s.from > to);
    next.push(spanOf('ORG', sentence.slice(start, end), start, end, from, to));
    out = next.sort((a, b) => a.from - b.from);
  }
  return out ?? spans;
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
 * Whether a person's or a place's span ends on a day of the week the tagger ran on into ("in Gaza Strip
 * Monday", "Cheney Monday" in news written without "on"); an organisation or a work may end so ("Ruby
 * Tuesday"), but not after "on" ("the Lakeshore Film Festival on Sunday" had been one organisation in a
 * film-festival brief).
 */
function endsOnDay(s: EntitySpan, tokens: readonly Token[]): boolean {
  return (
    WEEKDAYS.has((tokens[s.to] as Token).text) &&
    (s.type === 'PER' || s.type === 'LOC' || tokenAt(tokens, s.to - 1)?.text === 'on')
  );
}

const isEdge = (t: Token) => isQuoteMark(t.text) || EDGE_WORD.has(t.text);

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
const EDGE_WORD = new Set(['of', 'the', 'for', 'and', '&', 'in', 'on', 'at', 'to', 'by', 'with', 'from']);

/**
 * Whether span `s` goes on the person named by `last`: next to it or after a nickname in quotes
 * ('Michael "Mike" Dunne') or one capitalised word, and itself a person, an initial ("W. Bush")
 * or a particle name ("al-Assad"), or one word after a middle initial ("Michael R. Golden").
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

/** A middle initial, with its full stop or without ("Kiran C Nair"). */
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
 * hyphen ("al-Assad", "el-Sisi"), typed a person or of no known kind: a given name and its surname.
 */
function givenNameBeforeSurname(tokens: readonly Token[], last: EntitySpan, s: EntitySpan): boolean {
  if (last.from !== last.to || s.from !== last.to + 1 || last.type === 'ORG') return false;
  if (s.type !== 'PER' && s.type !== 'MISC') return false;
  return isParticleWord(tokens, s.from);
}

const HYPHENED = /^\p{Ll}+-\p{Lu}/u;

/**
 * Whether token `at` is a particle joined by a hyphen to a capitalised word ("al-Wadi", "el-Nour"). A word
 * that opens on an ASCII unit other than a small letter, or has no hyphen, is passed over by its codes:
 * {@link HYPHENED} was tried on every span's first token and the one after it (issue 17).
 */
function isParticleWord(tokens: readonly Token[], at: number): boolean {
  if (at < 0 || at >= tokens.length) return false;
  const word = (tokens[at] as Token).text;
  const c = word.charCodeAt(0);
  if ((c < 97 || c > 122) && c < 128) return false;
  return word.indexOf('-', 1) > 0 && HYPHENED.test(word) && nameParticles().prefix.test(word);
}

/**
 * Mends a name the tagger cut at a particle joined by a hyphen to its next word, which stands inside a
 * name and opens none: a span that ends right before such words, which no span holds, takes them
 * ("Jamaat/ORG al-Wadi/O"), and one that opens with them takes the capitalised word before it, in no
 * span or in one of no kind ("Dar/O al-Nour/ORG", "Jaish/MISC al-Nour/ORG"); not a title ("Imam") nor
 * a name known as a whole ("Baghdad").
 * @param sentence the sentence
 * @param tokens its tokens
 * @param spans the tagger's spans
 * @param known whether tokens `from..to` are a known name
 */
function joinParticleWords(
  sentence: string,
  tokens: readonly Token[],
  spans: readonly EntitySpan[],
  known: (from: number, to: number) => boolean,
): readonly EntitySpan[] {
  let out: EntitySpan[] | undefined;
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k] as EntitySpan;
    const next = spans[k + 1];
    let to = s.to;
    while (isParticleWord(tokens, to + 1) && (next === undefined || next.from > to + 1)) to++;
    let from = s.from;
    const last = out ? out.at(-1) : spans[k - 1];
    if (
      isParticleWord(tokens, s.from) &&
      s.from > 0 &&
      opensWithCapital((tokens[s.from - 1] as Token).text) &&
      !isTitle((tokens[s.from - 1] as Token).text) &&
      !known(s.from - 1, s.from - 1) &&
      (last === undefined || last.to < s.from - 1 || (last.type === 'MISC' && last.from === last.to))
    )
      from = s.from - 1;
    if (to === s.to && from === s.from) {
      out?.push(s);
      continue;
    }
    out ??= spans.slice(0, k);
    if (last && last.to === from) out.pop();
    const start = (tokens[from] as Token).start;
    const end = (tokens[to] as Token).end;
    // "Abu Musab/ORG al-Zarqawi/O": a given name, or a particle, opening two words or more before the
    // surname's particle is a person's (GMB kind 0.9040 -> 0.9044 with it)
    const first = (tokens[from] as Token).text;
    const person =
      to > s.to && s.to > s.from && (isGivenName(first) || nameParticles().prefix.test(first.toLowerCase()));
    out.push(spanOf(person ? 'PER' : s.type, sentence.slice(start, end), start, end, from, to));
  }
  return out ?? spans;
}

/** A title alone as a span, one given name the tagger left untyped, then a span of one word. */
function titleGivenNameWord(tokens: readonly Token[], last: EntitySpan, s: EntitySpan): boolean {
  if (last.from !== last.to || s.from !== last.to + 2 || s.from !== s.to || last.type === 'PER') return false;
  return isTitle((tokens[last.from] as Token).text) && isGivenName((tokens[s.from - 1] as Token).text);
}

const titleWord = (w: string) => isTitle(w) || isHeadTitle(w);

/**
 * Whether tokens `from..to` are all capitalised name words, none a title's (by `title`) nor a body's:
 * the words a person's name or a place's before it may be made of where a span is split or cut.
 * @param tokens the sentence's tokens
 * @param from the first token
 * @param to the last token (true when `to < from`)
 * @param title which words count as a title's (`isTitle`, or `titleWord` with the head titles)
 */
function nameWordsOnly(
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

/** Whether a capitalised word follows the title words from token `at` on ("Executive Dermot Mannion"). */
function nameAfterTitle(tokens: readonly Token[], at: number): boolean {
  let i = at;
  while (i < tokens.length && titleWord((tokens[i] as Token).text)) i++;
  return opensWithCapital(tokenAt(tokens, i)?.text ?? '');
}

/**
 * The name after the last title word of a span is a person ("Adviser Tom Berg" → "Tom Berg"); the name
 * before a head's title that no name follows is a body's ("Chrysler President" → "Chrysler").
 * @param tokens the sentence's tokens
 * @param s the span
 * @param known whether tokens `from..to` are a known name
 */
function cutTitle(
  tokens: readonly Token[],
  s: EntitySpan,
  known: (from: number, to: number) => boolean,
): EntitySpan[] {
  // "former Chrysler President to head up", "the Valdoria Chief Executive said": a head's title closing
  // a span with no name after it follows the name of the body headed (read as a person by the title);
  // a known name's title is a role ("the then US President"), no mention
  if (s.to > s.from && isHeadTitle((tokens[s.to] as Token).text) && !nameAfterTitle(tokens, s.to + 1)) {
    let end = s.to - 1;
    while (end >= s.from && titleWord((tokens[end] as Token).text)) end--;
    if (end >= s.from && !known(s.from, end)) return [spanOf('ORG', s.text, s.start, s.end, s.from, end)];
  }
  let title = -1;
  for (let i = s.from; i < s.to; i++) if (isTitle((tokens[i] as Token).text)) title = i;
  // "General Motors": a title first in an organisation's name is part of it, unless a given name and
  // more follow it ("MP Helen Brightwater" read as a body)
  if (title < 0) return [s];
  if (
    title === s.from &&
    s.type !== 'PER' &&
    !(s.to - title >= 2 && isGivenName((tokens[title + 1] as Token).text))
  )
    return [s];
  const tail = tokens.slice(title + 1, s.to + 1);
  const { inside, prefix } = nameParticles();
  const inName = (t: Token) =>
    opensWithCapital(t.text) || isQuoteMark(t.text) || inside.has(t.text) || prefix.test(t.text);
  if (!tail.every(inName)) return [s];
  // no person's name ends on a body's word: the title's word is the body's ("the Valdor Justice
  // Department" had been the person "Department")
  if (isOrganisationWord((tokens[s.to] as Token).text))
    return [spanOf('ORG', s.text, s.start, s.end, s.from, s.to)];
  const person = spanOf('PER', s.text, s.start, s.end, title + 1, s.to);
  // "Northrop Grumman CEO Ron Sugar", "Aer Lingus Chief Executive Dermot Mannion": a name before the
  // title of one who heads a body is the body's (not a body's word alone: "Party Chairman")
  let first = title;
  while (first > s.from && isTitle((tokens[first - 1] as Token).text)) first--;
  if (
    first > s.from &&
    isHeadTitle((tokens[first] as Token).text) &&
    (first - s.from > 1 || !isOrganisationWord((tokens[s.from] as Token).text)) &&
    tokens.slice(s.from, first).every((t) => opensWithCapital(t.text))
  )
    return [spanOf('ORG', s.text, s.start, s.end, s.from, first - 1), person];
  return [person];
}

/** Prepositions, conjunctions and articles, which open no person's name. */
const FUNCTION_WORDS = new Set(NOT_UNITS);

/**
 * Splits a span that runs from an organisation's last word into a name of two or three words ("the
 * Air Force/ORG James Roche/ORG", "Ford Motor Company Jim Farley" read as one person): the
 * organisation, then a person.
 * @param tokens the sentence's tokens
 * @param spans the spans, split in place
 */
function splitNameAfterOrganisation(tokens: readonly Token[], spans: EntitySpan[]): void {
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
function splitNameAfterPartyMember(
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
function placeAfterPlaceAndComma(
  tokens: readonly Token[],
  spans: EntitySpan[],
  place: (from: number, to: number) => boolean,
): void {
  for (let k = 1; k < spans.length; k++) {
    const s = spans[k] as EntitySpan;
    const before = spans[k - 1] as EntitySpan;
    if (s.type === 'LOC' || before.type !== 'LOC' || before.to !== s.from - 2) continue;
    if ((tokens[s.from - 1] as Token).text !== ',' || !place(s.from, s.to)) continue;
    spans[k] = { ...s, type: 'LOC' };
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
function placeBeforeCommaAndPlace(
  tokens: readonly Token[],
  spans: EntitySpan[],
  place: (from: number, to: number) => boolean,
): void {
  for (let k = 0; k + 1 < spans.length; k++) {
    const s = spans[k] as EntitySpan;
    const after = spans[k + 1] as EntitySpan;
    if (s.type !== 'ORG' || s.from !== s.to || after.from !== s.to + 2) continue;
    if ((tokens[s.to + 1] as Token).text !== ',' || !place(after.from, after.to)) continue;
    const before = tokens[s.from - 1]?.text;
    if (before !== undefined && LIST_OR_NAME_BEFORE(before)) continue;
    const next = tokens[after.to + 1]?.text;
    if (next !== undefined && !PLACE_PHRASE_ENDS.has(next)) continue;
    const then = tokens[after.to + 2]?.text;
    if (next === ',' && (then === 'and' || then === 'or')) continue;
    spans[k] = { ...s, type: 'LOC' };
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
function cutTradeBeforeName(
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
function splitPossessiveBeforeSpeaker(tokens: readonly Token[], spans: EntitySpan[]): void {
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

/**
 * A word that can be part of a person's name: capitalised, with a second capital after a prefix
 * ("McDonald", "DiCaprio") or after a letter and an apostrophe ("O'Connor", "D’Angelo"), or hyphenated.
 */
const NAME_WORD = /^\p{Lu}(?:\p{Ll}+(?:\p{Lu}\p{Ll}+)?|['’]\p{Lu}\p{Ll}+)(?:-\p{L}+)*$/u;

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
  if (!trade && !isOrganisationWord((tokens[s.from] as Token).text)) return;
  const head = s.from;
  while (s.from > 1) {
    const t = tokens[s.from - 1] as Token;
    if (
      !NAME_WORD.test(t.text) ||
      // a title word right before a trade's noun is the name's, as no person's name follows it
      // ("General Motors")
      (isTitle(t.text) && !(trade && s.from === head)) ||
      spans.some((x) => x.from <= s.from - 1 && x.to >= s.from - 1)
    )
      break;
    s.from--;
  }
}

/**
 * The token of the one "and" inside a span ("Food and Drug Administration"), or -1 when it has none, two,
 * a separator, or a word `inName` refuses.
 * @param tokens the sentence's tokens
 * @param s the span
 * @param inName whether a word between the span's ends may stand in the name
 */
function onlyAnd(
  tokens: readonly Token[],
  s: EntitySpan,
  inName: (text: string) => boolean = () => true,
): number {
  let and = -1;
  for (let i = s.from + 1; i < s.to; i++) {
    const text = (tokens[i] as Token).text;
    if (text === 'and') {
      if (and >= 0) return -1;
      and = i;
    } else if (SEPARATOR.has(text) || !inName(text)) return -1;
  }
  return and;
}

/**
 * Whether an organisation's span joined by one "and" is one body's name: it ends on an organisation
 * word and the words before its "and" have none ("U.S. Food and Drug Administration", "Fish and
 * Wildlife Service"), where two bodies run together have one on each side ("Ministry of Finance and
 * Central Bank") and two companies none at the end ("Exxon and Chevron").
 */
function namesOneBody(tokens: readonly Token[], s: EntitySpan): boolean {
  if (s.type !== 'ORG' || !isOrganisationWord((tokens[s.to] as Token).text)) return false;
  const and = onlyAnd(tokens, s);
  if (and < 0) return false;
  for (let i = s.from; i < and; i++) if (isOrganisationWord((tokens[i] as Token).text)) return false;
  return true;
}

/**
 * Whether an organisation's span joined by one "and" is one body's name though no organisation word ends it
 * ("Immigration and Customs Enforcement", "Poverty Reduction and Growth Facility", "National Snow and Ice
 * Data Center"): the words before its "and" are no name on their own (no organisation word among them, no
 * known name, not the tagger's person), the name after it is of two words or more, none known nor a person's,
 * and it ends on a body's head noun that ends places' names too ({@link endsBodyOverAnd}: "Union", "Center",
 * "Facility"). Two bodies run together have a name on each side ("European Union and Turkey", "Exxon and
 * Chevron"). Measured: GMB dev 1 such body found whole, GMB train's first 1,200 articles 10 (8 as GMB marks
 * them; none lost), WikiGold unchanged; without the head noun's cue, any name of two words after the "and",
 * two people and two teams were one body (WikiGold lost 9 right actors, GMB train 9).
 */
function namesOneBodyOverAnd(
  tokens: readonly Token[],
  s: EntitySpan,
  known: (from: number, to: number) => boolean,
  person: (from: number, to: number) => boolean,
): boolean {
  if (s.type !== 'ORG') return false;
  const and = onlyAnd(tokens, s, (text) => NAME_WORD.test(text));
  if (and < 0 || s.to - and < 2 || !NAME_WORD.test((tokens[s.from] as Token).text)) return false;
  if (!endsBodyOverAnd((tokens[s.to] as Token).text)) return false;
  for (let i = s.from; i < and; i++) if (isOrganisationWord((tokens[i] as Token).text)) return false;
  return (
    !known(s.from, and - 1) && !known(and + 1, s.to) && !person(s.from, and - 1) && !person(and + 1, s.to)
  );
}

/**
 * Widens the span of a body's name that ends on an organisation word over the words the tagger left
 * out of it: "and" and the capitalised words before it ("Danish/MISC Veterinary and Food
 * Administration/PER" had been the person "Food Administration"), or "on" or "for" and the capitalised
 * words after it ("Committee/ORG on Foreign Investment", "Institute for Fiscal Studies"). The words
 * taken hold no other span, but a one-word span of no kind opening the name ("Danish") goes into it.
 * @returns the spans widened, now organisations, or undefined when none was
 */
function widenBodies(
  sentence: string,
  tokens: readonly Token[],
  spans: EntitySpan[],
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
   * it ("Danish", "Iraqi"): that span's start (the span is taken out of `spans`, at `k - 1`), or `from`.
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
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k] as EntitySpan;
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
    // "Iraqi/MISC Center for Strategic Studies/ORG": the body's word and "for" before the name it has
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
 * Drops the weekday the tagger ran on after an organisation's name that ends on an organisation word
 * ("the Harbour Dredging and Survey Board Wednesday/ORG approved", news' "said Tuesday"): no body's name
 * ends so, and the name over its "and" was then cut into two bodies, the second with the day; so too after
 * another name ({@link endsOnDayAfterName}: "the Harbour Gazette Friday says"). Measured: GMB train's first
 * 1,200 articles 8 names lost their day after an organisation word (7 more right actors, 9 wrong ones
 * fewer, none lost), GMB dev and WikiGold unchanged.
 */
function dropDayAfterBody(
  sentence: string,
  tokens: readonly Token[],
  spans: readonly EntitySpan[],
  known: (from: number, to: number) => boolean,
): void {
  for (const s of spans) {
    if (s.type !== 'ORG' || s.to - s.from < 1 || !WEEKDAYS.has((tokens[s.to] as Token).text)) continue;
    const last = s.to - (dayPairAt(tokens, s) ? 3 : 1);
    if (!isOrganisationWord((tokens[last] as Token).text) && !endsOnDayAfterName(tokens, s.from, last, known))
      continue;
    s.to = last;
    s.end = (tokens[s.to] as Token).end;
    s.text = sentence.slice(s.start, s.end);
  }
}

/**
 * Whether an organisation's span ends on two weekdays over "and" ("the Valdor Bank Saturday and Sunday",
 * "talks in Valdor Tuesday and Wednesday", news' meetings of two days): the tagger runs the name on over both.
 * Measured: GMB train's first 1,200 articles 2 (both names of a place or a body before the pair), GMB dev
 * and WikiGold none; the name before the pair is then read as before one day ("Palm Sunday and Monday"
 * keeps its days: one word that is no known name).
 */
function dayPairAt(tokens: readonly Token[], s: EntitySpan): boolean {
  return (
    s.to - s.from >= 3 &&
    (tokens[s.to - 1] as Token).text === 'and' &&
    WEEKDAYS.has((tokens[s.to - 2] as Token).text)
  );
}

/** Words a show's name comes after ("the television program Fox News Sunday"). */
const SHOW_WORDS = new Set(['program', 'programme', 'show', 'broadcast']);
/**
 * Whether an organisation's span ends on a weekday the tagger ran on after a name of two words or more, or
 * after one known name ("the Harbour Gazette Friday says", "met at the Vatican Saturday"), the name being
 * the words after the span's last "and". A day after one word that is no known name alone is a feast's or
 * a brand's ("Good Friday", "Remembrance Sunday", "Ruby Tuesday"), and a name after a show's word or a
 * quotation mark a show's ("the program Fox News Sunday"). Measured: GMB train's first 1,200 articles 21
 * names lost their day (14 more names found, 11 more right actors, 15 wrong fewer; by GMB's marks one lost,
 * "Air Force" of "aboard Air Force One Sunday", now "Air Force One" as without the day), GMB dev 2
 * ("Vatican" found), WikiGold unchanged once the name is taken after "and" ("Armistice Day and
 * Remembrance Sunday" had lost its day).
 */
function endsOnDayAfterName(
  tokens: readonly Token[],
  start: number,
  last: number,
  known: (from: number, to: number) => boolean,
): boolean {
  // the name the day follows: the words after the span's last "and" ("Armistice Day and Remembrance Sunday")
  let from = start;
  for (let t = last; t > start; t--)
    if ((tokens[t] as Token).text === 'and') {
      from = t + 1;
      break;
    }
  if (last - from < 1 && !known(from, last)) return false;
  const before = tokenAt(tokens, start - 1)?.text ?? '';
  return !isQuoteMark(before) && !SHOW_WORDS.has(before.toLowerCase());
}

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
}

/**
 * A span written as the tagger writes one (the same properties in the same order): the copies these
 * steps made by spreading had other maps, and `mendSpans` and `joinParticleNames` deoptimised on
 * "wrong map" whenever a sentence first gave them one (issue 17).
 */
function spanOf(
  type: EntityType,
  text: string,
  start: number,
  end: number,
  from: number,
  to: number,
): EntitySpan {
  return { type, text, start, end, from, to };
}
