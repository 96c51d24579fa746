import type { LineKind } from '../text/classify-lines.js';
import { readPhraseData } from '../text/phrase-matcher.js';
import type { HtmlBlock } from './collect-blocks.js';

/**
 * A paragraph of this many words or more right above the article's element, named by nothing as set
 * apart, is the article's opening (see {@link isPlainLead}). Measured on trafilatura-eval HTML half A
 * (half B held out) and zyte-dev, with LEAD_PARAGRAPH_WORDS (40) left for named ones: 10, 15 and 20
 * give the same figures (half A tp +2, half B tp +5, fp unchanged on both, zyte-dev unchanged), 25
 * half A and half B tp +1 only (a lead of 21 words lost on half A).
 */
const PLAIN_LEAD_WORDS = 15;

let apart: RegExp | undefined;

/** The parts of class and id words that name a paragraph as set apart (`data/apart-names.yaml`). */
function apartNames(): RegExp {
  if (apart === undefined) {
    const { parts } = readPhraseData('apart-names.yaml') as { parts: string[] };
    apart = new RegExp(parts.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));
  }
  return apart;
}

/**
 * Whether a block right above the article's element is a lead paragraph however short (down to
 * PLAIN_LEAD_WORDS): a paragraph of prose or one sentence, not a heading, that neither its element nor
 * any element around it names as set apart (a dek, a summary, an intro, a header's box, a caption, a
 * bio: `data/apart-names.yaml`). A dek names itself or stands in a header in each of the seven pages of
 * zyte-dev and 29 of half A's that keep one over the body, and zyte-dev's answers leave them out; an
 * unnamed paragraph there is the article's first, split off its element by a picture or a layout's
 * column. Headings of 15 words and more right above (`h2`) were tried too: half A and half B tp +1
 * each, zyte-dev and `eval:unseen` unchanged, but a heading over the body is how a dek is styled, so
 * they stay out with the deks.
 * @param b the block
 * @param kind its kind as the line rules see it
 * @param words its words
 */
export function isPlainLead(b: HtmlBlock, kind: LineKind, words: number): boolean {
  if (kind !== 'prose' && kind !== 'sentence') return false;
  if (words < PLAIN_LEAD_WORDS || b.heading) return false;
  return !apartNames().test(b.context);
}
