import { sayingVerbs } from './saying-verbs.js';

/** Where, to whom or about what, after the noun or the verb: "to reporters", "for the owners", "about the delay". */
const AFTER = String.raw`(?:\s(?:to|for|on|about|at|in|after|during|over|of)\s[^:"“”]{1,50}?)?`;
/** What may stand before the noun: an article or a possessive, then up to two words ("a stark", "its brief"). */
const BEFORE_NOUN = String.raw`(?:(?:an?|the|this|that|his|her|its|their|one|another|some)\s)?(?:\p{Ll}[\p{Ll}-]*\s){0,2}?`;
/** The colon that ends the introduction, right before the quotation's mark or the text's end. */
const COLON = String.raw`(?=:\s*(?:["“‘]|$))`;

let patterns: { said: RegExp; saying: RegExp; attributed: RegExp } | undefined;
function introPatterns(): { said: RegExp; saying: RegExp; attributed: RegExp } {
  if (patterns) return patterns;
  const v = sayingVerbs();
  const nouns = [...v.speechNouns, ...v.documents].join('|');
  patterns = {
    // "issued a warning", "gave a statement to reporters", "spoke about the delay": a subject before it
    said: new RegExp(
      String.raw`(?<=\S\s)(?:(?:${v.giving.join('|')})\s${BEFORE_NOUN}(?:${nouns})|(?:${v.colonVerbs.join('|')}))${AFTER}${COLON}`,
      'gu',
    ),
    // "…, warning:", "…, telling reporters:"
    saying: new RegExp(
      String.raw`(?<=,\s)(?:${v.colonParticiples.join('|')})(?:\s[^:"“”,]{1,40}?)?${COLON}`,
      'gu',
    ),
    // '"…," he continued', '"…," enthused Ada Quist': within five words after a mark closing on a comma,
    // no conjunction between ('"fair to every rider," and the union claimed a win' is no attribution)
    attributed: new RegExp(
      String.raw`((?:[,?!]["”’]|["”’],)\s+(?:(?!(?:and|but|or|as|while|which|who|that|then|so)\s)[^\s"“”]+\s+){0,4}?)(?:${v.afterQuotation.join('|')})\b`,
      'gu',
    ),
  };
  return patterns;
}

/**
 * Reads an introduction by a noun of what is said, or by a verb that introduces only before a colon, as
 * one by a verb of saying, so that the speaker patterns find who is before it: "The minister issued a
 * warning: "…"" → "The minister said: "…"", "Mara Holt spoke about the delay:" → "Mara Holt said:",
 * "…, warning: "…"" → "…, saying: "…"" (`speechNouns`, `giving`, `colonVerbs`, `colonParticiples` of
 * `data/saying-verbs.yaml`). Only right before a colon that a quotation mark or the text's end follows;
 * a warning received ("received a warning from the owners:") is someone else's and is left. In an
 * attribution, within five words after a mark closing a quotation on a comma, "?" or "!", a verb of
 * `afterQuotation` is read as "said" too ('"…," he continued.' reads '"…," he said.').
 * @param text a sentence, or the introduction to a quotation
 * @returns the text so read, or the text itself when it holds no such introduction
 */
export function saidForm(text: string): string {
  const { said, saying, attributed } = introPatterns();
  const introduced = text.includes(':') ? text.replace(said, 'said').replace(saying, 'saying') : text;
  return introduced.replace(attributed, '$1said');
}
