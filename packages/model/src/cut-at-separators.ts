import type { EntitySpan } from './entity-tagger.js';
import { isGenerationSuffix } from './find-people.js';
import { isHeadTitle, isTitle } from './find-roles.js';
import { isGivenName } from './given-names.js';
import { namesFirmAt } from './join-firm-names.js';
import { nameParticles } from './name-particles.js';
import {
  closesBodyBeforeAnd,
  endsBodyOverAnd,
  isLegalForm,
  isOrganisationWord,
  isPartnershipWord,
  opensBodyBeforeFor,
} from './organisation-words.js';
import {
  CAPITAL_FIRST,
  capitalisedUpTo,
  isQuoteMark,
  NAME_WORD,
  opensWithCapital,
  SEPARATOR,
  spanOf,
  titleWord,
} from './span-words.js';
import { type Token, tokenAt } from './tokenize-words.js';

/**
 * Cuts spans at their separators ("and", commas) where they run two names together, not where one
 * name holds them (a body "of" two things, a known name, "Procter & Gamble"), and titles off the names
 * (see {@link mendSpans}).
 */
export function cutAtSeparators(
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
    // after "and" are a person's name ("the Varnian Department of Transport and Ines Moreau’s report")
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

/** Whether a capitalised word follows the title words from token `at` on ("Executive Orla Brennock"). */
function nameAfterTitle(tokens: readonly Token[], at: number): boolean {
  let i = at;
  while (i < tokens.length && titleWord((tokens[i] as Token).text)) i++;
  return opensWithCapital(tokenAt(tokens, i)?.text ?? '');
}

/**
 * The name after the last title word of a span is a person ("Adviser Tom Berg" → "Tom Berg"); the name
 * before a head's title that no name follows is a body's ("Corvel President" → "Corvel").
 * @param tokens the sentence's tokens
 * @param s the span
 * @param known whether tokens `from..to` are a known name
 */
function cutTitle(
  tokens: readonly Token[],
  s: EntitySpan,
  known: (from: number, to: number) => boolean,
): EntitySpan[] {
  // "former Corvel President to head up", "the Valdoria Chief Executive said": a head's title closing
  // a span with no name after it follows the name of the body headed (read as a person by the title);
  // a known name's title is a role ("the then Varnian President"), no mention
  if (s.to > s.from && isHeadTitle((tokens[s.to] as Token).text) && !nameAfterTitle(tokens, s.to + 1)) {
    let end = s.to - 1;
    while (end >= s.from && titleWord((tokens[end] as Token).text)) end--;
    if (end >= s.from && !known(s.from, end)) return [spanOf('ORG', s.text, s.start, s.end, s.from, end)];
  }
  let title = -1;
  for (let i = s.from; i < s.to; i++) if (isTitle((tokens[i] as Token).text)) title = i;
  // "Admiral Motors": a title first in an organisation's name is part of it, unless a given name and
  // more follow it ("MP Helen Brightwater" read as a body)
  if (title < 0) return [s];
  if (
    title === s.from &&
    s.type !== 'PER' &&
    !(s.to - title >= 2 && isGivenName((tokens[title + 1] as Token).text))
  )
    return [s];
  const tail = tokens.slice(title + 1, s.to + 1);
  // "Harold Bishop Jr.": a generation's suffix is no name of its own, so the title word before it is a
  // surname and the whole span a person's (a stock-market cluster's "Jr." had been a person, the rest of
  // the name its role)
  if (title > s.from && tail.every((t) => isGenerationSuffix(t.text)))
    return [spanOf('PER', s.text, s.start, s.end, s.from, s.to)];
  const { inside, prefix } = nameParticles();
  const inName = (t: Token) =>
    opensWithCapital(t.text) || isQuoteMark(t.text) || inside.has(t.text) || prefix.test(t.text);
  if (!tail.every(inName)) return [s];
  // no person's name ends on a body's word: the title's word is the body's ("the Valdor Justice
  // Department" had been the person "Department")
  if (isOrganisationWord((tokens[s.to] as Token).text))
    return [spanOf('ORG', s.text, s.start, s.end, s.from, s.to)];
  const person = spanOf('PER', s.text, s.start, s.end, title + 1, s.to);
  // "Halvard Marine CEO Ines Torvik", "Kestrel Air Chief Executive Orla Brennock": a name before the
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
  // a legal form closing the span and a body's head noun before its "and" are two firms' ends ("Brask
  // Bank and Norvale Ltd"; not a trade's noun: "Dunmore Tools and Dies Co." is one)
  return !(isLegalForm((tokens[s.to] as Token).text) && closesBodyBeforeAnd((tokens[and - 1] as Token).text));
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
