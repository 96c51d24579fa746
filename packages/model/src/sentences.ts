import { isSpaceUnit } from './text-stats.js';

/** A sentence of an article's text: `text === source.slice(start, end)`. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Abbreviations after which a full stop does not end a sentence. */
const ABBREVIATIONS = new Set(
  'gen col lt sgt capt cmdr adm maj mr mrs ms dr prof sen rep gov pres st jr sr vs etc inc corp co ltd no jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.g i.e a.m p.m'.split(
    ' ',
  ),
);

/**
 * Splits text into sentences with offsets (Intl.Segmenter, then mended where it split after an
 * abbreviation such as "Gen." or "U.S." or an initial), never across a paragraph break.
 * @param text plain text, paragraphs separated by blank lines
 * @returns the sentences in order, trimmed
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let paragraphStart = 0;
  for (const paragraph of text.split('\n\n')) {
    let pending: Sentence | null = null;
    for (const seg of segmentsOf(paragraph)) {
      const lead = seg.segment.length - seg.segment.trimStart().length;
      const trimmed = seg.segment.trim();
      if (trimmed.length === 0) continue;
      const start = paragraphStart + seg.index + lead;
      const piece = { text: trimmed, start, end: start + trimmed.length };
      if (pending && endsWithAbbreviation(pending.text)) {
        pending = { text: text.slice(pending.start, piece.end), start: pending.start, end: piece.end };
      } else {
        if (pending) out.push(pending);
        pending = piece;
      }
    }
    if (pending) out.push(pending);
    paragraphStart += paragraph.length + 2;
  }
  return out;
}

const WINDOW = 4000;

/**
 * Segments a paragraph; a very long one is cut into windows at a sentence end first, because
 * Intl.Segmenter slows down on long strings.
 */
function* segmentsOf(paragraph: string): Generator<{ segment: string; index: number }> {
  let offset = 0;
  while (offset < paragraph.length) {
    let end = paragraph.length;
    if (end - offset > WINDOW) {
      const slice = paragraph.slice(offset + WINDOW / 2, offset + WINDOW);
      const sentenceEnd = lastSentenceEnd(slice);
      const cut = sentenceEnd > 0 ? sentenceEnd : slice.lastIndexOf(' ');
      end = cut > 0 ? offset + WINDOW / 2 + cut : offset + WINDOW;
    }
    for (const seg of segmenter.segment(paragraph.slice(offset, end)))
      yield { segment: seg.segment, index: offset + seg.index };
    offset = end;
  }
}

function lastSentenceEnd(slice: string): number {
  let last = -1;
  for (const m of slice.matchAll(/[.!?]["”’)]?\s+/g)) last = m.index + m[0].length;
  return last;
}

function endsWithAbbreviation(sentence: string): boolean {
  const last = lastWordBeforeStop(sentence);
  if (last === undefined) return false;
  const word = last.replace(/^[("“'‘]+/, '').toLowerCase();
  return ABBREVIATIONS.has(word) || /^\p{Lu}$/u.test(last);
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
