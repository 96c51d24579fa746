import { joinQuotations } from './join-quotations.js';
import { isAbbreviatedLegalForm, isLegalForm } from './organisation-words.js';
import { forEachSentenceSegment } from './sentence-segments.js';
import { isSpaceUnit, STOP_WORDS } from './text-stats.js';

/** A sentence of an article's text: `text === source.slice(start, end)`. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
}

/** Abbreviations after which a full stop does not end a sentence. */
const ABBREVIATIONS = new Set(
  'gen col lt sgt capt cmdr adm maj mr mrs ms dr prof sen rep gov pres st jr sr vs etc inc corp co ltd no jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.g i.e a.m p.m'.split(
    ' ',
  ),
);

/** A list item's bullet glyph and the space after it, at a segment's start. */
const BULLET = /^\s*[•·▪◦●■‣]\s+/u;
/** A segment that is a closing quotation mark and nothing else. */
const MARK_ALONE = /^["”]$/u;

/**
 * Splits text into sentences with offsets (Unicode's sentence boundaries as Intl.Segmenter gives
 * them, see {@link forEachSentenceSegment}; then mended where it split after an
 * abbreviation such as "Gen." or "U.S." or an initial, and joined where a quotation of a few sentences
 * spans them, see {@link joinQuotations}), never across a paragraph break.
 * @param text plain text, paragraphs separated by blank lines
 * @returns the sentences in order, trimmed, without a list's bullet glyph opening one
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let paragraphStart = 0;
  // the sentence read last, held back while the next may still join it (after "Gen.", "U.S.")
  let pendingText = '';
  let pendingStart = -1;
  let pendingEnd = 0;
  const take = (segment: string, index: number) => {
    // a list's bullet glyph is no word of the sentence ("• Tyrese Maxey scored a dozen …")
    const bullet = BULLET.exec(segment)?.[0].length ?? 0;
    const trimmed = segment.slice(bullet).trim();
    if (trimmed.length === 0) return;
    const start =
      paragraphStart + index + bullet + (segment.length - bullet - segment.slice(bullet).trimStart().length);
    const end = start + trimmed.length;
    if (
      pendingStart >= 0 &&
      (endsWithAbbreviation(pendingText) ||
        initialsBeforeName(pendingText, trimmed) ||
        legalFormGoesOn(pendingText, trimmed) ||
        // '… the summer season. "': a closing mark set off by a space, which the segmenter cuts off alone
        MARK_ALONE.test(trimmed))
    ) {
      pendingText = text.slice(pendingStart, end);
      pendingEnd = end;
      return;
    }
    if (pendingStart >= 0) out.push({ text: pendingText, start: pendingStart, end: pendingEnd });
    pendingText = trimmed;
    pendingStart = start;
    pendingEnd = end;
  };
  for (const paragraph of text.split('\n\n')) {
    pendingStart = -1;
    const from = out.length;
    forEachSegment(paragraph, take);
    if (pendingStart >= 0) out.push({ text: pendingText, start: pendingStart, end: pendingEnd });
    // a quotation of several sentences is one: most paragraphs have no quotation mark, nor two sentences
    if (out.length - from > 1 && hasQuotationMark(paragraph))
      out.splice(from, out.length - from, ...joinQuotations(out.slice(from), text));
    paragraphStart += paragraph.length + 2;
  }
  return out;
}

/**
 * Whether a paragraph holds a quotation mark that may open a quotation: a double one, a curly single
 * one, or a straight single one at its start or after a space, bracket or dash (not an apostrophe: "it's").
 */
function hasQuotationMark(paragraph: string): boolean {
  for (let i = 0; i < paragraph.length; i++) {
    const c = paragraph.charCodeAt(i);
    if (c === 34 || c === 0x201c || c === 0x201d || c === 0x2018) return true;
    if (c === 39 && (i === 0 || opensAfter(paragraph.charCodeAt(i - 1)))) return true;
  }
  return false;
}

/** Whether a single mark after this unit may open a quotation: a space, a bracket or a dash (as join-quotations reads it). */
const opensAfter = (c: number): boolean => c <= 32 || c === 40 || c === 91 || c === 0x2013 || c === 0x2014;

const WINDOW = 4000;

/**
 * Calls `visit` with each segment of a paragraph and its offset; a very long one is cut into windows
 * at a sentence end first, because Intl.Segmenter slows down on long strings.
 */
function forEachSegment(paragraph: string, visit: (segment: string, index: number) => void): void {
  // without a terminator or line break the segmenter returns the paragraph whole (UAX #29 breaks only
  // after those: SB4, SB11; every code point checked), and a call costs more than its segments: the
  // 22 % of bench paragraphs so took 39 of 161 ms (a long one is still cut into windows below)
  if (paragraph.length <= WINDOW && !mayBreak(paragraph)) {
    if (paragraph.length > 0) visit(paragraph, 0);
    return;
  }
  let offset = 0;
  while (offset < paragraph.length) {
    let end = paragraph.length;
    if (end - offset > WINDOW) {
      const slice = paragraph.slice(offset + WINDOW / 2, offset + WINDOW);
      const sentenceEnd = lastSentenceEnd(slice);
      const cut = sentenceEnd > 0 ? sentenceEnd : slice.lastIndexOf(' ');
      end = cut > 0 ? offset + WINDOW / 2 + cut : offset + WINDOW;
    }
    const base = offset;
    forEachSentenceSegment(paragraph.slice(offset, end), (segment, index) => visit(segment, base + index));
    offset = end;
  }
}

/** Where Intl.Segmenter may end a sentence: a terminator (STerm, ATerm) or a paragraph separator. */
const BREAK = /[\p{Sentence_Terminal}\u2024\uFE52\uFF0E\n\r\u0085\u2028\u2029]/gu;

/**
 * Whether a paragraph holds a character after which a sentence may end ({@link BREAK}): ASCII by
 * code unit, the pattern only from the first character outside it.
 */
function mayBreak(paragraph: string): boolean {
  for (let i = 0; i < paragraph.length; i++) {
    const c = paragraph.charCodeAt(i);
    if (c === 46 || c === 33 || c === 63 || c === 10 || c === 13) return true;
    if (c >= 128) {
      BREAK.lastIndex = i;
      return BREAK.test(paragraph);
    }
  }
  return false;
}

function lastSentenceEnd(slice: string): number {
  let last = -1;
  for (const m of slice.matchAll(/[.!?]["”’)]?\s+/g)) last = m.index + m[0].length;
  return last;
}

// patterns of the functions below, made once: inside a function a pattern with \p{…} outside a class
// is built by `new RegExp` at each call in the bundle (esbuild lowers it for Node targets)
const ONE_CAPITAL = /^\p{Lu}$/u;
function endsWithAbbreviation(sentence: string): boolean {
  const last = lastWordBeforeStop(sentence);
  if (last === undefined) return false;
  const word = last.replace(/^[("“'‘]+/, '').toLowerCase();
  return ABBREVIATIONS.has(word) || ONE_CAPITAL.test(last);
}

/** Two or three initials as {@link lastWordBeforeStop} reads them, the last stop aside ("P.J", "V.V.S"). */
const INITIALS = /^[("“'‘]?(?:\p{Lu}\.){1,2}\p{Lu}$/u;
/** The capitalised word opening the next segment. */
const NAME_WORD = /^\p{Lu}[\p{Ll}\p{M}'’-]*/u;

/**
 * Whether a sentence ends on a name's initials and the next segment goes on with the name ("spokesman
 * P.J. | Crowley said", "joined A.L. | Williams Corp."): the segmenter breaks after a full stop before a
 * capital, and the name had been cut into a place "P.J." and a person "Crowley". Not before a function
 * word ("… infected with H.I.V. | He said"), a new sentence's opening. On GMB dev, WikiGold and GMB
 * train's first 1,200 articles it joined 16 breaks, all inside a sentence (15 inside a name, one
 * "Washington D.C. | Monday"), and kept the one sentence end, "H.I.V. | He".
 * @param sentence the sentence read last
 * @param next the segment after it
 */
function initialsBeforeName(sentence: string, next: string): boolean {
  const last = lastWordBeforeStop(sentence);
  if (last === undefined || !INITIALS.test(last)) return false;
  const word = NAME_WORD.exec(next)?.[0];
  return word !== undefined && word.length > 1 && !STOP_WORDS.has(word.toLowerCase());
}

/** A bracket opening the next segment: an aside after a name ("(KVL)", "(NYSE: KRV)"). */
const OPENS_BRACKET = /^[([]/;

/**
 * Whether a sentence ends on a company's legal form written as an abbreviation ("N.V.", "S.A.", "Pty.",
 * "Bhd.": `abbreviatedForms` and `dottedForms` in `data/organisation-words.yaml`) and the next segment
 * goes on with the sentence: a bracket's aside ("… Aero Group KVL N.V. | (KVL) have unexpectedly
 * defeated …") or a capitalised word that is no function word ("Permai Agro Sdn. | Bhd. said …"). The
 * segmenter breaks after a full stop before a capital or a bracket, and the lead of a report had been
 * cut into a name and a fragment, neither a statement. Not before a function word ("… sold to Tarvo
 * Pty. | The deal …"), a new sentence's opening. ("Inc.", "Corp.", "Co.", "Ltd." are among
 * {@link ABBREVIATIONS}, never a sentence's end.)
 * @param sentence the sentence read last
 * @param next the segment after it
 */
function legalFormGoesOn(sentence: string, next: string): boolean {
  const last = lastWordBeforeStop(sentence);
  if (last === undefined || last.length > 6) return false;
  if (!isAbbreviatedLegalForm(last) && !(last.includes('.') && isLegalForm(`${last}.`))) return false;
  if (OPENS_BRACKET.test(next)) return true;
  const word = NAME_WORD.exec(next)?.[0];
  return word !== undefined && word.length > 1 && !STOP_WORDS.has(word.toLowerCase());
}

/**
 * What `/(\S+)\.$/` captures: the run of non-space characters before a final full stop. Read back
 * from the end, since the pattern tries every start in the sentence (its largest single cost).
 * @param sentence a sentence
 * @returns the word before its final full stop, or undefined without one
 */
export function lastWordBeforeStop(sentence: string): string | undefined {
  const stop = sentence.length - 1;
  if (stop < 1 || sentence.charCodeAt(stop) !== 46) return undefined;
  let start = stop;
  while (start > 0 && !isSpaceUnit(sentence.charCodeAt(start - 1))) start--;
  return start < stop ? sentence.slice(start, stop) : undefined;
}
