import { z } from 'zod';
import { LowerWords, lazyData } from './data-file.js';
import { FINITE_PAST as FINITE_PAST_FORMS, isPastOrParticiple } from './english-cues.js';
import { MONTH_NAMES } from './month-names.js';
import { stateVerbs } from './state-verbs.js';

/**
 * How many years before its report's year a year told in a clause beside the news is background, no
 * event of the report (see {@link isBackgroundYear}): the report's year and the one before are the
 * periods its news and its figures cover (`aboutItsYear` takes both: "the quay, whose fares rose 12% in
 * 2025," in a January 2026 report is its news), an older year is history. `eval:dates` and the 17,288
 * dev-text sentences with a year read the same at 1, 2 and 3; 1 would also have taken last year's
 * figures out of a 10-report cluster brief.
 */
const OLD_YEARS = 2;

const BackgroundWords = z.object({
  anniversaries: LowerWords,
  spans: LowerWords,
  adverbs: LowerWords,
  retrospect: LowerWords,
  present: LowerWords,
});

interface Patterns {
  anniversary: RegExp;
  yearsGone: RegExp;
  apposition: RegExp;
  opening: RegExp;
  retrospect: ReadonlySet<string>;
  present: ReadonlySet<string>;
}
/** The {@link Patterns} of `data/background-words.yaml`, read once. */
const read = lazyData('background-words.yaml', BackgroundWords, (w): Patterns => {
  const adverbs = String.raw`(?:(?:${w.adverbs.join('|')})\s+){0,2}`;
  return {
    // 1: what the anniversary is of, up to the end of its clause
    anniversary: new RegExp(
      String.raw`\b(?:(?:${w.anniversaries.join('|')})\s+of|(?:${w.spans.join('|')})\s+(?:since|on\s+from|to\s+the\s+day\s+(?:since|after)))\b([^,;:!?]*)`,
      'giu',
    ),
    // an anniversary's noun, or years counted back: "the tenth anniversary", "20 years ago", "ten years since"
    yearsGone: new RegExp(
      String.raw`\b(?:${w.anniversaries.join('|')}|(?:${w.spans.join('|')})\s+(?:ago|since|on\s+from|to\s+the\s+day))\b`,
      'iu',
    ),
    // a phrase set off by a comma that opens with a participle: ", first introduced in"; 1: the participle
    apposition: new RegExp(String.raw`,\s+${adverbs}(\p{Ll}+)\b[^,;:()"“”—–]*$`, 'u'),
    // the same phrase opening the sentence: "Founded in", "Originally built in", "Despite being given
    // a facelift in"; 1: the participle
    opening: new RegExp(
      String.raw`^["“]?(?:(?:despite|after|before|while)\s+(?:being|having(?:\s+been)?)\s+)?${adverbs}(\p{L}+)\b[^,;:()"“”—–]*$`,
      'iu',
    ),
    retrospect: new Set(w.retrospect),
    present: new Set([...w.present, ...stateVerbs().verbs]),
  };
});

/**
 * Whether a sentence recalls years gone by: an anniversary's noun ("the tenth anniversary") or years
 * counted back ("20 years ago", "ten years since"); words of `data/background-words.yaml`.
 * @param text a sentence
 */
export function recallsYearsGone(text: string): boolean {
  return read().yearsGone.test(text);
}

/** A year, or a month's name with its day, inside an anniversary's span: the old event's date. */
const OLD_DATE = new RegExp(
  String.raw`\b(?:(?:${MONTH_NAMES.join('|')})\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?\b,?)?|\d{1,2}(?:st|nd|rd|th)?\s+(?=${MONTH_NAMES.join('|')})|(?:1\d|20)\d\d\b)`,
  'g',
);

/**
 * A sentence with the dates of an anniversary's old event blanked (same length, so offsets hold):
 * "Today marked 20 years since the first ferry crossed the Orrin in 2006", "Monday marks the 30th
 * anniversary of the 1996 harbour fire", "twenty years to the day after the fire of March 1996". The
 * marking is an event of the report's day, or of the day the sentence names ("Monday"); the old event
 * is history it recalls (`data/background-words.yaml`). Only the dates of the span after the
 * anniversary's words, up to the end of its clause, are blanked: a weekday there is left, and dates the
 * sentence when it is the marking's ("… of its founding in 1976 on Saturday").
 * @param text one sentence
 */
export function withoutAnniversaries(text: string): string {
  const { anniversary } = read();
  anniversary.lastIndex = 0;
  if (!anniversary.test(text)) return text;
  return text.replace(anniversary, (span: string, of: string) => {
    const head = span.slice(0, span.length - of.length);
    return head + of.replace(OLD_DATE, (d) => ' '.repeat(d.length));
  });
}

/** What ends a clause before "since": a stop, or a word that opens a clause of its own. */
const CLAUSE_OPEN =
  /[,;:()"“”—–]|\b(?:which|who|whose|that|when|while|because|although|though|after|before|as|and|but)\b/giu;
/** What ends a clause after a date. */
const CLAUSE_END = /[,;:()"“”—–.!?]/u;
/** A perfect ("has run", "have been", "had not had", "’s been"): with "since", a state lasting up to its time. */
const PERFECT = /\b(?:has|have|had)\b|['’](?:s\s+been|ve)\b/iu;
/** Auxiliaries and modals: a verb of its own in a phrase. */
const AUXILIARY =
  /\b(?:is|are|am|was|were|be|been|being|has|have|had|will|would|shall|should|can|could|may|might|must|do|does|did)\b/iu;
/**
 * Irregular pasts that are no participle ("was", "went", "rose"): a finite verb, which no apposition
 * opens with ("the Orrin Ferry Fund, was formed in 1981" is the sentence's own verb).
 */
const FINITE_PAST = new Set([
  ...FINITE_PAST_FORMS,
  // more than english-cues' list, which date-direction reads as it is (its dates were measured with it)
  ...`had took gave became forgot froze hid rode rang shook sank sat stole swore swung woke wore overtook
  undertook withdrew`.split(/\s+/),
]);

/** Whether a word is a past participle: in -ed, or an irregular one ("built", "made"; not "was", "rose"). */
function isParticiple(word: string): boolean {
  const w = word.toLowerCase();
  return isPastOrParticiple(w) && !FINITE_PAST.has(w);
}

/** Whether a word is a past tense or a participle ("merged", "was", "built", "rose"). */
function isPastForm(word: string): boolean {
  return isParticiple(word) || FINITE_PAST.has(word.toLowerCase());
}

/**
 * Whether "since" and a year start a state its clause tells up to the time of telling, not an event of
 * that year: a perfect ("Norvale Transit has operated the line since 2004", "the Kestrel Union, which
 * has run the ferries since 1998, said …", "Ostrel has not had a tram strike since 2011"), a present of
 * lasting ("remains the only line since 2004"; `present` and the stative verbs of `data/*.yaml`), or a
 * phrase set off by a comma with no verb ("The line, in service since 1994, will close"). A past simple
 * is left ("Ferry fares rose by a third since 2005").
 * @param text one sentence
 * @param since the offset of its "since"
 * @param end the offset just after the year
 */
function startsAState(text: string, since: number, end: number): boolean {
  const before = text.slice(0, since);
  let open = 0;
  for (const m of before.matchAll(CLAUSE_OPEN)) open = m.index + m[0].length;
  const rest = text.slice(end);
  const opensClause = before.slice(open).trim() === '';
  // "Since 2004, Norvale Transit has run the line": the clause after the year's comma
  const after = opensClause ? rest.replace(/^\s*,/, '') : rest;
  const stop = after.search(CLAUSE_END);
  const clause = `${before.slice(open)} ${stop < 0 ? after : after.slice(0, stop)}`;
  if (PERFECT.test(clause)) return true;
  const words = clause.toLowerCase().match(/\p{Ll}+/gu) ?? [];
  const { present } = read();
  if (words.some((w) => present.has(w))) return true;
  // a phrase set off by commas with no verb of its own, the sentence's main clause around it (", in
  // service since 1994,")
  const setOff = before.slice(0, open).trimEnd().endsWith(',') && /^\s*,/.test(rest);
  return setOff && !opensClause && !AUXILIARY.test(clause) && !words.some(isPastForm);
}

/** A relative clause open up to a date: ", which merged in", "who was appointed in"; 1: its words. */
const RELATIVE_OPEN = /\b(?:who|which|whose)\b([^,;:()"“”—–]*)$/iu;
/** A modal in a relative clause: what it tells is no past of its noun ("which will open in"). */
const MODAL = /\b(?:will|would|shall|should|can|could|may|might|must)\b/iu;

/**
 * Whether a year a sentence states is background of its news, no event the report tells: "since" and
 * a year that start a state its clause tells ({@link startsAState}), or, in a report that states its
 * own date, a year {@link OLD_YEARS} or more before the report's that stands in a clause beside the
 * sentence's main one: a relative clause in the past ("Talk that Norvale Transit and the Kestrel Union,
 * which merged in 1998, would split was denied"; "…, which opened in 2009, employs 400 people"), an
 * apposition of a participle ("The Vireo, first introduced in 1986, will be withdrawn in 2027"), or
 * such a phrase opening the sentence ("Founded in 1903, the Kestrel Union said …"), or a clause that
 * looks back by an adverb of retrospect ({@link toldInRetrospect}: "was originally introduced in 1986").
 * The main clause's year stays otherwise, however old ("The Kestrel Union was founded in 1903 by three
 * ferry captains": history the report tells). The sentence is then dated by another date it states or, a report's statement, by
 * its report's day (`reportDaySentences`).
 * @param text one sentence
 * @param start where the date's words start, its preposition first ("since 2004", "in 1986")
 * @param end where they end
 * @param year the year the date names
 * @param ref the sentence's reference date, and whether it is its article's own
 */
export function isBackgroundYear(
  text: string,
  start: number,
  end: number,
  year: number,
  ref: { date: Date; own: boolean },
): boolean {
  if (/^since\s/i.test(text.slice(start, end)) && startsAState(text, start, end)) return true;
  if (!ref.own || year > ref.date.getUTCFullYear() - OLD_YEARS) return false;
  return toldInPassing(text, start, end) || toldInRetrospect(text.slice(0, start));
}

/**
 * Whether a date's clause looks back on how a thing began, an adverb of retrospect right before its
 * past ("The Vireo was originally introduced in 1986, and was …", "The depot first opened in 1960"; the
 * words of `retrospect` in `data/background-words.yaml`): the writer recalls where the thing came from
 * beside the news, as an apposition does (", first introduced in 1986,"). The clause runs from the
 * nearest stop or clause's word before the date ("…, but in 2003 a dispute erupted" is a clause of its
 * own, whatever came before). "The first opened in 1990" is a noun, no adverb.
 * @param before the sentence up to the date's words
 */
function toldInRetrospect(before: string): boolean {
  let open = 0;
  for (const m of before.matchAll(CLAUSE_OPEN)) open = m.index + m[0].length;
  const words =
    before
      .slice(open)
      .toLowerCase()
      .match(/\p{L}+/gu) ?? [];
  const { retrospect } = read();
  return words.some(
    (w, i) => retrospect.has(w) && isPastForm(words[i + 1] ?? '') && !DETERMINERS.has(words[i - 1] ?? ''),
  );
}

/** Words before "first" that make it a noun, the first of a kind ("the first opened in 1990"). */
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'that']);

/**
 * Whether a date stands in a clause beside the sentence's main one, told in passing: an apposition of a
 * participle (", first introduced in 1986,", ", announced last November"), such a phrase opening the
 * sentence ("Founded in 1903, …", "Despite being given a facelift in 2025, …"), or, when `relatives`,
 * a relative clause in the past (", which merged in 1998,").
 * @param text one sentence
 * @param start where the date's words start, its preposition first
 * @param end where they end
 * @param relatives whether a relative clause counts: one of a recent year tells its noun's news ("The
 *   Orrin quay, which opened in 2025, handles six sailings a day"), and annotators mark it an event
 */
export function toldInPassing(text: string, start: number, end: number, relatives = true): boolean {
  const before = text.slice(0, start);
  const relative = RELATIVE_OPEN.exec(before);
  if (relative !== null) return relatives && toldInThePast(relative[1] as string);
  const { apposition, opening } = read();
  const set = apposition.exec(before);
  if (set !== null)
    return (
      isParticiple(set[1] as string) &&
      !SET_OFF_RELATIVE_END.test(before.slice(0, set.index)) &&
      besideMainClause(before.slice(0, set.index), text.slice(end))
    );
  const opens = opening.exec(before);
  if (opens === null || !isParticiple(opens[1] as string)) return false;
  // the opening phrase is closed by a comma before the main clause ("Founded in 1903, the union …"); its
  // participle is no name's first word and the phrase holds no verb of its own after it ("United
  // Ferries lost …", "United Ferries announced it has lost …, amid …": the sentence's own clause), nor a
  // past after a noun ("Embattled ferry operator Norvale lost … in 2023, amid …": the participle is an
  // adjective of the subject, "lost" the sentence's verb); one joined by "and" is the phrase's own
  // ("Founded by three captains and sold to the town in 1950, …")
  const after = before.slice(opens[0].indexOf(opens[1] as string) + (opens[1] as string).length);
  return (
    !/^\s+\p{Lu}/u.test(after) &&
    !AUXILIARY.test(after) &&
    !hasVerbOfItsOwn(after) &&
    /^[^;:.!?]*,/.test(text.slice(end))
  );
}

/** Words after which a past form is joined to the phrase's participle, not a verb of its own. */
const JOINS_PARTICIPLE = new Set(['and', 'or', 'then', 'later', 'first', 'originally', 'since']);

/**
 * Whether an opening phrase's words after its participle hold a past form of their own, not joined to
 * the participle by "and" ("Embattled ferry operator Norvale lost …"; not "… and sold to the town in").
 * @param words the phrase after its participle
 */
function hasVerbOfItsOwn(words: string): boolean {
  const w = words.match(/\p{L}+/gu) ?? [];
  return w.some((x, i) => isPastForm(x) && !JOINS_PARTICIPLE.has((w[i - 1] ?? '').toLowerCase()));
}

/**
 * A relative clause set off by a comma that ends where a comma's phrase begins: what follows is the
 * sentence's own verb ("The Kestrel Union, which is the largest buyer, signed the deal on 15 June").
 */
const SET_OFF_RELATIVE_END = /,\s*(?:which|who|whose)\b[^,;:()"“”—–]*$/iu;

/**
 * Whether a relative clause tells its noun's past: a past or a perfect ("which merged in", "who was
 * appointed in", "which has had"), no modal ("which will open in") and no present passive alone ("which
 * is shown on a chart of 1902": the chart's date, told in the present).
 * @param clause its words after "who", "which" or "whose", up to the date
 */
function toldInThePast(clause: string): boolean {
  if (MODAL.test(clause)) return false;
  const words = clause.match(/\p{L}+/gu) ?? [];
  if (words.some((w) => /^(?:was|were|had|has|have)$/i.test(w))) return true;
  if (words.some((w) => /^(?:is|are|am)$/i.test(w))) return false;
  return words.some(isPastForm);
}

/**
 * Whether an apposition of a participle stands beside a main clause: closed by a comma, the main
 * clause going on after it ("The Vireo, first introduced in 1986, was withdrawn"), or, ending the
 * sentence, after a main clause with an auxiliary or a finite past ("Quay Street is to be renamed,
 * named after a ferry captain lost in 1905"). Not a list of nouns before the sentence's own verb
 * ("Ferries, trams and buses, carried 6 percent more riders in 2019"; "A guide titled “Tides”, helped …").
 * @param head the sentence before the apposition's comma
 * @param rest the sentence after the date
 */
function besideMainClause(head: string, rest: string): boolean {
  if (/^[^;:.!?]*,/.test(rest)) return true;
  return AUXILIARY.test(head) || (head.match(/\p{L}+/gu) ?? []).some((w) => FINITE_PAST.has(w));
}
