import { SAYING_VERBS } from './quote-patterns.js';
import type { Sentence } from './sentences.js';

/**
 * A sentence that opens on a verb of saying in lower case, then a name, a capitalised role or "the"/"a"
 * and a role: 'said Ilse Varga, chair of the board.' No sentence opens so but the attribution of the
 * quotation before it.
 */
const OPENS_ON_VERB = new RegExp(String.raw`^(?:${SAYING_VERBS})\s(?=\p{Lu}|(?:the|a|an)\s)`, 'u');
/**
 * A sentence that ends on a stop, a comma, "!" or "?" and the mark closing a quotation, a space between
 * or none ('… can not afford a collapse. "': copy that spaced its marks, as it spaces "I' m").
 */
const ENDS_ON_CLOSE = /[.,!?…]\s?["”’]\s*$/u;

/** A closing mark set off from the stop by a space, ending the sentence. */
const SPACED_CLOSE = /\s["”’]\s*$/u;

/** The sentences as the quote cues read them, and the attributions joined to a quotation's sentence. */
export interface SetApartAttributions {
  /**
   * The sentences, each quotation's sentence taking on its attribution set apart after it, whose own
   * sentence is left empty (offsets as written, so a joined sentence spans both).
   */
  sentences: Sentence[];
  /** The sentence each joined attribution was written in, by the sentence of its quotation. */
  attributions: Map<number, number>;
}

/**
 * Joins to its quotation an attribution the copy set apart as a sentence of its own: '"… for another
 * twenty years."' then 'said Ilse Varga, chair of the Norvale Harbour Board.' (a text scraped one
 * sentence a line, or a line break the copy put before the verb), which had given the quotation no
 * speaker and the brief no quote.
 * @param sentences an article's sentences
 * @returns the sentences to read quotes in, and where each joined attribution was written
 */
export function joinSetApartAttributions(sentences: readonly Sentence[]): SetApartAttributions {
  const read = [...sentences];
  const attributions = new Map<number, number>();
  for (let j = 1; j < sentences.length; j++) {
    const quotation = read[j - 1] as Sentence;
    const attribution = sentences[j] as Sentence;
    if (!OPENS_ON_VERB.test(attribution.text) || !ENDS_ON_CLOSE.test(quotation.text)) continue;
    // '… a collapse. "' then 'said Ana Ruiz': joined as that copy writes an attribution after its spaced
    // mark ('… a conclusion, "he said.'), no space after the mark, which then closes the quotation
    const gap = SPACED_CLOSE.test(quotation.text) ? '' : ' ';
    read[j - 1] = {
      text: `${quotation.text.trimEnd()}${gap}${attribution.text}`,
      start: quotation.start,
      end: attribution.end,
    };
    read[j] = { text: '', start: attribution.start, end: attribution.end };
    attributions.set(j - 1, j);
  }
  return { sentences: read, attributions };
}
