import type { EntitySpan } from './entity-tagger.js';
import { isBodyHeadTitle, isTitle } from './find-roles.js';
import { isGivenName } from './given-names.js';
import { kindNamed } from './kind-nouns.js';
import { closesBodyBeforeAnd, isLegalForm, isPartnershipWord } from './organisation-words.js';
import { CAPITAL_FIRST, NAME_WORD, opensWithCapital, spanOf, withSpan } from './span-words.js';
import { isStopWord } from './text-stats.js';
import { type Token, tokenAt } from './tokenize-words.js';

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
export function joinLegalForms(
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
export function joinPartnerships(
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
export function namesFirmAt(tokens: readonly Token[], from: number, to: number): boolean {
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
export function joinAmpersandFirms(
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

/** Words before a name that say it is a place's, not a firm's ("a plant in Dunmore and Vance Ltd"). */
const PLACE_BEFORE = new Set(['in', 'at', 'near', 'from', 'outside']);

/** At most this many capitalised words stand on each side of the "and" of a firm's name ("Kestrel Tools and Dies Ltd"). */
const MAX_SIDE_WORDS = 2;

/**
 * A sentence's spans with each company named "<name> and <name> <legal form>" one organisation ("Kestrel
 * and Vance Ltd", "Dunmore Tools and Dies Co."), where the tagger read the words before the "and"
 * apart (as a place, a person or a body of their own): the legal form closes one firm's name, and the
 * capitalised words before its "and" open it. Not two firms ("Kestrel Bank and Vance Ltd", "Brask Co.
 * and Vance Ltd": {@link closesBodyBeforeAnd}; a trade's noun does not: "Dunmore Tools and Dies
 * Co."), not a person and a
 * firm ("Ana Ruiz and Vance Ltd", "Ruiz and …" the tagger read as a person of two words, a given name
 * first), not a known name ("Norway and Vance Ltd"), a place after "in" or "at", nor names in a list
 * (a comma or a capitalised word before them). At most two words on each side.
 * @param sentence the sentence
 * @param tokens its tokens
 * @param spans the spans, in order
 * @param known whether a run of tokens is a known name
 * @returns the spans, the firms joined
 */
export function joinFirmsOverAnd(
  sentence: string,
  tokens: readonly Token[],
  spans: readonly EntitySpan[],
  known: (from: number, to: number) => boolean,
): readonly EntitySpan[] {
  // most sentences have no "and" between capitalised words: no walk over their tokens
  if (!sentence.includes(' and ') && !sentence.includes(' & ')) return spans;
  let out: EntitySpan[] | undefined;
  for (let and = 1; and + 2 < tokens.length; and++) {
    const word = (tokens[and] as Token).text;
    if (word !== 'and' && word !== '&') continue;
    // the name after it: one or two capitalised words and the legal form
    let to = and + 1;
    while (
      to < tokens.length &&
      to - and <= MAX_SIDE_WORDS &&
      NAME_WORD.test((tokens[to] as Token).text) &&
      !isLegalForm((tokens[to] as Token).text)
    )
      to++;
    const form = tokenAt(tokens, to)?.text ?? '';
    if (
      to === and + 1 ||
      !opensWithCapital(form) ||
      !isLegalForm(form) ||
      isLegalForm(tokenAt(tokens, to + 1)?.text ?? '')
    )
      continue;
    if (CAPITAL_FIRST.test(tokenAt(tokens, to + 1)?.text ?? '')) continue;
    // the name before it: one or two capitalised words, no list's, place's or longer name's
    let from = and;
    while (from > 0 && and - from < MAX_SIDE_WORDS && NAME_WORD.test((tokens[from - 1] as Token).text))
      from--;
    if (from === and) continue;
    const before = tokenAt(tokens, from - 1)?.text ?? '';
    if ((CAPITAL_FIRST.test(before) && before !== 'The') || before === ',' || PLACE_BEFORE.has(before))
      continue;
    while (from < and && isStopWord((tokens[from] as Token).text.toLowerCase())) from++;
    if (from === and) continue;
    const last = (tokens[and - 1] as Token).text;
    if (closesBodyBeforeAnd(last)) continue;
    if (isGivenName((tokens[from] as Token).text) || known(from, and - 1)) continue;
    const list = out ?? spans;
    if (list.some((s) => (s.from < from && s.to >= from) || (s.to > to && s.from <= to))) continue;
    if (list.some((s) => s.type === 'PER' && s.from === from && s.to > s.from && s.to < and)) continue;
    const start = (tokens[from] as Token).start;
    const end = (tokens[to] as Token).end;
    out = withSpan(list, spanOf('ORG', sentence.slice(start, end), start, end, from, to), from, to);
  }
  return out ?? spans;
}
