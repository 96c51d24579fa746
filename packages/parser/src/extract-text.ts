import { endsAsOrganisation, MONTH_NAMES } from '@briefing/model';
import type { VFile } from 'vfile';
import { composeMeta } from './compose-meta.js';
import { detectLanguage, languageSample } from './detect-language.js';
import type { BodyBlock, Extraction, FoundMeta } from './extraction.js';
import { readFrontMatter } from './front-matter.js';
import { composedText } from './html/composed-text.js';
import type { MarkdownLine } from './markdown-lines.js';
import { reportDropped } from './report-dropped.js';
import type { BodyRegion } from './text/body-region.js';
import { bylineLineAuthors, namesAuthor } from './text/byline-lines.js';
import { bylineUnderBody } from './text/byline-under-body.js';
import { withSpacedOpenings } from './text/byline-words.js';
import { classifyLines } from './text/classify-lines.js';
import { wordsIn } from './text/count-words.js';
import { DATE_LINE_LENGTH, dateUnderBody, dayIn } from './text/date-under-body.js';
import { datedBylineReaders } from './text/dated-byline.js';
import { detailLineAuthors } from './text/detail-line-author.js';
import { joinDropCaps } from './text/drop-caps.js';
import { findTrailingByline, parseByline, parseNameAndRole } from './text/find-byline.js';
import {
  findMasthead,
  findOutletPrefix,
  findSiteHeader,
  findSiteName,
  findToldOutlet,
  findWireCredit,
  mayTellOutlet,
} from './text/find-outlet.js';
import {
  type FoundDate,
  findDateline,
  foundDate,
  opensLead,
  withoutDateLabel,
  writesDayFirst,
  yearsMentioned,
  yearsMentionedIn,
} from './text/find-published.js';
import { acronymsIn, type FoundTitle, findTitle, tidyHeadline } from './text/find-title.js';
import { isDocumentKind, isSectionName } from './text/furniture-lines.js';
import { readsAsHeadline } from './text/headline-shape.js';
import { joinWrappedLines } from './text/join-wrapped-lines.js';
import { strictBylineAuthors } from './text/kept-byline.js';
import { keyOf, stripTrailingDate } from './text/line-copies.js';
import { nameAloneAuthors, nameBeforeRole, nameOverRelativeTime } from './text/name-alone.js';
import { nameOverDateLine, writerOverDate } from './text/name-over-date.js';
import { nameUnderLabel } from './text/name-under-label.js';
import { phrases } from './text/phrase-matcher.js';
import { withoutSectionRunOn } from './text/section-run-on.js';
import { selectBody } from './text/select-body.js';
import { withoutSoftHyphens } from './text/soft-hyphens.js';
import { type SplitLines, splitLines } from './text/split-lines.js';
import { markTabRows } from './text/tab-rows.js';
import { SENTENCE_HEADLINE_WORDS, titleCandidates } from './text/title-candidates.js';
import { TITLE_FEATURES, type TitleCandidate } from './text/title-features.js';
import { findTitleInOpening, headlineInOpening } from './text/title-in-opening.js';
import type { TitleModel } from './text/title-model.js';

/** Cuts a Markdown note into its blocks' lines (`markdownLines`, loaded apart: see `MarkupReaders`). */
export type MarkdownReader = (source: string) => SplitLines<MarkdownLine>;

/**
 * Finds the article in a text scrape (`.txt`) or Markdown note (`.md`). Text scrapes are cut into
 * lines (see {@link splitLines}) and judged line by line (see {@link selectBody}); Markdown notes are
 * cut into their blocks by `markdown` (remark-parse, see `markdownLines`) and keep every block.
 * @param source the decoded file
 * @param file the file being parsed, which gets the findings as messages
 * @param markdown the reader of Markdown (`markdownLines`) for a Markdown note, false for a text scrape
 * @returns body blocks and metadata (front matter overrides the rest)
 */
export function extractText(source: string, file: VFile, markdown: MarkdownReader | false): Extraction {
  let lines: MarkdownLine[];
  let front: FoundMeta = {};
  if (markdown) {
    const split = markdown(source);
    if (split.front !== null) front = readFrontMatter(split.front, file);
    lines = split.lines;
  } else {
    const split = splitLines(source);
    if (split.front !== null) front = readFrontMatter(split.front, file);
    lines = joinDropCaps(joinWrappedLines(split.lines, source));
  }
  const found = markdown ? markdownArticle(lines) : scrapedArticle(lines, file, source);
  composeMeta(found.meta);
  if (found.blocks.length > 0) found.meta.language ??= detectLanguage(languageSample(found.blocks));
  const meta = { ...found.meta, ...front };
  if (front.published) {
    delete meta.publishedInferred;
    delete meta.publishedYearGuessed;
  }
  return { blocks: found.blocks, meta };
}

/** How many of a Markdown text's first blocks may be its byline. */
const BYLINE_LINES = 3;

function markdownArticle(lines: MarkdownLine[]): { blocks: BodyBlock[]; meta: FoundMeta } {
  const meta: FoundMeta = {};
  const blocks = lines.filter((l) => !l.heading);
  // a note's first line that is a title written without "#" ("Rainfall update, 28 April 2026", a bold
  // "**Call with the regulator**") is its title and no part of its text: left in, the title was made
  // from the file name and the line was the note's first "sentence"
  const titleLine = markdownTitleLine(lines);
  if (titleLine) blocks.splice(0, 1);
  // a byline among the first lines ("By Jane Roe", "Jane Roe – Health correspondent") names the authors
  // and is no part of the text: left in, its name was an actor of the brief
  for (let i = 0; i < Math.min(BYLINE_LINES, blocks.length); i++) {
    const byline = parseByline((blocks[i] as MarkdownLine).text);
    if (!byline) continue;
    meta.authors = byline.authors;
    blocks.splice(i, 1);
    break;
  }
  // a line of its date under the title ("*Attica Daily, 14 August 2024*", "Published 3 March 2026")
  // dates the note and is no part of its text: left in, it was a brief's latest development
  for (let i = 0; i < Math.min(BYLINE_LINES, blocks.length); i++) {
    const line = (blocks[i] as MarkdownLine).text;
    const text = withoutDateLabel(line);
    const date = isMostlyDate(line) ? (findDateline(text) ?? monthClosing(text)) : null;
    if (!date || !closesLine(text, date)) continue;
    setPublished(meta, date);
    // "*Space Markets Weekly, 13 March 2025*": the name before the date is the note's outlet when it
    // ends as a newspaper's or a body's does; a place's ("Oslo, 13 March") or a person's is not
    const named = (text.slice(0, date.index).split(',')[0] as string).trim();
    if (endsAsOrganisation(named)) meta.outlet = named;
    blocks.splice(i, 1);
    break;
  }
  // a line of the note's source among its first ("**Source:** the ministry's press office", labelled as
  // `sources` in data/furniture-phrases.yaml) names its outlet, or gives its url, as front matter's
  // `source:` does, and is no finding: left in, the brief cited it as one
  for (let i = 0; i < Math.min(BYLINE_LINES, blocks.length); i++) {
    const source = sourceLine((blocks[i] as MarkdownLine).text);
    if (source === null) continue;
    if (/^https?:\/\/\S+$/i.test(source)) meta.url = source;
    else meta.outlet = source;
    blocks.splice(i, 1);
    break;
  }
  const firstHeading = titleLine ?? lines.find((l) => l.heading);
  if (firstHeading) {
    meta.title = firstHeading.text;
    // a note's heading often ends on its day ("Call with the water ministry, 12 November 2026"), as a
    // scrape's headline may; front matter's date, read after, still wins
    const text = firstHeading.text;
    const date = trailingDate(text, yearsMentioned(text), false);
    if (date) setPublished(meta, date);
  }
  return { blocks: blocks.map(({ heading: _, oneLine: __, ...b }) => b), meta };
}

/** Words a note's title line may hold: more make a sentence. */
const TITLE_LINE_WORDS = 15;
/** How a title line does not end: a sentence's stop, a question, a lead-in's comma, colon or semicolon. */
const NO_TITLE_LINE_END = /[.!?…,;:]$/;

/**
 * A note's first block when it is its title written without "#": a paragraph of one line, with a
 * headline's shape as a text scrape's title candidates have it (`readsAsHeadline`: not a byline, not a
 * web address), fifteen words at most, no final stop, not a line of its source nor of an outlet's name
 * and its date, with the note's text after it. A first line that is a sentence of the body ends on its stop.
 */
function markdownTitleLine(lines: readonly MarkdownLine[]): MarkdownLine | null {
  const first = lines[0];
  if (!first || first.heading || !first.oneLine || lines.length < 2) return null;
  const text = first.text;
  if (NO_TITLE_LINE_END.test(text) || wordsIn(text) > TITLE_LINE_WORDS || !readsAsHeadline(text)) return null;
  if (sourceLine(text) !== null) return null;
  // a line of an outlet's name and its date ("Valley Courier, 14 August 2024") is the date line below,
  // as is a date after a label ("Published 3 March 2026"); a title may close on its day
  const dated = withoutDateLabel(text);
  const date = isMostlyDate(text) ? (findDateline(dated) ?? monthClosing(dated)) : null;
  if (date && closesLine(dated, date)) {
    const named = (dated.slice(0, date.index).split(',')[0] as string).trim();
    if (!named || endsAsOrganisation(named)) return null;
  }
  return first;
}

/** Words a note's source line may name after its label: more make a sentence, not a name. */
const SOURCE_LINE_WORDS = 10;

/**
 * What a line of a note's source names after its label ("Source: Regional Water Regulator press
 * office"), or null for any other line.
 */
function sourceLine(text: string): string | null {
  const colon = text.indexOf(':');
  if (colon < 1 || colon > 20) return null;
  if (
    !phrases('furniture-phrases.yaml', ['sources'], 'source-labels').test(
      text.slice(0, colon + 1).toLowerCase(),
    )
  )
    return null;
  const named = text.slice(colon + 1).trim();
  return named && wordsIn(named) <= SOURCE_LINE_WORDS && !/[.!?]$/.test(named) ? named : null;
}

function scrapedArticle(
  lines: BodyBlock[],
  file: VFile,
  source: string,
): { blocks: BodyBlock[]; meta: FoundMeta } {
  // every field from the start, in one order: set as found, in the order of the page, they gave the
  // object one of some fifty maps, and this function deoptimised on "wrong map" at its stores (issue 17)
  const meta: FoundMeta = {
    title: undefined,
    subtitle: undefined,
    authors: undefined,
    published: undefined,
    publishedInferred: undefined,
    publishedYearGuessed: undefined,
    outlet: undefined,
    section: undefined,
    tags: undefined,
    language: undefined,
    url: undefined,
  };
  // each line's length in words, counted once: classifying and scoring both read it
  const words: number[] = [];
  for (const l of lines) words.push(wordsIn(l.text));
  const kinds = classifyLines(lines, words, true);
  markTabRows(source, lines, kinds);
  const region = selectBody(lines, kinds, { words });
  if (region === null) return { blocks: [], meta };
  // copies the fixes below may change, written as splitLines writes a line (a spread's copy has
  // another map) into an array filled by push (`map` makes a holey array once this function is
  // optimised, a packed one before): the steps after deoptimised on either (issue 17)
  const blocks: BodyBlock[] = [];
  for (const i of region.keep) {
    const l = lines[i] as BodyBlock;
    // in Unicode's composed form (see composedText), which the date's and the outlet's tests read too
    blocks.push({ text: composedText(l.text), line: l.line, column: l.column, offset: l.offset });
  }
  // the headline, date line and byline stand over the article's part the stricter floor takes (see
  // BodyRegion.head): the readers below look above it, the body stays as taken. On trafilatura-eval text,
  // dates (right/none/wrong) half A 0.893/0.072/0.036 → 0.895/0.069/0.036 (before extract143's floor),
  // half B 0.780/0.138/0.083 → 0.785/0.138/0.077; titles half A 0.801 unchanged, half B 0.779 → 0.784;
  // body figures and zyte-dev unchanged
  const headAt = region.head ?? region.first;
  const top: BodyRegion = headAt === region.first ? region : { ...region, first: headAt };
  const lead = headAt === region.first ? blocks : blocks.slice(region.keep.findIndex((i) => i >= headAt));
  const years = yearsMentionedIn(blocks);
  // the page's language, known here already: only English is written month first ("05/03/2022"); a
  // page in English writes day first when one of its dates shows it (see writesDayFirst)
  meta.language = detectLanguage(languageSample(blocks));
  const slashDayFirst =
    (meta.language !== 'en' && meta.language !== 'und') ||
    // a slashed date lies within one line (digits and slashes only): the lines without a slash, most,
    // are not joined into the page's text for it
    writesDayFirst(joinedTexts(lines, '\n', '/'));

  // A dateline or site name fused to the start of the first paragraph, and a byline to its end.
  const leadDate = readLead(blocks[0] as BodyBlock, lines, years, slashDayFirst, meta);
  const datelines = new Map<number, FoundDate>();
  const inProse = new Map<number, FoundDate>();
  for (let i = Math.max(0, top.first - 80); i < top.first; i++) {
    const text = withoutDateLabel(composedText((lines[i] as BodyBlock).text));
    const d = findDateline(text, years, slashDayFirst);
    if (!d) continue;
    // a line of more than DATE_LINE_LENGTH words with its date inside, not opening it, is a caption's
    // or a teaser's sentence ("Volunteers fill sandbags … on March 2, 2026, after …. Photo: …"): its date
    // is taken only when no date line, headline or the body's own lines state one
    if (
      (words[i] ?? 0) <= DATE_LINE_LENGTH ||
      opensLead(text, d) ||
      DATELINE_PLACE.test(text.slice(0, d.index))
    )
      datelines.set(i, d);
    else inProse.set(i, d);
  }
  // "Jan24" over "Published Fri, 24 January 2020": a theme's day badge by the headline takes the year of
  // the whole date another date line states of the same day
  for (const [i, d] of datelines) {
    if (!d.date.startsWith('--') && d.inferred === undefined) continue;
    const day = d.date.slice(-6);
    for (const whole of datelines.values())
      if (
        whole.inferred === undefined &&
        whole.date.length === 10 &&
        whole.date[0] !== '-' &&
        whole.date.endsWith(day)
      ) {
        datelines.set(i, whole);
        break;
      }
  }
  // "LONDON, March 4 (Wire) -" under the page's "March 4, 2025 11:42 AM GMT": the date line above the
  // article states the year the wire's dateline leaves out (and the inference would guess)
  if (leadDate?.inferred !== undefined) {
    const day = leadDate.date.slice(-5);
    for (const d of datelines.values())
      if (d.inferred === undefined && d.date.length === 10 && d.date.endsWith(day)) {
        setPublished(meta, d);
        meta.publishedInferred = undefined;
        break;
      }
  }
  // a line that states a date after words of its own, right over a date line naming its author, is the
  // headline over its date line ("Minutes of the board meeting of 10 October 2019" over "26/12/2019 by
  // webteam"), not a date line itself: it stays a candidate, and the date line under it marks it. On
  // trafilatura-eval text: half A 0.780 → 0.785 (a results page's and a magazine issue's headlines),
  // half B 0.782 unchanged
  const datedHeadline = (i: number) => {
    const d = datelines.get(i);
    // not read past the end: a read past an array's end throws the optimised code away (speed104)
    const next = i + 1 < lines.length ? lines[i + 1] : undefined;
    if (d === undefined || next === undefined || i + 1 >= top.first || !datelines.has(i + 1)) return false;
    if (!namesAuthor(next.text)) return false;
    const before = withoutDateLabel(composedText((lines[i] as BodyBlock).text)).slice(0, d.index);
    return LONG_WORD.test(before);
  };
  // a date line under the headline: its date alone or with a few words, or with its author among more
  // details ("8. Januar 2020 · by jroe · in Essays", "3 May 2024 // Autor: jroe // Lesezeit: 1 Minute"),
  // which `markBelow`, `nearByline` and `overHeadline` credit to the headline above it. On
  // trafilatura-eval text: half A 0.776 → 0.778 (wins a blog's headline over a tagline), half B 0.777 →
  // 0.779; a length of 8 words with separators not counted as words wins the same page of half A alone
  const isDateline = (i: number) => {
    const text = (lines[i] as BodyBlock).text;
    if (datedHeadline(i)) return false;
    return datelines.has(i) && (isMostlyDate(text) || namesAuthor(text));
  };
  // a date line inside the body, read as the lines above it are
  const isDateText = (text: string) =>
    isMostlyDate(text) && findDateline(withoutDateLabel(composedText(text)), years, slashDayFirst) !== null;
  const opening: string[] = [];
  for (let k = 0; k < lead.length && k < LEAD_LINES; k++) opening.push((lead[k] as BodyBlock).text);
  const all = titleCandidates(lines, top.first, isDateline, opening);
  const data = file.data as TitleData;
  if (data.keepTitleCandidates) data.titleCandidates = all;
  // the page's name on its first line is its outlet, not its headline ("Asia Bank Credit Watch" over
  // "Research note — Bank Seri Pahang")
  const first = (lines[0] as BodyBlock).text;
  const masthead =
    findSiteHeader(first) ??
    (top.first > 0 ? (findSiteName(first, lines) ?? findMasthead(lines, top.first)) : null);
  // a person's name alone right over its date line ("Jana Roe" / "4 May 2027") is the byline the
  // writers' step reads there (`nameOverDateLine`), not the headline, unless nothing else is a
  // candidate. On trafilatura-eval text: half A 0.797 → 0.799 (a magazine's headline under its writer's
  // name and date; a column's writer over a follow button, a wrong title before and after), half B
  // unchanged
  const unsigned =
    all.length > 1 ? all.filter((c) => writerOverDate(lines, c.index, isDateText) === null) : all;
  const named = unsigned.length > 0 ? unsigned : all;
  const candidates = masthead !== null && named.length > 1 ? named.filter((c) => c.text !== masthead) : named;
  let title = data.titleModel
    ? findTitle(lines, top.first, candidates, isDateline, data.titleModel)
    : findTitle(lines, top.first, candidates, isDateline);
  const isDateLine = (i: number) => isDateText((lines[i] as BodyBlock).text);
  // the line picked echoes nothing of the body's opening, has no date or byline under it and stands
  // apart from the body ("Advertise with us" over a teaser's sentence): a headline a few lines into the
  // body, which its lines echo, is the page's (the body taken from a caption or a teaser above it).
  // On trafilatura-eval text: half A 0.769 → 0.773, half B 0.767 → 0.775; no zyte-dev page changes
  const picked = title ? candidates.find((c) => c.index === (title as FoundTitle).index) : undefined;
  if (picked && (picked.features[DISTANCE] ?? 0) > 0 && MARKS.every((k) => picked.features[k] === 0)) {
    const inBody = headlineInOpening(lines, top.first, region.last, isDateLine);
    if (inBody >= 0) {
      const text = stripTrailingDate((lines[inBody] as BodyBlock).text);
      title = { title: tidyHeadline(text, acronymsIn(lines)), index: inBody, subtitle: null, section: null };
    }
  }
  if (title) readTitle(title, meta, lines, candidates, blocks, region.first, years, slashDayFirst);
  if (data.keepTitleCandidates)
    data.titleStep = title
      ? {
          step:
            title.index !== picked?.index && picked !== undefined
              ? 'opening-headline'
              : // a kicker joined makes the title longer than its line; the date split off and the
                // headline's case put right make it no longer
                title.title.length > (lines[title.index] as BodyBlock).text.length
                ? 'model+kicker'
                : 'model',
          index: title.index,
        }
      : { step: 'none', index: -1 };
  if (!meta.published && datelines.size > 0) {
    const at = title?.index ?? 0;
    // the date of a dated headline names what the article is about (an issue, a meeting): the date line
    // under it states when it was published
    const nearest = nearestLine(datelines, at, datedHeadline);
    // the nearest date line far above the headline stands in the page's opening furniture (a masthead's
    // "Samstag, 5. Dezember 2026", the day the page was saved): the article's own date line in the
    // body's opening, under its headline, is the article's
    const own =
      nearest < Math.min(at, top.first) - FURNITURE_GAP
        ? dateInOpening(lines, words, top, years, slashDayFirst)
        : null;
    setPublished(meta, own ?? (datelines.get(nearest) as FoundDate));
  }
  if (!meta.published) {
    const near =
      dateInOpening(lines, words, top, years, slashDayFirst) ??
      dateClosingBody(lines, words, top, years, slashDayFirst) ??
      dateUnderBody(lines, region.last, years, slashDayFirst, words);
    if (near) setPublished(meta, near);
  }
  if (!meta.published && inProse.size > 0) setPublished(meta, nearestTo(inProse, title?.index ?? 0));
  // no candidate above the body: the body was taken from above its headline, which stands in its
  // opening beside its date (found after the date, which the headline's place would move)
  if (!title) {
    const inOpening = findTitleInOpening(lines, top.first, region.last, isDateLine);
    if (inOpening !== null) meta.title = inOpening;
    if (inOpening !== null && data.keepTitleCandidates) data.titleStep = { step: 'in-opening', index: -1 };
  }
  // a byline in the ten lines above the body, else a note's "Priya Natarajan, retail analyst,
  // Castlebar Securities" in the six under its headline; the headline and its copies are none, though
  // they read as a name, a dash and a role ("Content Depth — Write Comprehensively About …")
  const headlineKey = title ? keyOf((lines[title.index] as BodyBlock).text) : null;
  const isHeadline = (line: string) => headlineKey !== null && keyOf(line) === headlineKey;
  // a name and the date on one line, either first, no byline word ("Jane Roe | 6 May 2024", "28 Jan.
  // 2024 Jane Roe"); a date and a name in a list of posts are none
  const { nameThenDate, dateThenName } = datedBylineReaders(lines, years, slashDayFirst);
  // the lines as a byline is read in, less soft hyphens: a name a hyphenating theme breaks
  // ("Ja\u00adna Roe") reads as none of the name patterns; and a byline's word run into the name
  // ("ByJana Roe") parted from it
  const bylineLines = withSpacedOpenings(withoutSoftHyphens(lines));
  if (!meta.authors)
    meta.authors =
      // a "By" line first; a name, a dash and a role ("Jana Roe – Harbour desk") after a byline of any
      // language's "by" word ("von Jana Roe"): nearer the body, a picture's caption is so shaped too
      bylineAbove(bylineLines, top.first, 10, (line) =>
        isHeadline(line) || parseByline(line)?.role !== null ? null : parseByline(line),
      ) ??
      bylineAbove(bylineLines, top.first, 10, bylineLineAuthors) ??
      bylineAbove(bylineLines, top.first, 10, (line) => (isHeadline(line) ? null : parseByline(line))) ??
      bylineAbove(bylineLines, top.first, 6, parseNameAndRole) ??
      // a name, then the role with no mark between ("Jana Roe Senior Correspondent")
      bylineAbove(bylineLines, top.first, 10, (line) => (isHeadline(line) ? null : nameBeforeRole(line))) ??
      // a name and the date on one line, no "by" ("Jane Roe | 6 May 2024")
      bylineAbove(bylineLines, top.first, 10, nameThenDate) ??
      // the date, then the name ("28 Jan. 2024 Jane Roe", "3 May 2024 Jane Roe 6 Comments")
      bylineAbove(bylineLines, top.first, 10, dateThenName) ??
      // a post's detail line naming its writer among other fields ("8 May 2024 · by jroe · in Essays")
      bylineAbove(bylineLines, top.first, 10, detailLineAuthors) ??
      // a byline on two lines: its word or label alone, the name under it ("Von" over "Jane Roe")
      nameUnderLabel(bylineLines, top.first, 10) ??
      bylineOpening(bylineLines, top, (line, i) => nameThenDate(line) ?? dateThenName(line, i)) ??
      // a byline right under the headline, further above the body than the lines read so far (a long
      // dek, a picture and its credits between them)
      (title
        ? bylineUnderHeadline(bylineLines, title.index, top.first, (line) =>
            isHeadline(line)
              ? null
              : (parseByline(line) ?? bylineLineAuthors(line) ?? detailLineAuthors(line)),
          )
        : undefined) ??
      // a name over the time since the page posted it ("Jana Roe" / "3 hours ago"), on a page that
      // prints no date but that
      nameOverRelativeTime(bylineLines, top.first, 10) ??
      // a name alone, or a few, right over the page's date line, dated page or not, the headline's line
      // too ("Jana Roe" / "4 May 2027")
      nameOverDateLine(
        bylineLines,
        top.first - NAME_OVER_DATE_ABOVE,
        top.first + NAME_OVER_DATE_IN,
        region.last,
        new Set(region.keep),
        isDateText,
      ) ??
      // a name alone under the headline, on a dated page (a byline stands with an article's date; on
      // trafilatura-eval half A it costs one page whose date is "an hour ago", and half B gives a name
      // on one "no author" page fewer)
      (title && meta.published ? nameAloneAuthors(bylineLines, title.index, top, isDateLine) : undefined) ??
      // a byline under the body, closing the post ("Posted by Jane Roe at 2:33 PM", "Text: Jane Roe"):
      // its word or label only, not a name and a role ("Jane Roe – Photographer" is a caption's too)
      bylineUnderBody(
        bylineLines,
        region.last,
        kinds,
        (line) =>
          (parseByline(line)?.role === null ? parseByline(line) : null) ??
          bylineLineAuthors(line) ??
          detailLineAuthors(line),
        meta.language ?? 'und',
        words,
      );
  // a section's name run on after the writer's ("12 May 2027 Jana Roe Culture") that the page's menu holds
  if (meta.authors) meta.authors = withoutSectionRunOn(meta.authors, lines);
  // the body is joined for the outlet's pattern only when a line holds one of its verbs (most do not)
  const outlet =
    meta.outlet ??
    masthead ??
    (blocks.some((b) => mayTellOutlet(b.text)) ? findToldOutlet(joinedTexts(blocks, '\n'), source) : null);
  if (outlet) meta.outlet = outlet;
  const tags = findTags(lines, region.last);
  if (tags.length > 0) meta.tags = tags;

  reportDropped(lines, new Set(region.keep), blocks, file);
  return { blocks: blocks.filter((b) => b.text.length > 0), meta };
}

/**
 * Reads a scrape's first body line: the dateline fused to its start (the page's date, cut from the
 * line), a wire's credit or a site's name there (the outlet), and a byline fused to its end. Apart from
 * `scrapedArticle` so that a branch taken for the first time here makes V8 compile this again, not the
 * whole scrape (issue 17).
 * @param lead the first body line, cut in place
 * @param lines the page's lines
 * @param years the years the body mentions, most frequent first
 * @param slashDayFirst whether slashed dates are day first
 * @param meta the metadata, set in place
 * @returns the dateline's date, or null
 */
function readLead(
  lead: BodyBlock,
  lines: readonly BodyBlock[],
  years: readonly number[],
  slashDayFirst: boolean,
  meta: FoundMeta,
): FoundDate | null {
  const found = findDateline(lead.text.slice(0, 80), years, slashDayFirst);
  // a wire's dateline names a place, in capitals, and may name its region or country after it
  // ("ANTOFAGASTA, Chile, March 17 (Wire) - ", "KITWE, Zambia, March 9, 2027"): its date stands further in
  const leadDate =
    found && (opensLead(lead.text, found) || DATELINE_PLACE.test(lead.text.slice(0, found.index)))
      ? found
      : null;
  if (leadDate) {
    meta.published = leadDate.date;
    if (leadDate.inferred) meta.publishedInferred = leadDate.inferred;
    meta.publishedYearGuessed = leadDate.guessed;
    cutStart(lead, leadDate.end);
  }
  // a news agency's credit in the dateline names the outlet when the page does not. What the date's cut
  // left of a dateline goes too ("(Reuters) - " of "LONDON, March 9 (Reuters) - "); a whole one stays,
  // as zyte-dev's and trafilatura-eval's answers keep "WASHINGTON (Reuters) - " in the body (cut, it
  // lost a snippet of half B and zyte-dev R 0.961 → 0.960). Without a place before it, the date first
  // in the line, the brackets may hold the place itself ("(Leipzig) - "): no outlet then.
  const wire = findWireCredit(lead.text);
  const dateCut = leadDate !== null;
  if (wire && (wire.placed || (dateCut && (leadDate as FoundDate).index > 0))) meta.outlet ??= wire.outlet;
  if (wire && !wire.placed && dateCut) cutStart(lead, wire.rest);
  const prefix = wire ? null : findOutletPrefix(lead.text, lines);
  if (prefix) {
    meta.outlet = prefix.outlet;
    if (prefix.section) meta.section = prefix.section;
    cutStart(lead, prefix.rest);
  }
  // A "Name – Role" byline fused to the end of the first paragraph.
  const trailing = findTrailingByline(lead.text);
  if (trailing) {
    meta.authors = trailing.authors;
    lead.text = lead.text.slice(0, trailing.index).trimEnd();
  }
  return leadDate;
}

/**
 * Sets a scrape's title, its section, subtitle and the date that closes a copy of it, and drops it from
 * the body when the body opens with it. Apart from `scrapedArticle` so that a branch taken for the first
 * time here makes V8 compile this again, not the whole scrape (issue 17).
 * @param title the headline found
 * @param meta the metadata, set in place
 * @param lines the page's lines
 * @param candidates the headline's candidates
 * @param blocks the body's blocks, the headline shifted off in place
 * @param first the body's first line
 * @param years the years the body mentions, most frequent first
 * @param slashDayFirst whether slashed dates are day first
 */
function readTitle(
  title: FoundTitle,
  meta: FoundMeta,
  lines: readonly BodyBlock[],
  candidates: readonly TitleCandidate[],
  blocks: BodyBlock[],
  first: number,
  years: readonly number[],
  slashDayFirst: boolean,
): void {
  meta.title = title.title;
  // "Opinion | The pension vote shows …": a section's name on the headline's line is the section's
  const sectioned = SECTION_BEFORE.exec(title.title);
  if (sectioned && isSectionName(sectioned[1] as string)) {
    meta.title = sectioned[2] as string;
    meta.section ??= sectioned[1] as string;
  }
  // the body was taken from the headline on: the headline is no part of it, unless it is the text's
  // first line and a sentence, the lead of an article pasted alone ("Time is not on the senator's side.")
  if (title.index === first && !(first === 0 && isLeadSentence(title.title))) blocks.shift();
  if (title.subtitle) meta.subtitle = title.subtitle;
  if (title.section && !meta.section) meta.section = title.section;
  // a date may close any copy of the headline ("…IN OSTREL?, 14 MAY" above "…IN OSTREL?")
  const key = keyOf((lines[title.index] as BodyBlock).text);
  let raw: string | undefined;
  for (const c of candidates)
    if (keyOf(c.text) === key && c.text !== stripTrailingDate(c.text)) {
      raw = c.text;
      break;
    }
  const inTitle = raw ? trailingDate(raw, years, slashDayFirst) : null;
  if (!meta.published && inTitle) setPublished(meta, inTitle);
}

/**
 * The texts of some lines joined with a separator, as `map` and `join` would give them, without the
 * arrays: an array `map` or `filter` makes is holey once the caller is optimised and packed before
 * (of small integers when empty), and `scrapedArticle` deoptimised on "wrong map" at each `join`.
 * @param lines the lines
 * @param separator put between two texts
 * @param holding when given, only the texts that hold it are joined
 */
function joinedTexts(lines: readonly BodyBlock[], separator: string, holding?: string): string {
  let out = '';
  let first = true;
  for (const l of lines) {
    if (holding !== undefined && !l.text.includes(holding)) continue;
    out = first ? l.text : out + separator + l.text;
    first = false;
  }
  return out;
}

/**
 * Whether a headline reads as an article's first sentence: it ends on a stop (a headline seldom does;
 * a question or an exclamation is one more often) after {@link LEAD_WORDS} words or more, or on a
 * question or an exclamation after more than SENTENCE_HEADLINE_WORDS words, the most the title step
 * takes for a line that reads as a sentence (on eval:robustness's "the article alone" it keeps a 27-word
 * opening question in the body; no page of zyte-dev, trafilatura-eval text or readability-pages changes).
 */
function isLeadSentence(title: string): boolean {
  const words = wordsIn(title);
  return (
    (LEAD_STOP.test(title) && words >= LEAD_WORDS) ||
    (LEAD_QUESTION.test(title) && words > SENTENCE_HEADLINE_WORDS)
  );
}
/** A question mark or an exclamation mark closing a line, perhaps inside quotes or a bracket. */
const LEAD_QUESTION = /[?!]["'”’»)]?$/u;
/** A stop closing a line, perhaps inside quotes or a bracket; not an ellipsis of dots. */
const LEAD_STOP = /[^.]\.["'”’»)]?$/u;
/** The fewest words of a first line kept as the lead: a blog's "Nebelsuppe." is a headline. */
const LEAD_WORDS = 6;

/** Where a candidate's distance from the body stands in its features. */
const DISTANCE = TITLE_FEATURES.indexOf('distance');
/**
 * What tells a headline among the candidates: its echo of the body's opening, a date line or a byline
 * right under it. A picked line with neither ("Advertise with us") gives way to a headline inside the
 * body. On trafilatura-eval text half A, a copy or a quote of the line on the page too (as
 * `headlineAbove` in `titleCandidates` reads a headline) keeps 2 and 1 of the 2 menu labels replaced.
 */
const MARKS = ['echo', 'markBelow'].map((name) =>
  TITLE_FEATURES.indexOf(name as (typeof TITLE_FEATURES)[number]),
);

/** The opening of the body a headline is compared with: its first lines. */
const LEAD_LINES = 8;

/** A name before a headline on its line, then a bar, a colon or a dash: "Opinion | The vote …". */
const SECTION_BEFORE = /^([^|:–—]{2,30}?)\s*[|:–—]\s+(\S.*)$/u;

/**
 * What a caller can ask of the title step through the file's data: with `keepTitleCandidates` set,
 * `titleCandidates` gets the candidates with their features (`train:titles` learns from them); with
 * `titleModel` set, the title is picked by that model rather than the shipped one (`train:titles`
 * gives its own, so that a new feature needs no hand-made model file before the first training).
 */
export interface TitleData {
  keepTitleCandidates?: boolean;
  titleCandidates?: TitleCandidate[];
  titleModel?: TitleModel;
  /**
   * With `keepTitleCandidates`, the step that gave the title and its line's index: the model's pick
   * (`model`, `model+kicker` when a kicker was joined to it), a headline in the body's opening taken
   * over a pick that stands apart (`opening-headline`), the opening's line by a date line when no line
   * above was a candidate (`in-opening`), or `none`; for the benches that sort misses by step.
   */
  titleStep?: { step: string; index: number };
}

/** The date closing a headline ("…IN OSTREL?, 14 MAY", "Call with the ministry, 12 November 2026"). */
function trailingDate(headline: string, years: readonly number[], slashDayFirst: boolean): FoundDate | null {
  return findDateline(headline.slice(stripTrailingDate(headline).length), years, slashDayFirst);
}

/**
 * How many lines above the headline (or the body, when that starts higher) a date line stands in the
 * page's opening furniture, not by the article. On trafilatura-eval's text scrapes, half A: 1 took a
 * date line over a headline with a tagline between for furniture (one right date fewer), 2 and 3 gave one
 * right more (a masthead's day over the article's date line); 4 and more none. 2 is the least half A
 * allows (half B: 2 one right more, 3 unchanged).
 */
const FURNITURE_GAP = 2;

/** How many of the body's first lines after its lead are read for its date (see {@link dateInOpening}). */
const OPENING_DATE_LINES = 6;

/**
 * The date of a page that states none above its body, in its lead when that is a short line, or in one
 * of the body's first lines after it: a short line or one the date opens ("DIENSTAG, 28. APRIL 2020", "Jan Rolf am 24. Januar 2022 um
 * 15:47", "Wien, 14. Dezember 2021 – Aufgrund …"); see also `dateUnderBody`.
 * @param lines the page's lines
 * @param words each line's length in words
 * @param region the body's lines
 * @param years the years the body mentions, most frequent first
 * @param slashDayFirst whether slashed dates are day first
 */
function dateInOpening(
  lines: readonly BodyBlock[],
  words: readonly number[],
  region: { first: number; last: number },
  years: readonly number[],
  slashDayFirst: boolean,
): FoundDate | null {
  const end = Math.min(region.last, region.first + OPENING_DATE_LINES);
  // the lead itself when it is a short line ("By Tomas Wilder Last updated Mar 14, 2026 Share", "Von
  // Max Muster 14. 3. 2026."): a byline with its date that the body took in, which readLead leaves (it
  // reads a date opening the lead); as short as a date line under the body (DATE_LINE_LENGTH); on
  // trafilatura-eval's text scrapes half A +2 right, half B +1, none wrong
  const from = (words[region.first] ?? 0) <= DATE_LINE_LENGTH ? region.first : region.first + 1;
  for (let i = from; i <= end; i++) {
    const text = withoutDateLabel(composedText((lines[i] as BodyBlock).text));
    const short = (words[i] ?? 0) <= DATE_LINE_LENGTH;
    const found = dayIn(short ? text : text.slice(0, 80), years, slashDayFirst);
    if (found && (short || opensLead(text, found) || DATELINE_PLACE.test(text.slice(0, found.index))))
      return found;
  }
  return null;
}

/**
 * The date of a page's short last body line ("GardenGuide/Tomatoes (last edited 2026-03-14 10:22:05 by
 * JaneRoe)"): a page's date line the body took in, which `dateUnderBody` reads only under the body, and
 * `dateInOpening` only in a body of seven lines or fewer. A line no longer than a date line under the
 * body (`DATE_LINE_LENGTH`), its whole day stated.
 * @param lines the page's lines
 * @param words each line's length in words
 * @param region the body's lines
 * @param years the years the body mentions, most frequent first
 * @param slashDayFirst whether slashed dates are day first
 */
function dateClosingBody(
  lines: readonly BodyBlock[],
  words: readonly number[],
  region: { first: number; last: number },
  years: readonly number[],
  slashDayFirst: boolean,
): FoundDate | null {
  if (region.last === region.first || (words[region.last] ?? 0) > DATE_LINE_LENGTH) return null;
  const found = dayIn(
    withoutDateLabel(composedText((lines[region.last] as BodyBlock).text)),
    years,
    slashDayFirst,
  );
  return found && found.inferred === undefined ? found : null;
}

/**
 * The date of the line nearest to a line (the headline's), of some lines' dates by line index; on a tie the
 * line under it, where a page prints its date ("Jane Roe / 13 March 2026"), not the date bar or the last
 * teaser's date over it.
 * @param dates found dates by line
 * @param at the line
 */
function nearestTo(dates: ReadonlyMap<number, FoundDate>, at: number): FoundDate {
  return dates.get(nearestLine(dates, at)) as FoundDate;
}

/**
 * The index of the line {@link nearestTo} picks.
 * @param dates found dates by line
 * @param at the line
 * @param passOver lines whose date is not taken when another line states one
 */
function nearestLine(
  dates: ReadonlyMap<number, FoundDate>,
  at: number,
  passOver: (i: number) => boolean = () => false,
): number {
  return [...dates.keys()].sort(
    (a, b) => Number(passOver(a)) - Number(passOver(b)) || Math.abs(a - at) - Math.abs(b - at) || b - a,
  )[0] as number;
}

function setPublished(meta: FoundMeta, found: FoundDate): void {
  meta.published = found.date;
  if (found.inferred) meta.publishedInferred = found.inferred;
  meta.publishedYearGuessed = found.guessed;
}

function cutStart(block: BodyBlock, at: number): void {
  const rest = block.text.slice(at);
  const trimmed = rest.replace(/^[\s:,.|–—-]+/u, '');
  const removed = block.text.length - trimmed.length;
  block.text = trimmed;
  block.offset += removed;
  block.column += removed;
}

/**
 * Whether a line is its date and what names it: the date ends the line (but for a closing stop or
 * bracket) and the words before it are names ("Valley Courier, 14 August 2024"), not a sentence's
 * ("The fire began on 14 August 2024.").
 * @param text the line, less a leading "Published" or "Date:"
 * @param found the date found in it
 */
function closesLine(text: string, found: FoundDate): boolean {
  if (!/^[\s.,;:)\]*_]*$/.test(text.slice(found.end))) return false;
  // "Northfield Transport Institute, briefing note, October 2025": a kind of paper between commas is a name too
  const named = text
    .slice(0, found.index)
    .split(',')
    .filter((part) => !isDocumentKind(part.trim()))
    .join(',');
  return (named.match(LOWER_WORD) ?? []).every((w) => DATE_LINE_WORDS.has(w));
}

/** A dateline's place in capitals, then up to two names of its region or country: "ANTOFAGASTA, Chile, ". */
const DATELINE_PLACE =
  /^\p{Lu}[\p{Lu}\s.'’-]{1,30}\p{Lu},\s(?:\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,2},\s){0,2}$/u;

/** An English month and year closing a line ("briefing note, October 2025"), which chrono's strict parser leaves. */
const MONTH_YEAR = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(${MONTH_NAMES.join('|')})\s+((?:19|20)\d\d)(?=[\s.,;:)\]*_]*$)`,
  'u',
);

/**
 * The month a line closes on, when it states a month and year only: a paper's date line ("Northfield
 * Transport Institute, briefing note, October 2025") dates it to the month.
 * @param text a line
 */
function monthClosing(text: string): FoundDate | null {
  const m = MONTH_YEAR.exec(text);
  if (!m) return null;
  const month = MONTH_NAMES.indexOf(m[1] as string) + 1;
  return foundDate(`${m[2]}-${String(month).padStart(2, '0')}`, m.index, m.index + m[0].length);
}

/** A word of four letters or more. */
const LONG_WORD = /\p{L}{4,}/u;
const LOWER_WORD = /(?<!\p{L})\p{Ll}[\p{L}'’-]*/gu;
/** Lower-case words a line of its date may hold before the date ("Published on 3 March"). */
const DATE_LINE_WORDS = new Set(['on', 'at', 'of', 'the', 'and', 'de', 'le', 'la', 'am']);

/**
 * How many lines above the body, and how many of its first lines, a name over the date line is looked
 * for in (as `nameAloneAuthors` looks: a byline stands within a dek's, a picture's and its credit's lines).
 */
const NAME_OVER_DATE_ABOVE = 15;
const NAME_OVER_DATE_IN = 5;

function isMostlyDate(text: string): boolean {
  return text.split(/\s+/).length <= 8;
}

function findTags(lines: readonly BodyBlock[], after: number): string[] {
  for (let i = after + 1; i < Math.min(lines.length, after + 15); i++) {
    const m = /^tags?\s*:?\s*(.*)$/i.exec((lines[i] as BodyBlock).text);
    if (!m) continue;
    const inline = m[1]?.trim() ?? '';
    const list = inline || (lines[i + 1]?.text ?? '');
    return list.split(inline.includes(',') || list.includes(',') ? /\s*,\s*/ : /\s+/).filter(Boolean);
  }
  return [];
}

/** How many of the body region's first lines may be a byline the body left out. */
const BYLINE_IN_OPENING = 5;

/**
 * The authors of a byline among the body region's first lines that the body left out ("By Jane Roe"
 * under the headline, inside the region); a line the body kept is prose, read only when it is a byline
 * and nothing else ({@link strictBylineAuthors}: "Von Jana Roe" under a dek the body kept). On
 * trafilatura-eval text half A this gave 1 page its writers (B: 1); names of one word are none, as a
 * kept subheading so shaped ("Of Harbours and Ferries") gave one page two.
 * @param lines the page's lines
 * @param region the body's region
 * @returns the authors, or undefined when no line is one
 */
function bylineOpening(
  lines: readonly BodyBlock[],
  region: BodyRegion,
  parseDated: (line: string, i: number) => { authors: string[] } | null,
): string[] | undefined {
  const kept = new Set(region.keep);
  const end = Math.min(region.last + 1, region.first + BYLINE_IN_OPENING);
  for (let i = region.first; i < end; i++) {
    const text = (lines[i] as BodyBlock).text;
    if (kept.has(i)) {
      // a kept line is prose, unless it is a byline and nothing else ("Von Jana Roe" under a dek)
      const strict = strictBylineAuthors(text);
      if (strict !== null) return strict;
      continue;
    }
    const byline = parseByline(text) ?? bylineLineAuthors(text) ?? parseDated(text, i);
    if (byline) return byline.authors;
  }
  return undefined;
}

/**
 * How many lines under the headline a byline is looked for in when the body starts further down; on
 * trafilatura-eval text half A three pages set theirs within two lines of it, 11 to 60 above the body.
 */
const BYLINE_UNDER_HEADLINE = 3;

/**
 * The authors of a byline among the {@link BYLINE_UNDER_HEADLINE} lines under the headline, above the body.
 * @param lines the page's lines
 * @param headline the headline's line
 * @param first the body's first line
 * @param parse a byline's reader
 * @returns the authors, or undefined when no line is one
 */
function bylineUnderHeadline(
  lines: readonly BodyBlock[],
  headline: number,
  first: number,
  parse: (line: string) => { authors: string[] } | null,
): string[] | undefined {
  const end = Math.min(first, headline + 1 + BYLINE_UNDER_HEADLINE);
  for (let i = headline + 1; i < end; i++) {
    const byline = parse((lines[i] as BodyBlock).text);
    if (byline) return byline.authors;
  }
  return undefined;
}

/**
 * The authors named by the first of the `count` lines above the body that `parse` reads as a byline.
 * @param lines the page's lines
 * @param first the body's first line
 * @param count how many lines above it to read
 * @param parse a byline's reader, given the line and its index
 * @returns the authors, or undefined when no line is one
 */
function bylineAbove(
  lines: readonly BodyBlock[],
  first: number,
  count: number,
  parse: (line: string, i: number) => { authors: string[] } | null,
): string[] | undefined {
  for (let i = Math.max(0, first - count); i < first; i++) {
    const byline = parse((lines[i] as BodyBlock).text, i);
    if (byline) return byline.authors;
  }
  return undefined;
}
