import { ActorMentions } from './actor-mentions.js';
import type { Citation, Claim } from './briefing.js';
import { cite } from './citation.js';
import { countsDiffer, countsPeople } from './count-events.js';
import {
  ACTION_VERBS,
  ATTRIBUTION_LISTENERS,
  ATTRIBUTION_VERBS,
  AUXILIARY_VERBS,
  CHARGE_NOUNS,
  DENIAL_VERBS,
  DETERMINERS,
  FALSITY_WORDS,
  FIGURE_SOURCE_VERBS,
  IRREGULAR_PAST,
  NOT_PAST_ED,
  NUMBER_WORDS,
  TRUTH_WORDS,
  WEEKDAY_NAME,
} from './english-cues.js';
import { sameNewsDays } from './news-days.js';
import { refersBack } from './news-statement.js';
import { negatesWhatOtherStates, saysOpposite, saysOtherOrder } from './opposite-words.js';
import {
  closeFigures,
  countsNothing,
  type Figure,
  figuresOf,
  numberValue,
  oneFactOtherFigures,
  otherFigures,
  quantitiesDiffer,
  quantitiesOf,
} from './quantities.js';
import {
  lowerClaimWords,
  type RelatedText,
  relatedness,
  relatedText,
  relatedTextOfWords,
} from './same-claim.js';
import { isStatement, type ScoredSentence } from './score-sentences.js';
import { type ValenceLexicon, valenceLexicon } from './score-valence.js';
import { trimPoint } from './select-key-points.js';
import { LEANS_ON_CONTEXT } from './sentence-news.js';
import { clearStance } from './stance-toward.js';
import { placeWords, swapsWords, type WordPlaces } from './swapped-words.js';
import { countLetterRuns, isStopWord, lowerWord } from './text-stats.js';
import { topIndicesOf, topOf } from './top-of.js';
import { wordVectors } from './word-vectors.js';

const MAX_SHARED = 10;
const SINGLE_PER_SOURCE = 2;
const MAX_SINGLE = 24;
/** Statements per source that can join a claim: its best-scored ones (a long article has hundreds). */
const PER_SOURCE = 80;
/**
 * Statements of the whole brief that can join a shared claim: the best-scored 3,000. A brief shows ten
 * shared claims, drawn from its most central statements; this keeps 10,000 articles to about a second.
 */
const MAX_STATEMENTS = 3000;
/**
 * Whether a scored sentence states something only the sentence before names ({@link refersBack}; asked
 * only of those its `sentenceNewsOf` code says lean on their context, a wider set, when it has one).
 */
function refersBackOf(s: ScoredSentence): boolean {
  return (s.news === undefined || s.news === LEANS_ON_CONTEXT) && refersBack(s.text);
}

/** Candidates compared per statement, those sharing the most rare words first. */
const CANDIDATES = 8;
/**
 * Relatedness (in-brief word weights) at which two statements speak of the same thing: 0.54 is the best
 * F1 on STS-B headlines train for a score of 2.5 or more, between "share some details" (2, best at 0.41)
 * and "roughly equivalent" (3, best at 0.59); test: accuracy 0.78, F1 0.81.
 */
const SUBJECT_MIN = 0.54;
/**
 * Relatedness at which two statements are versions of one statement, so that opposite clear stances
 * toward one actor make them opposed ("a reliable partner" against "has failed the firms"): 0.59, the
 * best F1 on STS-B headlines train for "roughly equivalent" (>= 3).
 */
const VERSION_MIN = 0.59;
/**
 * Relatedness at which two statements differ only in details, so that a negation or other numbers or
 * dates make them opposed versions of one event: 0.70, the best F1 on STS-B headlines train for "mostly
 * equivalent" (>= 4; dev F1 0.62); `bench/relatedness-levels.ts` prints the thresholds. Below it one
 * statement adds what the other lacks, and the negation or the number is often in that part: a report
 * due the day after a decision (0.68) disputed the decision's date, and on the three Wikinews story
 * clusters of `timelines/` all seven negation disputes between 0.59 and 0.70 were false ("deliveries are
 * not due until October" against "has rolled out the first", "if more aid was not given" against "were
 * given loans").
 */
const DETAIL_MIN = 0.7;
/**
 * Relatedness at which two statements that give one count a little apart (`figuredApart`) make a claim:
 * 0.40, below "share some details" (0.41); the two recount notices' areas were 0.49, and on the three
 * Wikinews story clusters of `timelines/` no dispute comes of it down to 0.30 (`bench:disputes`).
 */
const FIGURES_SUBJECT_MIN = 0.4;

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The pieces of a statement claim matching needs, made once. */
interface Statement {
  s: ScoredSentence;
  text: RelatedText;
  /** Its clauses when it has several long enough to state an event on their own (see {@link clausesOf}). */
  clauseTexts: string[];
  /** Those clauses prepared for relatedness, made when a pair first compares them. */
  clauses?: RelatedText[];
  /** Relatedness to the claim's lead statement (1 for the lead). */
  r?: number;
  /** When its event happened, if it says (the date it states, as the timeline reads it). */
  date: string | undefined;
  /** Its figures ({@link figuresOf}), read when first asked. */
  figures?: Figure[];
}

/** A statement's figures, read once. */
function figuresIn(x: Statement): Figure[] {
  x.figures ??= figuresOf(x.s.text);
  return x.figures;
}

/** A year of this or the last century. */
const YEAR = /\b(?:19|20)\d\d\b/g;

/** Whether a sentence names a year other than its article's: it tells of another time ("in 2001, when a quake killed 100"). */
function namesOtherYear(x: Statement): boolean {
  const own = x.s.article.published?.slice(0, 4);
  for (const m of x.s.text.matchAll(YEAR)) if (m[0] !== own) return true;
  return false;
}

/**
 * Whether two statements count one thing that happened to people with other values ("killing at least
 * 12 people" against "15 people have died": `countsDiffer`) in reports of the same days, neither of
 * another time. Such statements differ on a story's toll however little else they share, so they make
 * a claim whatever their relatedness.
 */
function countedApart(a: Statement, b: Statement): boolean {
  return (
    sameNewsDays(a.s.article, b.s.article) &&
    !otherTimes(a.date, b.date) &&
    countsDiffer(figuresIn(a), figuresIn(b)) &&
    !namesOtherYear(a) &&
    !namesOtherYear(b)
  );
}

/**
 * Whether two statements give one count a little apart ("will cover all 212 local areas" against "ballots
 * cast in 214 areas"; `closeFigures`) in reports of the same days, neither of another time or year.
 * Such statements differ on a figure of their story while saying it in other words, so they make a
 * claim from {@link FIGURES_SUBJECT_MIN}; not counts of people (`countedApart` judges those).
 */
function figuredApart(a: Statement, b: Statement): boolean {
  return (
    sameNewsDays(a.s.article, b.s.article) &&
    !otherTimes(reportedDate(a), reportedDate(b)) &&
    !namesOtherYear(a) &&
    !namesOtherYear(b) &&
    closeFigures(
      figuresIn(a).filter((f) => !countsPeople(f)),
      figuresIn(b).filter((f) => !countsPeople(f)),
    )
  );
}

/**
 * A statement's date when it is not ahead of its report's day: a date ahead is a deadline or a plan ("the
 * recount will cover all 212 areas and should finish by December 4"), not the time a count it gives
 * holds.
 */
function reportedDate(x: Statement): string | undefined {
  const { published } = x.s.article;
  if (x.date === undefined || published === null) return x.date;
  const day = published.slice(0, x.date.length);
  return x.date > day ? undefined : x.date;
}

/** Whether a statement's date is its report's own day ("today", "on Monday" in Monday's paper). */
function ofItsOwnDay(x: Statement): boolean {
  const { published, publishedPrecision } = x.s.article;
  return publishedPrecision === 'day' && published !== null && x.date === published.slice(0, 10);
}

/**
 * Whether one of two statements tells of its report's own day ("have fallen dramatically today" on 6
 * October) and the other states no date: in reports of other days, the undated one is news of its own
 * day ("have fallen sharply", four days later), and a report that restates an earlier day's event says
 * which day it was.
 */
function ownDayAlone(a: Statement, b: Statement): boolean {
  return (ofItsOwnDay(a) && b.date === undefined) || (ofItsOwnDay(b) && a.date === undefined);
}

/**
 * Whether two statements' events happened at other times: both dated, neither date within the other
 * ("in 2005" holds "in January 2005"; "in February 2000" is another time).
 */
function otherTimes(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && b !== undefined && !a.startsWith(b) && !b.startsWith(a);
}

/** A number with the word before it and the word after it: "by 32 percent" (a word read from its start: no backtracking within one). */
const SLOT = /(?<!\p{L})(\p{L}+)\s+(\d+(?:[.,]\d+)*)\s*(%|per\s?cent\b|\p{L}+)?/gu;

/** Month names and their short forms: a number beside one is a date's day, which `dates` reads. */
const MONTH = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*$/;

/**
 * Each number of a sentence with a unit under the word before it and the unit ("by|%" → 32);
 * not a date's day or a number with no unit ("on October 25", "rose to 135 on").
 */
function slotsOf(text: string): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const m of text.matchAll(SLOT)) {
    const unit = (m[3] ?? '').toLowerCase().replace(/\s/g, '');
    const before = (m[1] as string).toLowerCase();
    if (unit === '' || countsNothing(unit) || MONTH.test(unit) || MONTH.test(before)) continue;
    const key = `${before}|${unit === 'percent' ? '%' : unit}`;
    const values = out.get(key) ?? new Set<string>();
    values.add((m[2] as string).replace(/,(?=\d{3}\b)/g, ''));
    out.set(key, values);
  }
  return out;
}

/**
 * Whether two sentences give one figure in the same words with other values: the same word before the
 * number and the same unit after it, no value in common.
 */
function sameSlotOtherValue(a: string, b: string): boolean {
  if (!/\d/.test(a) || !/\d/.test(b)) return false;
  const theirs = slotsOf(b);
  for (const [key, values] of slotsOf(a)) {
    const other = theirs.get(key);
    if (other && ![...values].some((v) => other.has(v))) return true;
  }
  return false;
}

const WEEKDAY = new RegExp(String.raw`\b${WEEKDAY_NAME}\b`, 'gi');

/** Whether two sentences name a weekday in common. */
function sameWeekday(a: string, b: string): boolean {
  const days = new Set(Array.from(a.matchAll(WEEKDAY), (m) => m[0].toLowerCase()));
  return days.size > 0 && Array.from(b.matchAll(WEEKDAY)).some((m) => days.has(m[0].toLowerCase()));
}

/** Words a clause needs to state an event on its own ("officials said" does not). */
const CLAUSE_WORDS = 6;
/** Words from which a sentence is long enough to tell one event amid others (a headline is ~7, news ~25). */
const LONG_SENTENCE = 18;
/**
 * What a clause-to-clause match counts for against a whole-sentence match: one clause shared by two long
 * sentences is the same event told with other details around it, a little less sure than whole sentences.
 */
const CLAUSE_WEIGHT = 0.95;
/** Below this whole-sentence relatedness two statements are not worth comparing clause by clause. */
const CLAUSE_FLOOR = 0.38;

/**
 * The clauses of a long sentence ({@link LONG_SENTENCE} words or more), cut at commas, semicolons, colons, dashes and before words that open a
 * clause ("while", "which", "for" ...), when at least two of them have {@link CLAUSE_WORDS} words;
 * otherwise none (the sentence is one clause).
 * @param text a sentence
 * @returns the clauses, or none
 */
export function clausesOf(text: string): string[] {
  // the words counted, not matched into arrays, and only as far as the test needs (issue 17)
  if (countLetterRuns(text, LONG_SENTENCE) < LONG_SENTENCE) return [];
  const parts = text
    .split(/\s*[,;:–—]\s*|\s+-\s+|\s+(?=(?:for|while|which|who|whereas|as|after|before|because)\s)/)
    .filter((p) => countLetterRuns(p, CLAUSE_WORDS) >= CLAUSE_WORDS);
  return parts.length >= 2 ? parts : [];
}

/**
 * Whether two texts name an actor in common (the one-word form {@link withActorWords} gives it): a
 * clause that names no actor both share ("as part of its national security strategy") states no event
 * of theirs.
 */
function sharesActor(x: RelatedText, y: RelatedText): boolean {
  return x.words.some((w) => w.startsWith('actor') && w.length > 6 && w !== 'actors' && y.words.includes(w));
}

/**
 * Words two statements must share, other than function words, to state one claim: two. One word in
 * common is a subject, not a claim: in briefs of three to five sources, whose in-brief word weights come
 * from a few dozen statements (function words weigh as much as content words there), "The company said
 * no illnesses had been linked to the products" had "supported" "Consumers can return affected products
 * … for a full refund" (0.54), and "Officials had said on Monday evening that no one had died" a fire's
 * "under control as of this evening" (0.57). Of the 93 pairs of sources' statements in the shared claims
 * of 25 folders (sessions 39–41's, the sample, three new ones), 15 shared one such word and 14 of them
 * supported nothing (one lost: "submit an application to the US Food and Drug Administration" against
 * "file for US approval"); 23 of the 78 sharing two or more did not either (one subject, other predicates).
 */
const SHARED_WORDS_MIN = 2;

/**
 * Whether two statements share {@link SHARED_WORDS_MIN} words that can carry a claim: no stop word
 * ("the", "said", "on"); a number counts, and an actor word counts. Stops at the second found.
 */
function sharesClaimWords(a: RelatedText, b: RelatedText): boolean {
  let n = 0;
  for (const w of a.words)
    if ((w.length > 2 || DIGIT.test(w)) && !isStopWord(w) && b.words.includes(w) && ++n >= SHARED_WORDS_MIN)
      return true;
  return false;
}

const DIGIT = /\d/;

const ATTRIBUTION_VERB = `${ATTRIBUTION_VERBS.join('|')}|told\\s+(?:${ATTRIBUTION_LISTENERS.join('|')})|tells\\s+(?:${ATTRIBUTION_LISTENERS.join('|')})`;
/**
 * A speaker and the verb that attributes to them, set off from what they said: from the sentence's
 * start or a comma or quotation mark to the verb ("Interior Minister Jonas Weber said …", "…, the
 * ministry said in a statement"), or from the verb after a quotation or comma to the sentence's end
 * ("…," said Dr. Claire Martin, the agency's director of public health.), or "according to" and its
 * source to the next comma.
 */
const ATTRIBUTION = new RegExp(
  [
    String.raw`(?<=^|[,;:"“”‘’]\s*)[^,;:"“”]{0,80}?\s?\b(?:${ATTRIBUTION_VERB})\b`,
    String.raw`(?<=[,"”’]\s*)(?:${ATTRIBUTION_VERB})\b[^"“”]*$`,
    String.raw`\baccording to\b[^,;]*`,
  ].join('|'),
  'gi',
);
/** A word for {@link predicateWords}, letters and digits (an actor reads as one word there). */
const PLAIN_WORD = /[\p{L}\p{N}]+(?:['’]\p{L}+)?/gu;
const AUXILIARY = new Set(AUXILIARY_VERBS);
const PAST = new Set([...IRREGULAR_PAST, ...ACTION_VERBS]);
const DETERMINER = new Set(DETERMINERS);
const NOT_PAST = new Set(NOT_PAST_ED);

/**
 * The words of what a statement says, not of what it is about: its speaker's attribution left out, and
 * the subject before its first verb (an auxiliary, a past tense, a word in -ed not after a determiner);
 * all its words when no verb is found. Words as {@link sharesClaimWords} counts them.
 * @param text a statement, actors as one word each ({@link withActorWords})
 */
function predicateWords(text: string): Set<string> {
  const words = Array.from(text.replace(ATTRIBUTION, ' ').matchAll(PLAIN_WORD), (m) => lowerWord(m[0]));
  let from = 0;
  for (let k = 0; k < words.length; k++) {
    const w = words[k] as string;
    const verb =
      AUXILIARY.has(w) ||
      PAST.has(w) ||
      (w.length > 4 && w.endsWith('ed') && !NOT_PAST.has(w) && !DETERMINER.has(words[k - 1] ?? ''));
    if (verb) {
      from = k;
      break;
    }
  }
  const out = new Set<string>();
  for (const w of words.slice(from)) if ((w.length > 2 || DIGIT.test(w)) && !isStopWord(w)) out.add(w);
  return out;
}

/**
 * Relatedness from which two statements need share no word of what they say ({@link sharesPredicate}):
 * close versions say it with other words ("Police said the ferry's captain had been arrested" against
 * "The captain and the owner of the vessel are in police custody", 0.66; "The other two major American
 * stock indices fell too" against "Two of the major United States indices saw falls", 0.67). Of the 80
 * pairs the test cut on 37 folders, the 4 at 0.66 or more were 3 such versions and a strike called
 * against how long it would last; below, nearly all were one subject with other predicates.
 */
const PREDICATE_FREE = 0.66;

/**
 * Whether two statements share a word of what each says ({@link predicateWords}), not only words of
 * their subject or speaker: "Interior Minister Jonas Weber said the government respected the court's
 * decision" and "Interior Minister Jonas Weber has promised a new bill" are one man's two statements,
 * "Cronobacter infections are rare but can be deadly" and "Cronobacter is found in many environments"
 * two things said of one subject.
 */
function sharesPredicate(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const w of a) if (b.has(w)) return true;
  return false;
}

/**
 * How much two statements speak of the same event: their relatedness as wholes, or that of their
 * closest clauses (a clause against the other whole sentence or one of its clauses), a little discounted —
 * long news sentences often share one event clause and differ in all the rest.
 * @param prepared a statement's clauses prepared for relatedness (made once, when first asked)
 */
function eventRelatedness(
  a: Statement,
  b: Statement,
  prepared: (statement: Statement) => RelatedText[],
): number {
  const whole = relatedness(a.text, b.text);
  // clauses only rescue pairs the whole sentences miss (and comparing them costs up to 15 times more)
  if (
    whole < CLAUSE_FLOOR ||
    whole >= SUBJECT_MIN ||
    (a.clauseTexts.length === 0 && b.clauseTexts.length === 0)
  )
    return whole;
  let best = whole;
  for (const x of [a.text, ...prepared(a)])
    for (const y of [b.text, ...prepared(b)]) {
      if ((x === a.text && y === b.text) || !sharesActor(x, y)) continue;
      best = Math.max(best, CLAUSE_WEIGHT * relatedness(x, y));
    }
  return best;
}

/**
 * Finds the claims several sources share — statements that say the same thing in other words
 * ({@link sameClaim}'s model) — and marks those where sources state opposing versions; then each
 * source's own main claims. Candidate pairs come from an index of rarer words, at most a few per
 * statement, so the cost grows with the sentences, not with their pairs.
 * @param sentences scored sentences of all sources
 * @param mentions finds the brief's actors in a sentence (for opposite stances toward one actor)
 * @param lexicon the valence lexicon for those stances (use {@link briefLexicon})
 * @param storyOf the story of each source (`stories[].sourceIds`): two sources share a claim only
 *   when they report the same story; by default all sources are one story
 * @param dateOf the date a statement states (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`, as the timeline reads
 *   it), if any: statements of other times join a claim only as versions that dispute it
 * @returns disputed claims first, then shared claims (most sources first), then each source's own
 */
export function findClaims(
  sentences: readonly ScoredSentence[],
  mentions = new ActorMentions([]),
  lexicon: ValenceLexicon = valenceLexicon(),
  storyOf: (sourceId: string) => string | undefined = () => undefined,
  dateOf: (statement: ScoredSentence) => string | undefined = () => undefined,
): Claim[] {
  const bySource = new Map<string, ScoredSentence[]>();
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i] as ScoredSentence;
    if (isStatement(s)) push(bySource, s.article.id, s);
  }
  const best = (a: ScoredSentence, b: ScoredSentence) =>
    b.score - a.score ||
    (a.article.id < b.article.id ? -1 : a.article.id > b.article.id ? 1 : a.start - b.start);
  const each: ScoredSentence[] = [];
  // a source's best 80, or all it has (most sources): `best` orders all statements totally, so the
  // order they come in changes nothing below (a sort of each source's list was 0.1 s at 10,000 pages)
  for (const list of bySource.values())
    for (const s of list.length > PER_SOURCE ? topOf(list, PER_SOURCE, best) : list) each.push(s);
  // the best few thousand of up to 80 a source (a sort of all of them: 0.3 of 1.7 s at 10,000 pages)
  const picked = topOf(each, MAX_STATEMENTS, best);
  // words weigh by how rare they are in this brief: what sets a statement apart from its neighbours
  const df = new Map<string, number>();
  // each actor reads as one word whatever a source calls it ("Washington", "the US", "American")
  // and keeps the meaning of its name, so that it still relates to other words as that name would (an
  // actor word alone matched only itself: a sentence weighed less the fewer actors the recogniser merged)
  const canonical = picked.map((s) => withActorWords(s.text, mentions));
  const meaning = actorMeanings(mentions);
  const meaningOf = (w: string) => meaning.get(w) ?? w;
  // each statement's words read once, for these counts and for relatedness below (issue 17)
  const lowered = canonical.map(lowerClaimWords);
  const distinct = lowered.map((lower) => [...new Set(lower)]);
  for (const words of distinct) for (const w of words) df.set(w, (df.get(w) ?? 0) + 1);
  const n = Math.max(2, picked.length);
  const weigh = (w: string) => Math.log(n / (df.get(w) ?? 1));
  const statements: Statement[] = picked.map((s, i) => ({
    s,
    // what relatedness reads of them: the mean vectors, word pairs, numbers and names of a full
    // claimText were made for each of up to 3,000 statements and their clauses and never read
    text: relatedTextOfWords(lowered[i] as string[], distinct[i] as string[], undefined, weigh, meaningOf),
    clauseTexts: clausesOf(canonical[i] as string),
    date: dateOf(s),
  }));

  // a statement's clauses prepared only when a pair's whole sentences come near enough to compare them
  // (all 3,000 statements' were: 0.3 of findClaims' 2.4 s in a profile of 4 passes at 2,000 pages; issue 17)
  const preparedClauses = (statement: Statement) => {
    statement.clauses ??= statement.clauseTexts.map((c) => relatedText(c, undefined, weigh, meaningOf));
    return statement.clauses;
  };
  const neighbours = statements.map(() => [] as { j: number; r: number }[]);
  // each statement's predicate words, read once when a pair first needs them, not once per pair
  const predicates: (Set<string> | undefined)[] = [];
  const predicateOf = (i: number) => {
    let words = predicates[i];
    if (words === undefined) {
      words = predicateWords(canonical[i] as string);
      predicates[i] = words;
    }
    return words;
  };
  // where each statement's words stand, read when a pair first needs them
  const places: (WordPlaces | undefined)[] = [];
  const placesOf = (i: number) => {
    let found = places[i];
    if (found === undefined) {
      found = placeWords(lowered[i] as string[]);
      places[i] = found;
    }
    return found;
  };
  for (const [i, j] of candidatePairs(statements)) {
    // a claim is about an event: sources on different stories report different events, and what their
    // sentences share is common words ("want to try something new", "at first") — 5 to 7 unrelated
    // pages had shared such "claims" in a brief of the 61 zyte-dev pages
    if (
      storyOf((statements[i] as Statement).s.article.id) !==
      storyOf((statements[j] as Statement).s.article.id)
    )
      continue;
    const r = eventRelatedness(statements[i] as Statement, statements[j] as Statement, preparedClauses);
    // two counts of one toll with other values make a claim at any relatedness (countedApart), as close
    // as two statements of one subject are
    if (
      r < SUBJECT_MIN &&
      (countedApart(statements[i] as Statement, statements[j] as Statement) ||
        (r >= FIGURES_SUBJECT_MIN && figuredApart(statements[i] as Statement, statements[j] as Statement)))
    ) {
      neighbours[i]?.push({ j, r: SUBJECT_MIN });
      neighbours[j]?.push({ j: i, r: SUBJECT_MIN });
      continue;
    }
    if (r < SUBJECT_MIN) continue;
    // two statements on one subject that share no more than a word of it are no claim of theirs
    if (!sharesClaimWords((statements[i] as Statement).text, (statements[j] as Statement).text)) continue;
    // nor two that share only what they are about (subject, speaker), not what they say of it
    if (r < PREDICATE_FREE && !sharesPredicate(predicateOf(i), predicateOf(j))) continue;
    // nor two that swap who did what to whom ("Ames beat Borg", "Borg beat Ames")
    if (swapsWords(placesOf(i), placesOf(j))) continue;
    neighbours[i]?.push({ j, r });
    neighbours[j]?.push({ j: i, r });
  }
  // a claim gathers around its best statement the closest statement of each other source (a star,
  // so that a chain of loosely related sentences never becomes one claim)
  const order = statements.map((_, i) => i).sort((a, b) => rank(statements, a, b));
  const taken = new Set<number>();
  const groups: Statement[][] = [];
  for (const i of order) {
    if (taken.has(i)) continue;
    const seed = statements[i] as Statement;
    // a claim is said in the words of a statement that says it whole: not one about what only the
    // sentence before names ("This is due to …", "Some shares in this index …"), which may still join
    // a claim another statement makes ("That leaves the mediation office, which meets both sides on
    // Thursday, …" beside "The mediation office said it would call both sides to new talks on Thursday")
    if (refersBackOf(seed.s)) continue;
    const members: Statement[] = [{ ...seed, r: 1 }];
    const sources = new Set([seed.s.article.id]);
    for (const { j, r } of (neighbours[i] ?? []).sort((a, b) => b.r - a.r || a.j - b.j)) {
      const m = statements[j] as Statement;
      if (taken.has(j) || sources.has(m.s.article.id)) continue;
      // and only when the seed is also that statement's closest in the seed's source (mutual best)
      const back = (neighbours[j] ?? []).filter(
        (x) => (statements[x.j] as Statement).s.article.id === seed.s.article.id && !taken.has(x.j),
      );
      if (back.some((x) => x.r > r)) continue;
      // reports of other days are other news, unless the two say mostly the same thing (a fact
      // restated, not a neighbour on the subject): "Bank of America shares rose by 3.2%" and "… with
      // Bank of America losing 11.7%" a week apart neither support nor dispute each other
      // — unless one says the other's words are not so, citing who states them: a note days later that
      // corrects a council's figure ("not the quarter the council cites") disputes it whenever it came out
      // — and not when one tells of its own day and the other of no day (ownDayAlone), however alike:
      // "have fallen dramatically today" on 6 October and "have fallen sharply, with several seeing the
      // biggest drop in their history" on the 10th had been one claim (`bench:claim-events`: judged pairs
      // other events 7 → 6, same event 6 kept, event pairs found 6 of 56 kept)
      if (
        !sameNewsDays(seed.s.article, m.s.article) &&
        !correctsCited(seed.s.text, m.s.text) &&
        (r < DETAIL_MIN || ownDayAlone(seed, m))
      )
        continue;
      const member = { ...m, r };
      // other figures of one kind are other facts, and other times other events: such a statement
      // joins only as a version that disputes the seed (below), never as one that supports it ("The
      // Dow Jones currently has a value of 10769.00 points" against "… of 9936.94 points"; "Stock
      // markets around the world have fallen dramatically today" in reports of 6 and 10 October;
      // orders "in 2005" against orders "since February 2000").
      // `pnpm --filter @briefing/model bench:claim-events`: of the pairs of sources' statements in
      // shared claims that the Wikinews annotators judged, same event 2 of 33 before these two rules,
      // 6 of 12 after (5 of 19 without other times); their cross-source event pairs found 2 → 6 of 56
      if (
        conflict(seed, member, mentions, lexicon) === null &&
        ((otherTimes(seed.date, m.date) && !sameWeekday(seed.s.text, m.s.text)) ||
          otherFigures(quantitiesOf(seed.s.text), quantitiesOf(m.s.text)))
      )
        continue;
      members.push(member);
      sources.add(m.s.article.id);
      taken.add(j);
    }
    if (members.length < 2) continue;
    taken.add(i);
    groups.push(members);
  }
  const inShared = new Set(groups.flatMap((g) => g.map((m) => m.s)));
  // opposing versions are looked for in the claims most sources share, a few times as many as are shown
  groups.sort((a, b) => b.length - a.length);
  const shared = groups.slice(0, 3 * MAX_SHARED).map((g) => describeClaim(g, mentions, lexicon));
  shared.sort(
    (a, b) =>
      Number(b.disputed) - Number(a.disputed) ||
      b.sourceIds.length - a.sourceIds.length ||
      a.text.localeCompare(b.text),
  );

  const own: ScoredSentence[] = [];
  for (const id of [...bySource.keys()].sort()) {
    // the best two, as a stable sort of them all would put them first (a sort of each source's
    // statements, 200,000 at 10,000 pages, for two of each)
    own.push(
      ...topOf(
        (bySource.get(id) ?? []).filter((s) => !inShared.has(s) && !refersBackOf(s)),
        SINGLE_PER_SOURCE,
        (a, b) => b.score - a.score || a.start - b.start,
      ),
    );
  }
  own.sort((a, b) => b.score - a.score || (a.article.id < b.article.id ? -1 : 1));
  const single: Claim[] = own.slice(0, MAX_SINGLE).map((s) => {
    const citation = cite(s.article, s.start, s.end);
    return {
      text: trimPoint(s.text),
      sourceIds: [s.article.id],
      citations: [citation],
      stances: [{ sourceId: s.article.id, stance: 'supports', citations: [citation] }],
      disputed: false,
    };
  });
  single.sort((a, b) => ((a.sourceIds[0] as string) < (b.sourceIds[0] as string) ? -1 : 1));
  return [...shared.slice(0, MAX_SHARED), ...single];
}

/** Pairs of statements from different sources that share the rarest words, a few per statement. */
function* candidatePairs(statements: readonly Statement[]): Generator<[number, number]> {
  // word ids are a vocabulary's small integers: counts and weights in arrays, not maps
  let top = 0;
  for (const { s } of statements)
    for (let k = s.wordsFrom; k < s.wordsTo; k++)
      if ((s.wordIds[k] as number) > top) top = s.wordIds[k] as number;
  const df = new Uint32Array(top + 1);
  for (const { s } of statements)
    for (let k = s.wordsFrom; k < s.wordsTo; k++) {
      const w = s.wordIds[k] as number;
      df[w] = (df[w] as number) + 1;
    }
  const rareLimit = Math.max(8, Math.ceil(statements.length * 0.05));
  const index = new Map<number, number[]>();
  statements.forEach(({ s }, i) => {
    for (let k = s.wordsFrom; k < s.wordsTo; k++) {
      const w = s.wordIds[k] as number;
      if ((df[w] as number) > rareLimit) continue;
      const list = index.get(w);
      if (list === undefined) index.set(w, [i]);
      else if (list.length < 50) list.push(i);
    }
  });
  // each statement's source as a number, compared for each posting read
  const sourceNumbers = new Map<string, number>();
  const sourceOf = Int32Array.from(statements, ({ s }) => {
    const k = sourceNumbers.get(s.article.id);
    if (k !== undefined) return k;
    sourceNumbers.set(s.article.id, sourceNumbers.size);
    return sourceNumbers.size - 1;
  });
  // a shared word counts by its rarity, so that one rare word shared outranks two common ones
  const n = Math.max(2, statements.length);
  // the summed rarity of the words each later statement shares with statement i, and which those are
  // (the same sums in the same order as a map of them; sorted with the same total order)
  const sums = new Float64Array(statements.length);
  const seen = new Uint8Array(statements.length);
  const touched: number[] = [];
  for (let i = 0; i < statements.length; i++) {
    const s = (statements[i] as Statement).s;
    const own = sourceOf[i] as number;
    for (let u = s.wordsFrom; u < s.wordsTo; u++) {
      const w = s.wordIds[u] as number;
      const list = index.get(w);
      if (list === undefined) continue;
      const rarity = Math.log(n / ((df[w] as number) || 1));
      // a list holds statement numbers in ascending order: those after i are at its end
      for (let k = list.length - 1; k >= 0; k--) {
        const j = list[k] as number;
        if (j <= i) break;
        if (sourceOf[j] === own) continue;
        if (seen[j] === 0) {
          seen[j] = 1;
          touched.push(j);
        }
        sums[j] = (sums[j] as number) + rarity;
      }
    }
    // the best few kept as they come, not all of them sorted (a total order: ties go by number)
    const best = topIndicesOf(
      touched.length,
      CANDIDATES,
      (a, b) =>
        (sums[touched[b] as number] as number) - (sums[touched[a] as number] as number) ||
        (touched[a] as number) - (touched[b] as number),
    ).map((k) => touched[k] as number);
    for (const j of touched) {
      sums[j] = 0;
      seen[j] = 0;
    }
    touched.length = 0;
    for (const j of best) yield [i, j];
  }
}

/**
 * A denial of what another side says: a denial verb before "that" or before a word for a charge
 * ("rejected criticism that", "denied the allegations", "dismissed reports of", "denied that").
 */
const DENIAL = new RegExp(
  `\\b(?:${DENIAL_VERBS.join('|')})\\s+(?:that\\b|(?:(?:the|these|those|such|any|all|earlier|recent|media|press)\\s+){0,2}(?:${CHARGE_NOUNS.join('|')})\\b)`,
  'i',
);

/**
 * A statement called untrue: a word for what someone says, what they said, then a verb "to be" and a
 * word of falsity ("the company's statement that no finished product had tested positive is therefore no
 * longer correct", "the ministry's figures were wrong").
 */
const FALSITY = new RegExp(
  String.raw`\b(?:${[...CHARGE_NOUNS, 'statement', 'statements'].join('|')})\b(?:\s+that\b[^.;]{3,200}?)?\s+(?:is|was|are|were)\s+(?:(?:therefore|also|simply|now|clearly|plainly)\s+)?(?:(?:no\s+longer|not)\s+(?:${TRUTH_WORDS.join('|')})|${FALSITY_WORDS.join('|')})\b`,
  'i',
);

/**
 * A figure a statement corrects: "not", "rather than" or "instead of" before a number ("will remove only
 * about 600,000 barrels per day from the market, not 1 million"), or a comparison with the other's
 * figure named with "the" ("far more than the 25 million euros the airline has admitted", "fewer than
 * the 14.2 million the company announced", "far above the 140 passengers the government has reported"),
 * the number in digits or words ("far more than the sixty the board has admitted").
 */
/** Numbers in words a correction reads: not "one", which is as often a pronoun ("not the one that"). */
const COUNT_WORDS = Object.keys(NUMBER_WORDS)
  .filter((w) => w !== 'one' && w !== 'zero')
  .join('|');
const NUMERAL = String.raw`(\d+(?:[.,]\d+)*|(?:${COUNT_WORDS})(?:-\w+)?\b)`;
const CORRECTED = new RegExp(
  [
    String.raw`\b(?:not|rather than|instead of)\s+(?:(?:about|around|some|the|just|only)\s+)?${NUMERAL}`,
    // a comparison counts only with the figure cited as another's: "below the 25 percent the market had
    // priced in" compares a result with an expectation, which no source stated as the fact
    String.raw`\b(?:(?:far|much|well|many|considerably|significantly)\s+)?(?:more|less|fewer|higher|lower|greater|smaller|above|below)\s+(?:than\s+)?the\s+${NUMERAL}(?:\s+[A-Za-z%]+){0,3}?\s+(?:the|its|their|his|her)\s+(?:\w+\s+){0,2}?(?:(?:has|have|had)\s+)?(?:${FIGURE_SOURCE_VERBS.join('|')})\b`,
  ].join('|'),
  'gi',
);
/** A number as a sentence writes it, in digits or words ("1", "600,000", "3.1", "sixty"). */
const NUMBER = new RegExp(String.raw`\d+(?:[.,]\d+)*|\b(?:${COUNT_WORDS})(?:-\w+)?\b`, 'gi');

/**
 * Whether one statement corrects a figure the other states: "The production cut … will remove only about
 * 600,000 barrels per day from the market, not 1 million" against "OPEC+ agreed … to cut oil output by a
 * further 1 million barrels per day" — the correction restates the other's figure inside a frame of its
 * own, as a denial restates the charge.
 */
function correctsFigure(a: string, b: string): boolean {
  const corrected = (x: string) =>
    new Set(
      Array.from(x.matchAll(CORRECTED), (m) => numberValue((m[1] ?? m[2]) as string)).filter(
        (v) => v !== undefined,
      ),
    );
  const stated = (x: string, skip: ReadonlySet<number>) =>
    Array.from(x.matchAll(NUMBER), (m) => numberValue(m[0])).some((n) => n !== undefined && skip.has(n));
  if (!FIGURE_CUE.test(a) || !FIGURE_CUE.test(b)) return false;
  const inA = corrected(a);
  const inB = corrected(b);
  return (
    (inA.size > 0 && inB.size === 0 && stated(b, inA)) || (inB.size > 0 && inA.size === 0 && stated(a, inB))
  );
}

/**
 * What a statement says another source states wrongly: "not" and the other's words, then that source and
 * its verb ("31% … never reaches a tap, not the quarter the council cites"; "in the first week of
 * November, not mid-October as the council says"). The words are what the other statement holds.
 */
const CORRECTED_CITED = new RegExp(
  String.raw`\bnot\s+(?:the\s+|a\s+|an\s+)?((?:[\p{L}\p{N}%'’-]+\s+){0,3}?[\p{L}\p{N}%'’-]+)\s+(?:(?:as|that)\s+)?(?:the|its|their|his|her)\s+(?:\w+\s+){0,2}?(?:(?:has|have|had)\s+)?(?:${FIGURE_SOURCE_VERBS.join('|')})\b`,
  'giu',
);

/**
 * Whether one statement says that the other's words are not so, naming the source that states them: a
 * correction of any words, not only of a figure ({@link correctsFigure}); the other must hold every
 * word corrected.
 */
function correctsCited(a: string, b: string): boolean {
  const holds = (corrector: string, other: string) => {
    // the pattern's opening first, and the other's words only for a correction found: most statements
    // have neither, and this is asked of pairs of statements (issue 17)
    if (!CORRECTION_OPENS.test(corrector)) return false;
    let words: Set<string> | undefined;
    for (const m of corrector.matchAll(CORRECTED_CITED)) {
      const cited = Array.from((m[1] as string).matchAll(PLAIN_WORD), (w) => lowerWord(w[0]));
      words ??= new Set(Array.from(other.matchAll(PLAIN_WORD), (w) => lowerWord(w[0])));
      if (cited.length > 0 && cited.every((w) => (words as Set<string>).has(w))) return true;
    }
    return false;
  };
  return holds(a, b) !== holds(b, a);
}

/** What {@link CORRECTED_CITED} opens with, with its flags: a statement without it corrects nothing. */
const CORRECTION_OPENS = /\bnot\s/iu;

/** A digit or a number word: a statement without one corrects or states no figure. */
const FIGURE_CUE = new RegExp(String.raw`\d|\b(?:${COUNT_WORDS})\b`, 'i');

/** Whether a statement denies what another side says: {@link DENIAL} or {@link FALSITY}. */
function denies(text: string): boolean {
  return DENIAL.test(text) || FALSITY.test(text);
}

/** Why two statements of one claim oppose each other, or null when they do not. */
function conflict(
  a: Statement,
  b: Statement,
  mentions: ActorMentions,
  lexicon: ValenceLexicon,
): string | null {
  // only versions of one statement can oppose: related ones ("the bank cut rates", "the peso fell after
  // the bank cut rates") may differ in numbers, negation or tone without contradicting each other
  const r = b.r ?? 0;
  // one side's denial of what the other says ("Parents' groups criticised the agency for acting too
  // slowly" against "The minister rejected criticism that the agency had reacted too slowly"): the
  // denial restates the charge inside a frame of its own, so it relates to it less closely than two
  // versions of one statement do, and the pair is a claim (SUBJECT_MIN) already
  if (denies(a.s.text) !== denies(b.s.text)) return 'denial';
  // a figure one side gives and the other corrects ("… not 1 million"), at any relatedness that makes
  // a claim, for the same reason
  if (correctsFigure(a.s.text, b.s.text) || correctsCited(a.s.text, b.s.text)) return 'correction';
  // one fact given other figures, in statements of one claim of the same days: "The two-day strike by
  // pilots in August cost the airline 25 million euros" against "the two-day walkout cost the airline
  // at least 40 million euros"; "open four new routes" against "Six new routes are planned" (a
  // statement of other figures joins a claim only as a version that disputes it, so without this such
  // sources were no claim at all, or, with the figure in words, supported it)
  if (
    sameNewsDays(a.s.article, b.s.article) &&
    !otherTimes(a.date, b.date) &&
    !(ofItsOwnDay(a) && ofItsOwnDay(b) && a.date !== b.date) &&
    // shares and sums (per cent, money) of one thing only in versions of one statement: "the aircraft have
    // a catalogue value of $1.78 billion" and "of US$3.5 billion" in reports of two airlines' orders (0.56)
    oneFactOtherFigures(figuresIn(a), figuresIn(b), r >= VERSION_MIN)
  )
    return 'figures';
  // one toll given other values ("killing at least 12 people" against "15 people have died"), or one
  // count a little apart ("all 212 local areas" against "214 areas")
  if (countedApart(a, b) || figuredApart(a, b)) return 'figures';
  // one thing set before an event in one and after it in the other, in statements of one claim of the
  // same days: "warned investors about the strike's cost before the walkout began" against "told
  // investors of the strike's cost only after the walkout had ended" had stood as supporting it
  if (
    sameNewsDays(a.s.article, b.s.article) &&
    !otherTimes(a.date, b.date) &&
    saysOtherOrder(a.s.text, b.s.text)
  )
    return 'order';
  if (r < VERSION_MIN) return null;
  if (r >= DETAIL_MIN && a.text.negated !== b.text.negated) return 'negation';
  // one fact said with words of opposite meaning, in versions of one statement of the same days: "The
  // tunnel failed its safety inspection in January" against "Andes Copper said the tunnel had passed a
  // safety inspection in January" (0.72), which had stood as supporting it
  // and one negating a word the other states, in such versions
  if (sameNewsDays(a.s.article, b.s.article) && !otherTimes(a.date, b.date)) {
    if (saysOpposite(a.s.text, b.s.text)) return 'opposite';
    if (negatesWhatOtherStates(a.s.text, b.s.text)) return 'negation';
  }
  if (
    r >= DETAIL_MIN &&
    sameNewsDays(a.s.article, b.s.article) &&
    quantitiesDiffer(quantitiesOf(a.s.text), quantitiesOf(b.s.text))
  )
    return 'numbers';
  // one figure in the same words, another value, in versions of one statement: "reduced deaths among
  // young children by 32 percent" against "reduced deaths by 24 percent" (0.64): the number sits in the
  // part both share, so the pair need not be closer; not figures of two days ("fell by 3 percent today"
  // in reports of 6 and 7 October)
  if (
    r >= VERSION_MIN &&
    sameNewsDays(a.s.article, b.s.article) &&
    !otherTimes(a.date, b.date) &&
    !(ofItsOwnDay(a) && ofItsOwnDay(b) && a.date !== b.date) &&
    sameSlotOtherValue(a.s.text, b.s.text)
  )
    return 'numbers';
  // other dates for one event; not two reports each of its own day ("have fallen dramatically today"
  // on 6 October, "continued to fall dramatically today" on the 7th: two days' falls), nor one weekday
  // both name, which each report's tense resolved another way ("would call both sides to new talks on
  // Thursday" against "which meets both sides on Thursday": the sources agree, the reading differs)
  if (
    r >= DETAIL_MIN &&
    sameNewsDays(a.s.article, b.s.article) &&
    otherTimes(a.date, b.date) &&
    !ofItsOwnDay(a) &&
    !ofItsOwnDay(b) &&
    !sameWeekday(a.s.text, b.s.text)
  )
    return 'dates';
  const inB = new Map(mentions.find(b.s.text).map((m) => [m.actor, m]));
  for (const m of mentions.find(a.s.text)) {
    const other = inB.get(m.actor);
    if (!other) continue;
    // only clear stances: a factual report the model reads as faintly positive in one source and
    // faintly negative in another is no dispute
    const x = clearStance(a.s.text, m, lexicon);
    const y = x && clearStance(b.s.text, other, lexicon);
    if (x && y && x !== y) return 'stance';
  }
  return null;
}

/** The one word that stands for an actor in {@link withActorWords}. */
function actorWord(name: string): string {
  return `actor${name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')}`;
}

/**
 * A sentence with each actor mention replaced by one word for the actor, so that sentences naming an
 * actor differently still share it.
 * @param text a sentence
 * @param mentions finds the brief's actors
 * @returns the sentence with words such as `actorunitedstates` in place of the mentions
 */
export function withActorWords(text: string, mentions: ActorMentions): string {
  let out = '';
  let at = 0;
  for (const m of mentions.find(text)) {
    out += `${text.slice(at, m.from)} ${actorWord(m.actor)} `;
    at = m.to;
  }
  return out + text.slice(at);
}

/**
 * The word that gives each actor word its meaning: the first of the actor's name and aliases that is one
 * word with a vector ("france" for France, "french" for an actor named only by its adjective), so that
 * an actor relates to other words as its name would; two actor words still relate only when they are
 * the same actor (see `named` in `ClaimText`).
 */
function actorMeanings(mentions: ActorMentions): Map<string, string> {
  const vectors = wordVectors();
  const out = new Map<string, string>();
  for (const { name, aliases } of mentions.actors) {
    const word = [name, ...aliases].map((x) => x.toLowerCase()).find((x) => vectors.rank(x) !== undefined);
    if (word) out.set(actorWord(name), word);
  }
  return out;
}

function rank(statements: readonly Statement[], a: number, b: number): number {
  const x = (statements[a] as Statement).s;
  const y = (statements[b] as Statement).s;
  return (
    y.score - x.score ||
    (x.article.id < y.article.id ? -1 : x.article.id > y.article.id ? 1 : x.start - y.start)
  );
}

function describeClaim(members: Statement[], mentions: ActorMentions, lexicon: ValenceLexicon): Claim {
  const [lead, ...others] = members as [Statement, ...Statement[]];
  const citeOf = (m: Statement): Citation => cite(m.s.article, m.s.start, m.s.end);
  const ordered = [...members].sort((a, b) => (a.s.article.id < b.s.article.id ? -1 : 1));
  const opposed = new Set(others.filter((m) => conflict(lead, m, mentions, lexicon) !== null));
  return {
    text: trimPoint(lead.s.text),
    sourceIds: ordered.map((m) => m.s.article.id),
    citations: ordered.map(citeOf),
    stances: ordered.map((m) => ({
      sourceId: m.s.article.id,
      stance: opposed.has(m) ? 'disputes' : 'supports',
      citations: [citeOf(m)],
    })),
    disputed: opposed.size > 0,
  };
}
