import { withoutComparedDates } from './compared-dates.js';
import type { SentenceDate } from './dated-sentence.js';
import { goesOnWithEarlierPast, tellsEarlierPast } from './earlier-past.js';
import { BEFORE_ADJECTIVE, IRREGULAR_PAST, NOT_PAST_ED } from './english-cues.js';
import { opensAFeature, PERSONAL } from './feature-lead.js';
import { statesAGeneralRule } from './general-statement.js';
import { leansOnContext, newsScoreUnlessContext } from './news-statement.js';
import { DAY, firstDay, noonOf } from './partial-dates.js';
import { blankQuotations } from './quoted-passages.js';
import { isSayingVerb } from './saying-verbs.js';
import { isStatementText } from './sentence-news.js';
import type { Sentence } from './sentences.js';
import { stateVerbs } from './state-verbs.js';
import { monthIn, OF_TODAY, TODAY, TODAY_CLOCK, TODAY_VERB, VERB_TODAY } from './stated-date.js';
import { meansNowadays, POINT_EVENT_TODAY } from './today-clause.js';

/**
 * A past perfect outside a quotation ("the board had rejected a similar increase", "had been the
 * reason", "had fallen"): what happened before the time the report tells of, not on its day. A
 * participle ends in -ed, -en, -wn or -ne ("taken", "shown", "gone"), or is one of the irregular past
 * forms ("had sold").
 */
const PAST_PERFECT = new RegExp(
  String.raw`\bhad\s+(?:(?:not|never|already|just|also|since|previously)\s+)*(?:been|[a-z]+(?:ed|en|wn|ne)|${IRREGULAR_PAST.join('|')})\b`,
  'i',
);

/**
 * The sentences that state no date in a report of one day, and that day (its news day, see
 * {@link newsDay}): its statements of an action without a date are of that day ("The board also
 * approved a loan", beside "The board voted on Thursday" in Thursday's report). A bare "today" is no day
 * stated ("Today, the valley is facing a shortage": nowadays), unless right before or after a verb in
 * the past ("announced today"). Only statements (`isStatementText`) with a news score of 1 or more (an
 * action, a date or a name, less the marks of opinion: an analysis's "could possibly hurt" is none), or
 * states the writer says hold now ({@link PRESENT_TIME}), and none in the past perfect (outside a
 * subordinate clause: {@link tellsInPastPerfect}), which tells of an earlier time, nor one that tells
 * of a span of days ("over the course of the week", "in the past three days"), which is no one day, nor
 * one right after a sentence that states an earlier day, nor a state or a background fact
 * ({@link tellsAState}), nor one inside a quotation ({@link startsInsideQuotation}, or all quoted). None either when a sentence that states the
 * news day also names an earlier month ("said on Tuesday that its sales rose 43% in February"): the
 * report's figures are that month's. `eval:dates`, tuned on the airline and car clusters, judged on the
 * markets one:
 * mentions dated 120 → 173 (right 97 → 144), 76 → 90 (56 → 68) and 84 → 124 (72 → 112). Without the
 * test of the report's days, the undated mentions so dated were right 55 of 79, 38 of 84 and 77 of 103;
 * with any statement of an article that states no earlier day, 47 of 57, 29 of 36 and 45 of 47, but an
 * opinion piece whose "Today, …" dated it gave the sample corpus's brief 16 of its commentary sentences
 * as events. They rank after the dates sources state (`buildTimeline`).
 * @param sentences the report's sentences
 * @param dated the dates its sentences state, and its lead's
 * @param day the report's own day, `YYYY-MM-DD`
 * @returns the news day and the indices of the sentences to date by it, or null
 */
export function reportDaySentences(
  sentences: readonly Sentence[],
  dated: readonly SentenceDate[],
  day: string,
): { day: string; sentences: number[] } | null {
  const news = newsDay(sentences, dated, day);
  if (news === null || opensFeature(sentences, dated)) return null;
  const month = news.slice(0, 7);
  for (const d of dated) {
    if (d.date !== news) continue;
    const named = monthIn(withoutComparedDates((sentences[d.sentence] as Sentence).text), {
      date: noonOf(news),
      own: true,
    });
    if (named !== null && !named.ahead && named.date < month) return null;
  }
  const has = new Set(dated.map((d) => d.sentence));
  // a statement right after one that states an earlier day may go on with that day's story ("The board
  // had voted on Thursday … Board members approved the loan in the same session", in Friday's report)
  const earlier = new Set(
    dated.filter((d) => !d.lead && d.precision === 'day' && d.date < news).map((d) => d.sentence),
  );
  const out: number[] = [];
  const quoted = startsInsideQuotation(sentences);
  // the statements that tell the past of an earlier year (`tellsEarlierPast`)
  const history = new Set<number>();
  const year = Number(news.slice(0, 4));
  sentences.forEach((s, i) => {
    // "Neon signs exist today", "Today, many makers leave the trade": a state of these days, no news
    if (has.has(i) || earlier.has(i - 1) || !isStatementText(s.text) || meansNowadays(s.text)) return;
    const own = blankQuotations(s.text);
    // an old event its report tells ("The Vireo was originally introduced in 1986, and was …"), and a
    // statement in the past right after it, which goes on with its story ("The Vireo ran for four
    // decades, …"), are of that past, not of the report's day
    if (
      tellsEarlierPast(own, year) ||
      (history.has(i - 1) && goesOnWithEarlierPast(own, (sentences[i - 1] as Sentence).text))
    ) {
      history.add(i);
      return;
    }
    // a state with no action is the report's day's when the writer says it holds now ("The index
    // currently stands at 4,210 points", "At the moment, the firm has 6,246 dealers")
    if ((newsScoreUnlessContext(s.text) ?? (PRESENT_TIME.test(own) ? 1 : 0)) < 1) return;
    if (tellsInPastPerfect(own) || SPAN_OF_DAYS.test(own)) return;
    // a state or a background fact, or a sentence inside a quotation the sentence before opened, is
    // no event of the day ("Barra holds a bachelor's degree", "The data suggests …")
    if (quoted[i] || !/\p{L}/u.test(own) || tellsAState(own)) return;
    // how things are done, a habit or a rule ("In some countries, ferries are run by the state"),
    // is of no day
    if (statesAGeneralRule(own)) return;
    out.push(i);
  });
  return { day: news, sentences: out };
}

/**
 * The sentences of a report that tells an earlier day's news ({@link newsDay}) dated its own day by a
 * "today" that did not count as stating it: "the events of today", a first person's ("what we saw happen
 * today"). The writer's today is the news day ("Tavik described the events of today as a new start", in
 * a report dated three days after the press conference its lead states; the annotators of `timelines/`
 * date such a sentence so), not the date line's. Not one that sets its event ahead.
 * @param sentences the report's sentences
 * @param dated the dates its sentences state
 * @param day the report's own day, `YYYY-MM-DD`
 * @param news its news day, from {@link reportDaySentences}
 * @returns the indices of the sentences to date by the news day
 */
export function todayOfTheNewsDay(
  sentences: readonly Sentence[],
  dated: readonly SentenceDate[],
  day: string,
  news: string,
): number[] {
  if (news >= day) return [];
  return dated
    .filter((d) => {
      if (d.lead || d.reported || d.ahead || d.precision !== 'day' || d.date !== day) return false;
      const text = (sentences[d.sentence] as Sentence).text;
      return TODAY.test(text) && (OF_TODAY.test(text) || PERSONAL.test(text));
    })
    .map((d) => d.sentence);
}

/**
 * Whether a report's lead, its first statement, opens a feature (`opensAFeature`: its writer's or
 * reader's person, or no event told) and states no day itself: a profile, a story, a tutorial or a
 * video's preview is no report of one day's events, and its undated statements are of no day
 * ("Wednesday is a big day for the residents" had dated a video preview's every statement, "In this
 * post, we'll look at …" a tutorial's; fixture `date-report-day-feature-lead`). A lead that states a
 * day keeps it ("Today, we opened a second clinic"). Tuned on two folders of mixed pages, judged on two
 * others (docs/analysis.md, Timeline).
 * @param sentences the report's sentences
 * @param dated the dates its sentences state, and its lead's
 */
function opensFeature(sentences: readonly Sentence[], dated: readonly SentenceDate[]): boolean {
  const lead = sentences.findIndex((s) => isStatementText(s.text));
  if (lead < 0 || dated.some((d) => d.sentence === lead && !d.lead)) return false;
  return opensAFeature((sentences[lead] as Sentence).text);
}

/** {@link PAST_PERFECT}, every match. */
const PAST_PERFECTS = new RegExp(PAST_PERFECT.source, 'gi');

/** A word that opens a subordinate clause: a past perfect after it is not the sentence's own verb. */
const SUBORDINATOR =
  /\b(?:that|which|who|whom|whose|where|when|after|before|because|since|as|if|though|although|once|until)\b/i;

/**
 * Whether a sentence tells its event in the past perfect: one with no word before it that opens a
 * subordinate clause ("The board had rejected a similar increase", "The carmaker had also reported that
 * it had spent"). A past perfect only inside such a clause is the background of what the sentence tells
 * ("He also mentioned that the firm had already received $1.5 million", "The deal was announced at a
 * forum that the president had set up"), whose own verb is of the report's day. `eval:dates`, found on
 * the airline and car clusters: mentions dated 177 → 178 (right 148 → 149) and 143 → 149 (115 → 121);
 * judged on the markets cluster, unchanged (none of its reports with a news day has such a sentence).
 * @param text a sentence, its quotations blanked
 */
function tellsInPastPerfect(text: string): boolean {
  PAST_PERFECTS.lastIndex = 0;
  for (let m = PAST_PERFECTS.exec(text); m !== null; m = PAST_PERFECTS.exec(text))
    if (!SUBORDINATOR.test(text.slice(0, m.index))) return true;
  return false;
}

/**
 * The writer's words for the time of writing, outside a quotation: "currently", "at the moment", "at
 * present". `eval:dates` (found on the car and markets clusters, each of which was looked at): 5 more
 * mentions dated (car 2, markets 3), each right; the airline cluster unchanged.
 */
const PRESENT_TIME = /\b(?:currently|at\s+the\s+moment|at\s+present)\b/i;

/**
 * A span of days, weeks or months the sentence tells of: "over the course of the week", "in the past
 * three days", "this week", "the last two months".
 */
const SPAN_OF_DAYS =
  /\b(?:(?:the|this|past|last|previous)\s+(?:(?:few|two|three|four|five|six|seven|several|\d+)\s+)?(?:days|weeks?|months)|over\s+the\s+course\s+of)\b/i;

/**
 * The day a report tells the news of. Its own day, when it states it (its weekday, its date, a time on
 * its clock, or a lead of the day's news) and no day before it, or when its lead states it, whatever
 * days before it the report states after ({@link leadStatesOwnDay}). Or the one day before its own that
 * its lead, its first statement, states ("announced on Wednesday", "at a press conference on June 1st",
 * in a report dated a day or three later), when it states no other day, nor its own (a bare "today" too,
 * but not "the events of today", the present, nor a first person's, a speaker's). A report that states
 * two days, or an earlier one only after a lead that does not state its own, tells news of more than
 * one: its undated sentences may be of any, and none is dated. `eval:dates`, in two rounds: any one
 * earlier day, tuned on the airline and
 * car clusters and judged on the markets one, dated 37 more of its mentions, only 17 right (dropped);
 * the day the lead states, tuned on the car and markets clusters and judged on the airline one: mentions
 * dated 88 → 119 (right 67 → 94) and 124 → 141 (112 → 128), the airline cluster unchanged (173, right
 * 144), having no such report.
 * @param sentences the report's sentences
 * @param dated the dates its sentences state, and its lead's
 * @param day the report's own day, `YYYY-MM-DD`
 * @returns the news day, `YYYY-MM-DD`, or null when the report has no one day
 */
function newsDay(sentences: readonly Sentence[], dated: readonly SentenceDate[], day: string): string | null {
  const earlier = dated.filter((d) => !d.lead && d.precision === 'day' && d.date < day);
  if (earlier.length === 0) {
    const ownDay = (d: SentenceDate) =>
      d.lead === true || (d.precision === 'day' && d.date === day && statesOwnDay(sentences, d.sentence));
    return dated.some(ownDay) ? day : null;
  }
  const lead = sentences.findIndex((s) => isStatementText(s.text));
  if (leadStatesOwnDay(sentences, dated, lead, day)) return day;
  const first = earlier[0] as SentenceDate;
  if (first.sentence !== lead) return null;
  if (earlier.some((d) => d.date !== first.date)) return null;
  if (firstDay(day) - firstDay(first.date) > NEWS_LAG * DAY) return null;
  const statesDay = (d: SentenceDate) => {
    if (d.lead || d.precision !== 'day' || d.date !== day) return false;
    const text = (sentences[d.sentence] as Sentence).text;
    return isStatementText(text) && !OF_TODAY.test(text) && !PERSONAL.test(text);
  };
  return dated.some(statesDay) ? null : first.date;
}

/**
 * Days a report's date line may come after the day its lead states as its news: on the Wikinews
 * clusters up to three (a press conference's report). `eval:dates` the same from 3 to 30; with 1 or 2,
 * 26 fewer mentions of the car cluster dated, 23 of them right.
 */
const NEWS_LAG = 3;

/**
 * Whether a sentence dated its report's own day states that day: a bare "today" does not ("Today, the
 * valley is facing a shortage": nowadays), unless right before a verb in the past ("the union today
 * released"), beside a time on the clock ("at 16:00 UTC today") or right after a verb in the past,
 * outside a quotation ("Ryelands Air announced today that it will buy five jets", "the index fell
 * sharply today": {@link VERB_TODAY}), or right after a verb of an event at a point in time ("new rules
 * coming into force today": `POINT_EVENT_TODAY`).
 */
function statesOwnDay(sentences: readonly Sentence[], sentence: number): boolean {
  const text = (sentences[sentence] as Sentence).text;
  if (!isStatementText(text)) return false;
  if (!TODAY.test(text) || TODAY_VERB.test(text) || TODAY_CLOCK.test(text)) return true;
  const own = blankQuotations(text);
  return VERB_TODAY.test(own) || POINT_EVENT_TODAY.test(own);
}

/**
 * Whether a report's lead, its first statement, states the report's own day (a date it states, not a
 * lead dated as its report's, see {@link statesOwnDay}) and tells of that day's doing: then the report
 * tells that day's news, whatever earlier days its later sentences state ("Stocks fell on Wednesday …",
 * then "The index had its best day in a month on Monday"). Not a lead in the past perfect outside its
 * quotations ("stated on Thursday that it had signed a contract"): what it tells happened before. Tuned
 * on the car and markets clusters (`eval:dates`, markets mentions dated 141 → 159, right 128 → 144; car
 * unchanged), judged on the airline one: 173 → 176 dated, right 144 → 145 (one report, whose undated
 * sentences told of its contract's earlier day); the past perfect's test, added after that judgement
 * and so judged on nothing unseen, leaves the airline cluster unchanged and the others as above.
 * @param sentences the report's sentences
 * @param dated the dates its sentences state, and its lead's
 * @param lead the index of its first statement (-1 for none)
 * @param day the report's own day, `YYYY-MM-DD`
 */
function leadStatesOwnDay(
  sentences: readonly Sentence[],
  dated: readonly SentenceDate[],
  lead: number,
  day: string,
): boolean {
  const d = dated.find((x) => x.sentence === lead);
  if (d === undefined || d.lead || d.precision !== 'day' || d.date !== day) return false;
  if (!statesOwnDay(sentences, lead)) return false;
  return !PAST_PERFECT.test(blankQuotations((sentences[lead] as Sentence).text));
}

/**
 * A year in a lead the date reader left undated is the time the lead is about ("in the years that
 * followed 2003", an analysis's opening), not the report's day; so is a decade ("when it first appeared
 * in the 1890s": a history's opening had dated its page's every statement; fixture
 * `date-lead-names-a-decade`).
 */
const YEAR = /\b(?:1[89]|20)\d\d(?:['’]?s)?\b/;

/**
 * A lead tells the day's news in the present perfect or the present ("has rolled out", "have fallen",
 * "says"); a feature opens in the past ("was just seven years old when he attended his first
 * stranding"). `eval:dates` with it: 256 leads and dates right 183, without it 263 and 188: five right
 * fewer, two wrong, and no feature's anecdote as a brief's latest development. A modal's "have" is no
 * present perfect: an opinion's "The outbreak should not have surprised anyone" tells of no event.
 */
const NOW =
  /(?<!\b(?:should|could|would|might|must|may|will|shall|can)(?:\s+not|n['’]t)?\s+)\b(?:has|have|says|say)\b/;

/** The sentences a report's lead may be among (a headline without a full stop, a date line before it). */
const LEAD_SENTENCES = 3;

/**
 * The lead of a report, when it reports news: its first statement, if that states an action or a date
 * (a news score of 1 or more), does not lean on a sentence before it, names no year, no writer or
 * reader, speaks in the present perfect or present, and opens no feature (`opensAFeature`: "For
 * more than a decade the islands have used paper ballots", "skipper X has a better view than most of
 * …" tell of no day). `eval:dates` with leads dated to their
 * report's day: coverage 31.8 → 37.7 %, agreement 71.3 → 71.5 % (29 more mentions dated right, 11
 * wrong); leads with a year too, 39.2 % and 70.7 %; any news score (0 and up) 39.3 % and 70.4 %, 2 and
 * up 38.9 % and 70.5 % (both before the last two tests).
 */
export function leadReport(sentences: readonly Sentence[]): number | null {
  for (let i = 0; i < Math.min(LEAD_SENTENCES, sentences.length); i++) {
    const text = (sentences[i] as Sentence).text;
    if (!isStatementText(text)) continue;
    const news = newsScoreUnlessContext(text);
    return news !== null &&
      news >= 1 &&
      !leansOnContext(text) &&
      !YEAR.test(text) &&
      !PERSONAL.test(text) &&
      NOW.test(text) &&
      !opensAFeature(text) &&
      !meansNowadays(text)
      ? i
      : null;
  }
  return null;
}

/** Modal verbs and the forms of "be": a finite verb that is no state's present simple. */
const OTHER_FINITE = new Set(
  'will would could should might must may can shall is are was were am did does do'.split(' '),
);
const PAST = new Set(IRREGULAR_PAST);
const NOT_PAST = new Set(NOT_PAST_ED);
const AFTER_DETERMINER = new Set(BEFORE_ADJECTIVE);
/**
 * Words that make a present of "be" a lasting state ("Efforts are ongoing", "is thought to have
 * attracted 840 orders to date").
 */
const LASTING_BE = /\b(?:ongoing|to\s+date|since)\b/i;
/** A verb contracted onto its subject ("they're", "we'll", "I've"). */
const CONTRACTED_VERB = /['’](?:re|ll|m|ve|d)$/;
/** An adverb between "has" and its participle ("have already given up"). */
const ADVERB = /^(?:[a-z]+ly|already|just|also|not|never|now|long|yet|since|still|recently)$/;
let stative: ReadonlySet<string> | undefined;
let lasting: RegExp | undefined;
/** A relative clause set off by commas on both sides: ", which opened in 2019,". */
const SET_OFF_RELATIVE = /,\s+(?:which|who|whose)\b[^,;:()"“”]*,/giu;

/**
 * Whether a sentence, its quotations blanked, tells a state or a background fact rather than an
 * event: its first finite verb is the present simple of a stative verb (`data/state-verbs.yaml`:
 * "Barra holds a bachelor's degree", "It currently produces fifteen brands", "The data suggests
 * that …"), or a present perfect with a word of lasting up to now ("Since its debut 5,700 jets
 * have been delivered", "She has been with the firm for 33 years, and is currently its head"), or
 * a present of "be" first with "ongoing", "to date" or "since" ("Efforts are ongoing", "is thought
 * to have attracted 840 orders to date"). A verb form after a determiner or a preposition is a
 * noun ("by means of"); a past, a modal or a form of "be" first, or a stative verb inside a clause
 * of its own ("the government, which holds a share, disapproves"), is no state, nor is a sentence
 * with a verb of saying ("…, traders said": that day's statement). A relative clause set off by
 * commas is passed over, its verb no more the sentence's first than its stative one is ("The new quay,
 * which opened in 2019, handles six sailings a day": a state, which had become its report's event once
 * `isBackgroundYear` left its old year unread; `eval:dates`: one sentence, two mentions, undated, no
 * right one lost; fixture `date-relative-clause-after-a-present`). Kept as the day's: a state the
 * writer says holds now ({@link PRESENT_TIME}) and a figure held ("The fleet has a value of US$3.5
 * billion"), which the annotators of `eval:dates` date to the report's day.
 * @param text a sentence, its quotations blanked
 */
export function tellsAState(text: string): boolean {
  stative ??= new Set(stateVerbs().verbs);
  lasting ??= new RegExp(String.raw`\b(?:${stateVerbs().lasting.join('|')})\b`, 'i');
  // a relative clause set off by commas tells of its noun, not the sentence's verb: "The new quay, which
  // opened in 2019, handles six sailings a day" is a state whatever the clause's tense
  const words =
    text
      .replace(SET_OFF_RELATIVE, ',')
      .toLowerCase()
      .match(/[a-z]+(?:['’][a-z]+)?/g) ?? [];
  // what someone said is that day's statement ("Volumes have not been this low since 2009, traders
  // said")
  if (words.some(isSayingVerb)) return false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    if ((w === 'is' || w === 'are') && !PRESENT_TIME.test(text) && LASTING_BE.test(text)) return true;
    if (OTHER_FINITE.has(w) || PAST.has(w) || CONTRACTED_VERB.test(w)) return false;
    if (w.length > 4 && w.endsWith('ed') && !NOT_PAST.has(w) && !AFTER_DETERMINER.has(words[i - 1] ?? ''))
      return false;
    if (!stative.has(w) || AFTER_DETERMINER.has(words[i - 1] ?? '')) continue;
    // a verb in a clause of its own ("the government, which holds a share, disapproves") is not the
    // sentence's
    if (words.slice(0, i).some((x) => x !== 'since' && SUBORDINATOR.test(x))) return false;
    // a state the writer says holds now is the day's ({@link PRESENT_TIME}: "The index currently has
    // a value of 9,936 points")
    if (PRESENT_TIME.test(text)) return false;
    let j = i + 1;
    while (j < i + 3 && ADVERB.test(words[j] ?? '')) j++;
    const next = words[j] ?? '';
    if ((w === 'has' || w === 'have') && (next === 'been' || /(?:ed|en|wn|ne)$/.test(next) || PAST.has(next)))
      return lasting.test(text);
    // a figure held is the day's reading ("The fleet has a value of US$3.5 billion")
    return !((w === 'has' || w === 'have') && /\d/.test(text));
  }
  return false;
}

/**
 * For each sentence, whether it opens inside a quotation a sentence before it left open and does not
 * close it ("… the spokeswoman said. \"We asked the people to do a big thing." then "And to that
 * extent, yes, the President thinks …"): the speaker's words, not an event of the report's day.
 * @param sentences a report's sentences
 */
function startsInsideQuotation(sentences: readonly Sentence[]): boolean[] {
  let open = false;
  return sentences.map((s) => {
    const inside = open && !/["”]/.test(s.text);
    for (const ch of s.text)
      if (ch === '“') open = true;
      else if (ch === '”') open = false;
      else if (ch === '"') open = !open;
    return inside;
  });
}
