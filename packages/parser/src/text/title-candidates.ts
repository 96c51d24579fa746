import type { BodyBlock } from '../extraction.js';
import { holdsCredit } from './credit-lines.js';
import { isFurnitureLine, isPointerLabel } from './furniture-lines.js';
import { isHeadline, isNoHeadline, isShortName, MIN_WORDS } from './headline-shape.js';
import { type CandidateLine, copiesOf, keyOf, markQuoted } from './line-copies.js';
import { looksLikeByline } from './looks-like-byline.js';
import { inMenu } from './menu-lines.js';
import { lastCrumb } from './title-crumb.js';
import type { TitleCandidate } from './title-features.js';
import { hasMoreWords, longTerms, startsCapital, words } from './title-words.js';

// patterns of the functions below, made once: a pattern written inside a function is a new object at
// each call (issue 17)
/** White space between words. */
const SPACES = /\s+/;
/** A separator between spaces (`|`, a dash). */
const SEPARATOR = /\s[|–—-]\s/;
/** A question or an exclamation mark closing a line, maybe inside a quotation mark. */
const QUESTION_END = /[?!]["'”’»]?$/;
/** A quotation mark opening a line. */
const QUOTE_START = /^["'“‘«„]/;
/** A sentence's end closing a line. */
const SENTENCE_END = /[.!?]$/;

/** A set of words, as far as it is asked here: whether it holds one. */
interface WordSet {
  has(word: string): boolean;
}

/**
 * How many lines above the body a headline may stand. On trafilatura-eval half A, 150 or 250 lines
 * find 6 more titles but rank worse (0.63 against 0.64 of titles right).
 */
export const MAX_LOOKBACK = 80;
/**
 * The long words at which `contentWords` stops counting. On trafilatura-eval half A (4-fold
 * cross-validated right picks, retrained in each fold; 305 without the feature): 6 gives 308, 8 309,
 * 12 306; half B 299, 300, 298 of 417.
 */
const CONTENT_WORDS = 8;
/**
 * The most words of a line that `dekBelow` takes for a label over the headline, not a headline over
 * its dek, when the line under it does not close on a full stop and it holds no label's colon. Of the
 * candidates `dekBelow` marked on trafilatura-eval, 76 were the title and 61 the line right over it on
 * half A (half B 65 / 57, `eval:unseen` 9 / 17); of four words or fewer, 9 / 38 (B 8 / 30, unseen 0 /
 * 8); with the line under closing on a full stop, 23 / 1 (B 25 / 1, unseen 4 / 0). With 4, half A wins
 * two titles and loses none, half B and `eval:unseen` unchanged (committed weights, not retrained);
 * 3 wins one on half A, 5 loses one on half B. The full stop keeps two dev headlines of four words over
 * their deks and the colon one `eval:unseen` headline, "Evolve: Shared Mutable History" (a class read
 * on `eval:unseen`): no reference title counts them, so no figure moves with either.
 */
const DEK_LABEL_WORDS = 4;
/** Characters of the body's opening a headline is compared with. */
const LEAD_CHARS = 2000;
/**
 * The most words of a line in capitals that `allCapitals` weighs as a label. On trafilatura-eval's
 * candidates in capitals, 6 of 340 of four words or fewer are the title, 15 of 78 of five or more; with
 * 6, half B wins one title (a headline of 10 words in capitals) and `eval:unseen` one, none lost; with 4,
 * half B also loses one (a line of five words in capitals takes the place of a name of two); 8 gives
 * the titles of 6.
 */
const CAPITAL_LABEL_WORDS = 6;
/**
 * The fewest words of a line between a candidate and the body that `proseBelow` counts: a dek, a
 * teaser's blurb or a lead-in under the headline. Measured on trafilatura-eval text (candidates ranked
 * in memory, the committed model plus `proseBelow` weighted by hand, 1: `data/title-model.json` is not
 * retrained), any long line: 12 words half A 324 → 328 of 428 titles, half B 316 → 317 of 417; 10 words
 * 328 / 317, 8 words 330 / 314 (captions and calls count), 15 words 327 / 316, 20 words 324 / 316;
 * weights 0.75 and 1 alike, 1.5 lose. A long line right over the body of zyte-dev (a date and a byline
 * in one line, title-cased) took 3 headlines there, hence only a sentence-cased line that echoes the
 * opening (as `dekBelow` asks, 0.4): `eval:titles` text half A 0.759 → 0.766, half B 0.763 → 0.767.
 */
const PROSE_BELOW_WORDS = 12;

/**
 * The most words of the headline under a kicker that `overHeadline` reads (a longer line is a dek more
 * often). Measured on trafilatura-eval text (weight -1 by hand on the committed model, not retrained):
 * 12 words half A 331 → 332 of 428 titles, half B 323 → 324 of 417; 30 words 332 / 323. With a
 * headline right over the body taken in place of one over its own date or byline (for a kicker of 6
 * words or fewer) half A 333, half B 318: a headline over its short dek reads as a kicker; without the
 * copy clause 331 / 322.
 */
const OVER_HEADLINE_WORDS = 12;
/**
 * How far above the body the headline under a kicker stands at most, in lines (see `overHeadline`): its
 * date or byline and a caption between. On trafilatura-eval text, 3 and 5 give the same titles (5 moves
 * two pages missed either way); with no limit 331 / 323 (a review's headline over its date gives way to
 * a line of tags over it).
 */
const OVER_HEADLINE_REACH = 3;

// patterns of the functions below, made once: inside a function a pattern with \p{…} outside a class
// is built by `new RegExp` at each call in the bundle (esbuild lowers it for Node targets)
const HAS_LETTER = /\p{L}/u;
const HAS_LOWER = /\p{Ll}/u;
const EXCLAMATION_END = /[!…]\P{L}*$/u;
/** A full stop or a question mark inside closing quotation marks at the end of a line. */
const QUOTE_END = /[.?]["”’»']+$/;

/**
 * The lines above the body that could be the headline: lines of 3 to 30 words that do not end like a
 * sentence, are no menu copied as one line, no dateline and no byline, each with what tells a headline
 * (see {@link TITLE_FEATURES}).
 * @param lines the page's non-empty lines
 * @param bodyStart index of the first body line
 * @param isDateline whether a line is a dateline
 * @param lead the opening of the body: its first lines
 * @returns the candidates, top of the page first; the last may be the body's first line
 */
export function titleCandidates(
  lines: readonly BodyBlock[],
  bodyStart: number,
  isDateline: (index: number) => boolean,
  lead: readonly string[],
): TitleCandidate[] {
  const from = Math.max(0, bodyStart - MAX_LOOKBACK);
  // the body's first line is compared with the lines after it, any other line with both
  const restWords = new Set(longTerms(lead.slice(1).join(' ').slice(0, LEAD_CHARS)));
  // the whole opening's words, asked of both sets: no copy of the larger one is made
  const firstWords = new Set(longTerms((lead[0] ?? '').slice(0, LEAD_CHARS)));
  const leadWords: WordSet = { has: (w) => restWords.has(w) || firstWords.has(w) };
  const found: CandidateLine[] = [];
  const last = lead.length > 1 ? bodyStart : bodyStart - 1;
  // the body's first line ends like a sentence and is short: a candidate only when no line above it
  // reads as the headline
  let sentenceFirst = false;
  // each line is read as a byline once, however many candidates stand near it (0: not read yet)
  const bylines = new Int8Array(last - from + 4);
  const isBylineLike = (j: number) => {
    const k = j - from;
    if (bylines[k] === 0) bylines[k] = looksLikeByline((lines[j] as BodyBlock).text) ? 1 : 2;
    return bylines[k] === 1;
  };
  // a dateline or a byline right under a line, above the body
  const isMarked = (i: number) => i + 1 < bodyStart && (isDateline(i + 1) || isBylineLike(i + 1));
  for (let i = from; i <= last; i++) {
    // a breadcrumb trail stands for its last part, the page's name
    const line = (lines[i] as BodyBlock).text;
    const text = lastCrumb(line) ?? line;
    if (
      !(
        isHeadline(text) ||
        // a name of one or two words: one the body's opening repeats whole, or one right over its date
        // or its author ("Nebelsuppe." over "Posted on 24 January 2020 by …"); on trafilatura-eval half
        // A the title is then among the candidates of 371 pages of 428 (362 before), and with
        // `fewEchoed` the model picks it on 311 (308 before; 4-fold cross-validated 302 → 306)
        (i < bodyStart &&
          isShortName(text) &&
          (isEchoedName(text, leadWords, lines, i, bodyStart) || (HAS_LETTER.test(text) && isMarked(i))))
      ) ||
      isDateline(i) ||
      isNoHeadline(text) ||
      inFieldList(lines, i)
    )
      continue;
    // the body's first line ending in an exclamation mark or a full stop is a sentence more often than
    // a headline (a quote closing on '."' stays one: a fact-check's claim is its title), unless it is
    // shaped as a headline of a label and its words ("Sunday Thoughts: Still here, a little lost!"), or
    // is short and nothing above it reads as a headline (see `headlineAbove`, below)
    if (i === bodyStart && (EXCLAMATION_END.test(text) || text.endsWith('.')) && !isLabelledHeadline(text)) {
      if (hasMoreWords(text, SENTENCE_HEADLINE_WORDS)) continue;
      sentenceFirst = true;
    }
    // so is one closing on a quotation's full stop or question mark ('… Iran's nuclear program."',
    // '… any un-angry supporters?"') in more than SENTENCE_HEADLINE_WORDS words: a lead's first sentence
    // that ends on its quote; a shorter one stays a candidate (a fact-check's claim is its title)
    if (i === bodyStart && QUOTE_END.test(text) && hasMoreWords(text, SENTENCE_HEADLINE_WORDS)) continue;
    found.push({
      index: i,
      text,
      key: keyOf(text),
      own: longTerms(text),
      all: text.split(SPACES).filter(Boolean),
      trimmed: text.trim(),
      quoted: false,
    });
  }
  const counts = copiesOf(lines, found);
  const echoOf = (own: readonly string[], known: WordSet) =>
    own.length === 0 ? 0 : own.filter((w) => known.has(w)).length / own.length;
  markQuoted(found, lines);
  // a line above the body reads as the headline when the page prints it twice or quotes it in a longer
  // line, when a date or a byline stands right under it, when it says what the body says (half its
  // long words, as for `firstEcho`), or when it stands right over the body and is more than a label of
  // four words (`short`): with labels of three words or more, half B loses the 2 titles the rule wins
  // ("Sign me up!" and a slogan of four words stand right over them); without the clause, no titled page
  // changes but a headline right over a short lead sentence gives way to it (fixture
  // text-title-over-a-short-lead)
  const headlineAbove = () =>
    found.some(
      (f) =>
        f.index < bodyStart &&
        ((f.index === bodyStart - 1 && f.all.length > 4) ||
          (counts.get(f.key) ?? 0) > 1 ||
          f.quoted ||
          isMarked(f.index) ||
          echoOf(f.own, leadWords) >= 0.5),
    );
  // the sentence is the body's lead, as before this rule: the other candidates' features are those of
  // a page without it
  if (sentenceFirst && headlineAbove()) found.pop();
  const firstEcho = found.findIndex((f) => echoOf(f.own, leadWords) >= 0.5);
  // the lowest line above the body of PROSE_BELOW_WORDS words or more that says what the body says (as
  // `dekBelow` reads a dek): the candidates above it have their dek under them (see `proseBelow`)
  let lowestProse = -1;
  for (let j = bodyStart - 1; j >= from && lowestProse < 0; j--) {
    const text = (lines[j] as BodyBlock).text;
    if (
      hasMoreWords(text, PROSE_BELOW_WORDS - 1) &&
      !isDateline(j) &&
      !isBylineLike(j) &&
      isSentenceCased(text) &&
      echoOf(longTerms(text), leadWords) >= 0.4
    )
      lowestProse = j;
  }
  const byIndex = new Map<number, CandidateLine>();
  for (const f of found) byIndex.set(f.index, f);
  // a date line or a byline within 2 lines under a line, above the body
  const markedTwo = (j: number) =>
    isMarked(j) || (j + 2 < bodyStart && (isDateline(j + 2) || isBylineLike(j + 2)));
  // the line right under a candidate (past a date line or a byline) is another candidate, a headline's
  // shape of OVER_HEADLINE_WORDS words at most, with its own date or byline within 2 lines under it,
  // echoing the opening at least as much as the candidate and not a copy of it (half its long words not
  // the candidate's): the candidate is a kicker over the headline, and the date or byline that
  // `markBelow` and `nearByline` credit it with is the headline's (see `overHeadline`). Without the
  // echo clause a headline over its document's label and date ("Research note — Ports and shipping",
  // fixture text-byline-name-and-role) reads as a kicker; eval:titles is the same with it or without
  const overHeadline = (index: number) => {
    let j = index + 1;
    if (j < bodyStart && (isDateline(j) || isBylineLike(j))) j++;
    const h = byIndex.get(j);
    if (h === undefined || j >= bodyStart || j < bodyStart - OVER_HEADLINE_REACH || !markedTwo(j))
      return false;
    if (h.all.length < MIN_WORDS || h.all.length > OVER_HEADLINE_WORDS || h.text.endsWith('.')) return false;
    const c = byIndex.get(index) as CandidateLine;
    if (echoOf(h.own, leadWords) < echoOf(c.own, leadWords)) return false;
    const mine = new Set(c.own);
    return h.own.filter((w) => mine.has(w)).length * 2 < h.own.length;
  };
  const candidateOf = ({ index, text, key, own, all, quoted }: CandidateLine, k: number): TitleCandidate => {
    const n = all.length;
    const inBody = index === bodyStart;
    const echo = echoOf(own, inBody ? restWords : leadWords);
    const below = lines[index + 1]?.text ?? '';
    const dekBelow =
      (n > DEK_LABEL_WORDS || LABEL_COLON.test(text) || below.endsWith('.')) &&
      // a sentence over a long line (a caption, "You can skip this ad in 5 seconds.") is no headline
      // over its dek: the line under it is the headline. On trafilatura-eval, after the label clause:
      // half A 0.752 → 0.755, half B 0.753 → 0.755, `eval:unseen` 50 → 51 of 93, none lost; with a
      // picture's credit too, half B 0.758; with furniture lines too, half A 0.752, B 0.760
      !text.endsWith('.') &&
      index + 1 < bodyStart &&
      words(below) >= 8 &&
      echoOf(longTerms(below), leadWords) >= 0.4
        ? 1
        : 0;
    let nearDateline = 0;
    let nearByline = 0;
    let markBelow = 0;
    for (let d = -3; d <= 3; d++) {
      const j = index + d;
      if (d === 0 || j < 0 || j >= lines.length) continue;
      const dateline = isDateline(j);
      if (dateline) nearDateline = 1;
      if (d > 0 && nearByline === 0 && isBylineLike(j)) nearByline = 1;
      if (d > 0 && d <= 2 && j < bodyStart && (dateline || isBylineLike(j))) markBelow = 1;
    }
    const features = [
      echo,
      Math.min(Math.round(echo * own.length), 4) / 4,
      (counts.get(key) ?? 0) > 1 ? 1 : 0,
      nearDateline,
      k === 0 ? 1 : 0,
      Math.log1p(Math.max(0, bodyStart - index - 1)) / Math.log1p(MAX_LOOKBACK),
      Math.min(1, Math.log1p(found.length - 1 - k) / Math.log1p(20)),
      n / 30,
      n <= 4 ? 1 : 0,
      n <= 2 ? 1 : 0,
      SEPARATOR.test(text) ? 1 : 0,
      QUESTION_END.test(text) ? 1 : 0,
      all.filter(startsCapital).length / n,
      inMenu(lines, index) ? 1 : 0,
      HAS_LOWER.test(text) || n > CAPITAL_LABEL_WORDS ? 0 : 1,
      LABEL_COLON.test(text) ? 1 : 0,
      QUOTE_START.test(text) ? 1 : 0,
      all.filter((w) => NUMBER.test(w)).length / n,
      n > 15 && text.includes(',') ? 1 : 0,
      isFurnitureLine(text, n) ? 1 : 0,
      k === firstEcho ? 1 : 0,
      dekBelow,
      inBody ? 1 : 0,
      holdsCredit(text) ? 1 : 0,
      underPointer(lines, index) ? 1 : 0,
      nearByline,
      quoted ? 1 : 0,
      text.endsWith('.') ? 1 : 0,
      markBelow,
      index + 1 < bodyStart && words(below) >= 8 && SENTENCE_END.test(below) ? 1 : 0,
      n <= 2 && own.length > 0 && echo === 1 ? 1 : 0,
      Math.min(own.length, CONTENT_WORDS) / CONTENT_WORDS,
      index < lowestProse ? 1 : 0,
      overHeadline(index) ? 1 : 0,
    ];
    return { index, text, features };
  };
  const candidates: TitleCandidate[] = [];
  for (let k = 0; k < found.length; k++) candidates.push(candidateOf(found[k] as CandidateLine, k));
  return candidates;
}

/** Fewer than half its words start with a capital: a sentence, not a title, a date or a byline. */
function isSentenceCased(text: string): boolean {
  const all = text.split(SPACES).filter(Boolean);
  return all.filter(startsCapital).length * 2 < all.length;
}

/**
 * The most words of a line opening the body, ending like a sentence, that is still read as a headline
 * of a label and its words. On trafilatura-eval half A, 10, 15 and 20 words give the same titles (two
 * more right, 3 lines admitted); with 30, half B loses the page it gains.
 */
const LABELLED_HEADLINE_WORDS = 15;

/**
 * The most words of a line opening the body, ending like a sentence, that is a candidate when no line
 * above reads as the headline ("Marsh harriers came back this spring. Now they are nesting again." under
 * menu labels). On trafilatura-eval, 15 words win 3 titles (half A 1, half B 2) and lose none; 10 loses
 * the one of 14 words, 30 wins no more.
 */
export const SENTENCE_HEADLINE_WORDS = 15;

/**
 * Whether a line ending like a sentence is shaped as a headline: a label, a colon and the words it
 * heads, in {@link LABELLED_HEADLINE_WORDS} words at most ("Winter running: from 'meh!' to 'yes!' in
 * 12 months."). The first sentence of a lead seldom opens on a label.
 */
function isLabelledHeadline(text: string): boolean {
  return LABEL_COLON.test(text) && !hasMoreWords(text, LABELLED_HEADLINE_WORDS);
}

/** A colon after a word and before a space, as in "Coronavirus: New York …" (the `colon` feature's test). */
const LABEL_COLON = /\S:\s/;

/**
 * A field of a details list: a label of {@link FIELD_LABEL_WORDS} words at most, a colon and its value
 * ("Lives In: Harrow Vale", "Reihe: Die stillen Jahre").
 */
const FIELD = /^\s*[^\s:][^:]{0,40}:\s+\S/u;
const FIELD_LABEL_WORDS = 3;
/** How many other fields among the {@link FIELD_REACH} lines over and under make a line one of a list. */
const FIELD_NEIGHBOURS = 2;
const FIELD_REACH = 2;

/** A field's label (the words before its colon), or null when the line is no field. */
function fieldLabel(text: string): string | null {
  if (!FIELD.test(text)) return null;
  const label = text.slice(0, text.indexOf(':')).trim();
  return label.split(SPACES).length <= FIELD_LABEL_WORDS ? label.toLowerCase() : null;
}

/**
 * Whether a line is one field of a details list (a recipe's or a book's facts, an infobox, the heads of
 * minutes): it and {@link FIELD_NEIGHBOURS} of the lines within {@link FIELD_REACH} of it are each a
 * label, a colon and a value, their labels other than its own. A headline with a label ("Corona: Report
 * …") stands alone, or beside its own copy and a teaser's.
 */
function inFieldList(lines: readonly BodyBlock[], index: number): boolean {
  const label = fieldLabel((lines[index] as BodyBlock).text);
  if (label === null) return false;
  let n = 0;
  for (let j = index - FIELD_REACH; j <= index + FIELD_REACH; j++) {
    if (j === index || j < 0 || j >= lines.length) continue;
    const other = fieldLabel((lines[j] as BodyBlock).text);
    if (other !== null && other !== label && ++n >= FIELD_NEIGHBOURS) return true;
  }
  return false;
}

/** Whether one of the two lines above a line is a pointer label ("Related Content"): the line is a teaser. */
function underPointer(lines: readonly BodyBlock[], index: number): boolean {
  for (let j = index - 1; j >= index - 2 && j >= 0; j--)
    if (isPointerLabel((lines[j] as BodyBlock).text)) return true;
  return false;
}

/**
 * A name of one or two words that may title the page (see {@link isShortName}): the body's opening
 * repeats it whole ("Baumgutachten", "Bee Simulator"), the title of a page about one thing, and no run of
 * short lines (a menu) holds it unless it stands within 2 lines above the body (a page's name closing
 * its menu: on half A, 4-fold cross-validated right picks 308 with this, 299 without). A name over a
 * headline (its section, "Essay") was left out before; it is a candidate now and the model weighs it
 * (cross-validated 306 without that test against 303 with it; one section label of half B taken).
 * Within 2 lines above the body, one of its long words in the opening is enough ("Pruning roses" over
 * an opening that speaks of pruning, not of roses): half A wins 1 title, half B 2, none
 * lost.
 */
function isEchoedName(
  text: string,
  leadWords: WordSet,
  lines: readonly BodyBlock[],
  index: number,
  bodyStart: number,
): boolean {
  const own = longTerms(text);
  if (own.length === 0) return false;
  if (index >= bodyStart - 2) return own.some((w) => leadWords.has(w));
  return own.every((w) => leadWords.has(w)) && !inMenu(lines, index);
}

/** A number, maybe with its punctuation: "2022", "6,000", "19.5.2007", "(3)". */
const NUMBER = /^\P{L}*\d[\d.,:/-]*\P{L}*$/u;
