/** A sentence of an article's text: `text === source.slice(start, end)`. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/**
 * Splits text into sentences with offsets, trimming surrounding whitespace.
 * @param text plain text, paragraphs separated by blank lines
 * @returns the sentences in order
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  for (const seg of segmenter.segment(text)) {
    const lead = seg.segment.length - seg.segment.trimStart().length;
    const trimmed = seg.segment.trim();
    if (trimmed.length === 0) continue;
    const start = seg.index + lead;
    out.push({ text: trimmed, start, end: start + trimmed.length });
  }
  return out;
}
