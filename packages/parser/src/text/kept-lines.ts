// The lines of the selected region kept as the article's body, less its furniture, labels and boxes.
import type { BodyBlock } from '../extraction.js';
import type { BodyRegion, BodyTrace } from './body-region.js';
import type { Box } from './bridge-box.js';
import { isListMarker, type LineKind, shapeOf } from './classify-lines.js';
import { wordsIn } from './count-words.js';
import { isCreditLine } from './credit-lines.js';
import { parseByline } from './find-byline.js';
import { isFurnitureLine, isPointerLine } from './furniture-lines.js';
import { inBox } from './in-box.js';
import { isStamp } from './lead-under-stamp.js';
import { bodyVocabulary, foreignCards, foreignHeadlines, labelledCards, linkBoxLines } from './link-box.js';
import { isMarkedLink } from './link-marks.js';
import { isMarkupLine } from './markup-lines.js';
import { moreLabelItems } from './more-label.js';
import { isNoticeLine } from './notice-lines.js';
import { openingCaption } from './opening-caption.js';
import { orphanLabels } from './orphan-labels.js';
import { headsParagraph, isCaption } from './photo-caption.js';
import type { RecipeAbove, RecipeCard } from './recipe-card.js';
import { isServerError } from './server-errors.js';
import { isShortSentence } from './short-sentences.js';
import {
  echoedHeadings,
  isShortSubheading,
  listedSubheadings,
  sectionHeadings,
  siblingSubheadings,
} from './short-subheadings.js';
import { isCallToReader } from './sign-off-lines.js';
import { teaserAbovePointer } from './teaser-above-pointer.js';
import { teaserLines } from './teaser-links.js';

/**
 * A "By Name" byline inside the body is at most this many words (with a date and time after it).
 * Measured on zyte-dev and trafilatura-eval text: zyte 0.956 → 0.957 (P 0.956 → 0.957), trafilatura-eval
 * fp −1, HTML unchanged; "Name – Role" lines are left alone (brand – description subheadings read so).
 */
const MAX_BYLINE_WORDS = 20;
/**
 * Lines inside the body shorter than this, in words, are labels ("Advertisement", "Photo"). Longer short
 * lines stay, but for a site's notice (a privacy, terms or cookie line, see isNoticeLine: classifyLines
 * makes it a short line however well it reads) beside a box's line in a text scrape (see inBox: a
 * sentence of the article that names a privacy policy stays). Measured on trafilatura-eval text
 * (tp/fp): half A 1331/104 and half B 1268/98 unchanged; zyte-dev text P 0.9654 → 0.9661, R 0.9610 →
 * 0.9612, F1 0.9632 → 0.9636 (a recaptcha notice under a newsletter box); saved HTML not looked at.
 */
const MIN_INNER_WORDS = 3;

/**
 * A clause (8 words or more in sentence case, no sentence's end: see classifyLines) standing alone (see
 * standsAlone) among the body's first this many kept lines is left out of text scrapes: so near the lead
 * it is the lead photo's caption, a pointer to another article or a live ticker's label more often than
 * a subheading. Measured on trafilatura-eval text (tp/fp): half A 1310/122 → 1309/117, half B 1252/108
 * → 1252/104, zyte-dev text 0.960 (P 0.960, R 0.961) → 0.962 (P 0.963, R 0.960), HTML not looked at.
 * Any clause, alone or not: A 1307/117 (a list's first item after its colon dropped); 3 lines A
 * 1307/119, 2 A 1309/121 (B the same), 6 costs both halves tp (A −4, B −4).
 */
const OPENING_LINES = 4;

/**
 * A date stamp (a short line holding a date with its day or a time of day, see isStamp) among the body's
 * first this many kept lines, or above them, is the article's metadata ("Published 19 February 2020,
 * updated 12:02" under a dek or the lead), left out of text scrapes as a byline is. Measured on
 * trafilatura-eval text (tp/fp): half A 1331/102 → 1331/101, half B 1268/98 → 1268/96, zyte-dev text
 * unchanged (one page's "Text: Name·24 September 2018" line left out); above the first kept line only,
 * no figure moves (the stamps there hold no snippet), and anywhere in the body A tp −2, B tp −2 (a
 * table's or a schedule's dated lines).
 */
const STAMP_LINES = 2;

/**
 * The lines of the region `best` kept as the body of {@link selectBody}: its text, less captions, calls
 * to the reader, notices, credits, a recipe card's furniture, labels, bylines, stamps, long boxes bridged
 * over and links. A function of its own so that a branch taken for the first time (a recipe card, a list
 * marker, a stamp) makes V8 compile this loop again, not the whole selection with it (issue 17).
 */
export function keptLines(
  lines: readonly BodyBlock[],
  kinds: readonly LineKind[],
  lengths: readonly number[] | undefined,
  scores: ArrayLike<number>,
  best: { first: number; last: number },
  box: Box,
  card: RecipeCard | null,
  cardFrom: number,
  above: RecipeAbove | null,
  labels: ReadonlySet<number>,
  steps: ReadonlySet<number>,
  scrape: boolean,
  trace: BodyTrace | undefined,
): BodyRegion | null {
  const keep: number[] = [];
  const calls: number[] = [];
  const labelsLeft: number[] = []; // labels past the opening, for sectionHeadings
  const repeatedLeft: number[] = []; // repeated labels of one or two words, for echoedHeadings
  let stamps = 0; // the stamps left out count among the opening's lines (see OPENING_LINES)
  const drop = (j: number, why: string) => trace?.dropped.set(j, why);
  const teasers = scrape ? teaserLines(lines, kinds, best.first, best.last, lengths) : new Set<number>();
  // and the teasers a pointer closes ("Read more" under a headline)
  if (scrape)
    for (const k of teaserAbovePointer(lines, kinds, best.first, best.last, lengths)) teasers.add(k);
  const linkBox = scrape ? linkBoxLines(lines, kinds, best.first, best.last) : new Set<number>();
  if (scrape && lengths !== undefined) {
    // other articles' headlines and teaser cards, read against one count of the body's words
    const vocabulary = bodyVocabulary(lines, best.first, best.last);
    for (const k of foreignHeadlines(lines, kinds, best.first, best.last, lengths, vocabulary))
      linkBox.add(k);
    for (const k of foreignCards(lines, kinds, best.first, best.last, lengths, vocabulary)) linkBox.add(k);
    for (const k of labelledCards(lines, kinds, best.first, best.last, lengths)) linkBox.add(k);
  }
  const headings =
    scrape && lengths !== undefined
      ? siblingSubheadings(lines, kinds, lengths, best.first, best.last)
      : new Set<number>();
  const listed =
    scrape && lengths !== undefined
      ? listedSubheadings(lines, kinds, lengths, best.first, best.last)
      : new Set<number>();
  for (let j = best.first; j <= best.last; j++) {
    const kind = kinds[j];
    const words = lengths ? (lengths[j] as number) : wordsIn((lines[j] as BodyBlock).text);
    if (isCaption(j, lines, kinds, scrape)) {
      drop(j, 'caption');
      drop(j + 1, 'caption');
      j++; // the credit line under it goes too
      continue;
    }
    // inside the article, subheadings and repeated interview questions are text too; one-word labels
    // ("Advertisement", "Photo") are not
    if (kind === 'caption') {
      drop(j, 'caption kind');
      continue;
    }
    // calls to share or subscribe, rights notices and credits, "read more" pointers, photo credits
    const text = (lines[j] as BodyBlock).text;
    // a box's call to sign up, join or support the site, inside the article as at its end (beside a line
    // that is not text: between two paragraphs it is the article's, '"Join us on Saturday," the union said')
    if (scrape && lengths !== undefined && inBox(j, kinds, lengths) && isCallToReader(text, words)) {
      calls.push(j);
      drop(j, 'call to the reader');
      continue;
    }
    // a notice the classifier took for a short line ("… Read our Privacy Policy.", "Terms of use")
    if (
      scrape &&
      lengths !== undefined &&
      kind === 'short' &&
      words >= MIN_INNER_WORDS &&
      inBox(j, kinds, lengths) &&
      isNoticeLine(shapeOf(text), words)
    ) {
      drop(j, 'notice line');
      continue;
    }
    if (isFurnitureLine(text, words) || isCreditLine(text, words)) {
      if (trace) drop(j, isFurnitureLine(text, words) ? 'furniture line' : 'credit line');
      continue;
    }
    // a "Read also: <headline>" line too long for a furniture line
    if (isPointerLine(text, words)) {
      drop(j, 'pointer line');
      continue;
    }
    // a line printed as a link by its marks ("Two responses so far »", ">> Other headline <<"), text scrapes
    if (scrape && isMarkedLink(text, words)) {
      drop(j, 'marked link');
      continue;
    }
    if (
      (card && j > cardFrom && j < card.ingredients) ||
      (above && j > above.intro[1] && j < above.ingredients)
    ) {
      drop(j, 'recipe card furniture'); // the card's title, rating, times
      continue;
    }
    if (above && j >= above.ingredients && j <= above.method) {
      if (words >= 1) keep.push(j);
      continue;
    }
    if (card && j >= card.ingredients && j <= card.method) {
      if (words >= 1) keep.push(j); // each ingredient, however short, and the two headings
      continue;
    }
    if (labels.has(j)) {
      drop(j, steps.has(j) ? 'numbered step' : 'interleaved label');
      continue;
    }
    if (isListMarker(text)) {
      drop(j, 'list marker'); // a step number: the step's text is kept
      continue;
    }
    if (isServerError(text)) {
      drop(j, 'server error'); // a PHP message printed into the page (see isServerError)
      continue;
    }
    if (isMarkupLine(text)) {
      drop(j, 'markup'); // raw HTML the scrape carries as text (see isMarkupLine)
      continue;
    }
    // a "By Jane Doe on Monday, …" line is the article's metadata, not its text
    if (words <= MAX_BYLINE_WORDS && parseByline(text)?.role === null) {
      drop(j, 'byline');
      continue;
    }
    // a date stamp under the body's first line or above it: the article's metadata, not its text
    if (scrape && (kind === 'short' || kind === 'repeated') && keep.length < STAMP_LINES && isStamp(text)) {
      stamps++;
      drop(j, 'stamp');
      continue;
    }
    // a long box bridged over (all of it when the lead was found under the page's stamp)
    if (j > box[0] && j < box[1] && ((scores[j] as number) <= 0 || box[2])) {
      drop(j, 'long box');
      continue;
    }
    // the lead photo's caption at the article's opening, told by its credit (and that credit's line)
    const caption =
      scrape && keep.length + stamps < OPENING_LINES ? openingCaption(j, lines, kinds, words) : 0;
    if (caption > 0) {
      drop(j, 'opening caption');
      if (caption === 2) drop(++j, 'opening caption');
      continue;
    }
    // a clause at the article's opening: a caption, a pointer to another article, a ticker's label
    if (
      scrape &&
      kind === 'clause' &&
      keep.length + stamps < OPENING_LINES &&
      standsAlone(j, lines, kinds) &&
      !pastLead(j, keep, lines, kinds, lengths)
    ) {
      drop(j, 'opening clause');
      continue;
    }
    if (linkBox.has(j) || teasers.has(j)) {
      drop(j, linkBox.has(j) ? 'linkBox' : 'teaserLines'); // related links, teaser cards
      continue;
    }
    if (
      kind === 'prose' ||
      kind === 'sentence' ||
      kind === 'clause' ||
      kind === 'row' ||
      kind === 'item' ||
      words >= MIN_INNER_WORDS ||
      // a one- or two-word subheading between two paragraphs (text scrapes: HTML has its heading elements)
      (scrape && lengths !== undefined && isShortSubheading(j, lines, kinds, lengths)) ||
      // one of three or more short lines between lines of text: the article's section headings
      headings.has(j) ||
      // a section heading the page's contents list again (text scrapes)
      listed.has(j) ||
      // a sentence of one or two words ("Yes.", "Nie wieder!"): dialogue, not a label (text scrapes)
      (scrape && isShortSentence(text)) ||
      // a heading of one or two words over a paragraph that uses its word ("Bookings" over "Bookings for
      // …"), where a label ("Advertisement", "Foto") names nothing of the text under it (text scrapes).
      // Measured (tp/fp; shingles missed): half A 1344/97, half B 1281/95 and trafilatura-eval unchanged,
      // zyte-dev text 1,332 → 1,330 missed (0.965), eval:unseen 15,157 → 15,099 (F 0.885 → 0.886, P 0.937
      // → 0.938); 90 lines kept on trafilatura-eval and zyte-dev, nearly all headings or listed names
      (scrape &&
        kind === 'short' &&
        kinds[j + 1] === 'prose' &&
        headsParagraph(text, (lines[j + 1] as BodyBlock).text))
    )
      keep.push(j);
    else {
      drop(j, `label (${kind})`);
      // past the opening (a label there is the lead's furniture), a label may head a section
      if (scrape && kind === 'short' && keep.length + stamps >= OPENING_LINES) labelsLeft.push(j);
      // a repeated one- or two-word line may be a heading the page's contents list again
      if (scrape && kind === 'repeated' && words >= 1 && words <= 2) repeatedLeft.push(j);
    }
  }
  // a one- or two-word heading over its section, once the lines under it are judged (text scrapes)
  const sections = lengths !== undefined ? sectionHeadings(labelsLeft, keep, lines, kinds, lengths) : [];
  // a one- or two-word heading printed once more above it, in a contents list or a header (text scrapes)
  if (lengths !== undefined) sections.push(...echoedHeadings(repeatedLeft, keep, lines, kinds));
  if (sections.length > 0) {
    for (const j of sections) trace?.dropped.delete(j);
    keep.push(...sections);
    keep.sort((a, b) => a - b);
  }
  // a label over a box that left the body, kept alone above the article's next part
  const orphans = scrape ? orphanLabels(keep, lines, kinds, lengths) : [];
  for (const j of orphans) {
    keep.splice(keep.indexOf(j), 1);
    drop(j, 'label of a box left out');
  }
  // a "more from" label closing the body, with the other pages' items under it
  for (const j of scrape ? moreLabelItems(keep, lines, kinds, lengths) : []) {
    keep.splice(keep.indexOf(j), 1);
    drop(j, "a 'more from' label and its teasers");
  }
  // a page that is a call (a newsletter's own page, a paywall's notice) keeps it, as trimSignOff does
  if (calls.length > 0 && keptWords(keep, lines, lengths) < CALLS_MIN_LEFT) {
    keep.push(...calls);
    keep.sort((a, b) => a - b);
  }
  return keep.length > 0 ? { first: best.first, last: best.last, keep } : null;
}

/**
 * Calls to the reader inside the body (see isCallToReader) are left out when what stays weighs at least
 * this many words (trimSignOff's MIN_LEFT). Measured on trafilatura-eval text (tp/fp): half A 1331/106 →
 * 1331/104 (a newsletter box, a paywall's notice, a shop's call to join), half B 1268/99 → 1268/98;
 * zyte-dev text P 0.9647 → 0.9654, R 0.9612 → 0.9610 (an author's call to watch his workshops, which
 * the answer keeps), F1 0.9629 → 0.9632. Without the floor a page whose only line was a call to support
 * the site had an empty body.
 */
const CALLS_MIN_LEFT = 50;

/** The words of the kept lines. */
function keptWords(
  keep: readonly number[],
  lines: readonly BodyBlock[],
  lengths?: readonly number[],
): number {
  let n = 0;
  for (const j of keep) n += lengths?.[j] ?? wordsIn((lines[j] as BodyBlock).text);
  return n;
}

/**
 * The paragraphs kept above a clause among the body's opening lines hold at least this many words when
 * the clause is a subheading past the lead, not the lead photo's caption. Measured on trafilatura-eval
 * half A's 40 opening clauses left out (2 or more paragraphs above, a paragraph under): at 150 words 4
 * lines, one a `with` snippet and three unscored section headings; under it a sign-up call (109 words
 * above, a `without` snippet) and a video's pointer (120) come in; zyte-dev text has no such clause.
 */
const LEAD_WORDS = 150;

/**
 * Whether a clause at line `j` stands past the article's lead: two paragraphs or more are kept above it,
 * of {@link LEAD_WORDS} words together, and a paragraph follows it. So placed it heads a section; a
 * caption, a pointer or a ticker's label sits by the lead.
 * @param j the clause's line
 * @param keep the lines kept so far
 * @param lines the page's lines
 * @param kinds their kinds
 * @param lengths their words, when counted
 */
function pastLead(
  j: number,
  keep: readonly number[],
  lines: readonly BodyBlock[],
  kinds: readonly LineKind[],
  lengths?: readonly number[],
): boolean {
  if (kinds[j + 1] !== 'prose') return false;
  const paragraphs = keep.filter((k) => kinds[k] === 'prose');
  return paragraphs.length >= 2 && keptWords(paragraphs, lines, lengths) >= LEAD_WORDS;
}

/**
 * Whether line `j` stands alone among lines of other kinds: no clause above or under it, and no line
 * ending in a colon above it (the items of a list the text introduces stay).
 */
function standsAlone(j: number, lines: readonly BodyBlock[], kinds: readonly LineKind[]): boolean {
  return (
    kinds[j - 1] !== 'clause' &&
    kinds[j + 1] !== 'clause' &&
    !(lines[j - 1] as BodyBlock | undefined)?.text.trimEnd().endsWith(':')
  );
}
