import { isTitle } from './find-roles.js';
import { isGivenName } from './given-names.js';
import { isSayingVerb, sayingVerbs } from './saying-verbs.js';

/** Where, to whom or about what, after the noun or the verb: "to reporters", "for the owners", "about the delay". */
const AFTER = String.raw`(?:\s(?:to|for|on|about|at|in|after|during|over|of)\s[^:"“”]{1,50}?)?`;
/** What may stand before the noun: an article or a possessive, then up to two words ("a stark", "its brief"). */
const BEFORE_NOUN = String.raw`(?:(?:an?|the|this|that|his|her|its|their|one|another|some)\s)?(?:\p{Ll}[\p{Ll}-]*\s){0,2}?`;
/** The colon that ends the introduction, right before the quotation's mark or the text's end. */
const COLON = String.raw`(?=:\s*(?:["“‘]|$))`;

/**
 * A transcript's label opening a sentence, before the colon and the quotation's mark: a list's mark or
 * none, a title of capitalised words and "of", "for", "the" … ("Secretary of the Harbour Board"), then a
 * given name and a surname ('Harbour Secretary Tobin Rask: "…"'); or the text's end, for the words before
 * a quotation left open. The first label of a listed exchange may follow the introduction's colon in the
 * same sentence ('The messages read as follows: Harbour Secretary Tobin Rask: "…"', group 1). Up to
 * twelve title words: a deputy's office with its portfolio ("Special Adviser to the Secretary and
 * Director of Harbour Board Communications") runs to eleven.
 */
const LABEL =
  /^([^"“”]*?:{1,2}\s+|[:•*·–—-]\s*)?((?:(?:\p{Lu}[\p{L}.'’-]*|of|for|the|and|to)\s){0,12}?)((\p{Lu}\p{Ll}+)\s\p{Lu}[\p{L}'’-]+)(?=:\s*(?:["“]|$))/u;

/**
 * Reads a transcript's label, a person named before a colon that a quotation's mark follows at the
 * sentence's start ('Harbour Secretary Tobin Rask: "We should not wait."', as minutes, hearings and
 * exchanged messages set them), as "… said:", a title with "of" in it set off after the name ('Ilse
 * Varga, Secretary of the Harbour Board, said: "…"'), the form the speaker patterns read it in; the name
 * must open on a given name, so a heading before a quotation ('Fare Review: "…"') is none.
 * @param text a sentence
 * @returns the text so read, or the text itself
 */
function labelSaid(text: string): string {
  const m = LABEL.exec(text);
  if (!m || !isGivenName(m[4] as string)) return text;
  const title = (m[2] as string).trim();
  // the introduction before the label is no part of the attribution
  const from = m[1]?.includes(':') ? (m[1] as string).length : 0;
  // a title of capitalised words alone the name patterns read before the name ("Harbour Secretary Tobin
  // Rask said"); one with "of" or "for" in it they cut at its last capital, so it is set off after the name
  const apart = /\s\p{Ll}/u.test(title);
  return apart
    ? `${m[3]}, ${title}, said${text.slice(m[0].length)}`
    : `${text.slice(from, m[0].length)} said${text.slice(m[0].length)}`;
}

/**
 * A quotation credited with no verb, as news writing sets one: the mark closing the quotation on a comma
 * (or "?", "!"), then a name of two to four capitalised words whose first is a given name, a comma, a role
 * in lower case (after "the", "a" or "an" or none; no mark, colon or semicolon in it; no relative
 * clause), then the sentence's end ('"We will not sell the line," Ana Ruiz, the chief executive of Norvale
 * Transit.'). Nothing else may stand after the mark: a list of names ("…," Ana Ruiz, Tobin Rask and …)
 * has no role. The role's 120 characters: the longest role set off after a name on the six cluster briefs
 * is under 70; a bound keeps a run-on sentence out (nothing traded on them). Copy that spaces its marks
 * sets the space before the closing mark ('… economy, "Ana Ruiz, an analyst for Kestrel Bank.').
 */
const VERBLESS_CREDIT =
  /((?:[,?!]['’]?["”’]|["”’],)\s+|[,?!]\s["”](?=\p{Lu}))((\p{Lu}\p{Ll}+)(?:\s\p{Lu}[\p{Ll}'’-]+){1,3}),\s((?!(?:who|whom|whose|which|that|where|when)\s)(?:(?:the|an?)\s)?\p{Ll}[^"“”:;]{0,120}?)\.?\s*$/u;

/**
 * A verbless credit whose role opens on a capital and holds "of": the mark and its comma, a given-name-led
 * name, a comma, up to three capitalised words the last of them a title (`data/person-titles.yaml`), "of",
 * a capitalised body, then the sentence's end ('"…," Ilse Varga, Secretary of the Harbour Board.'). A list
 * of names ('"…," Ana Ruiz, Tobin Rask of the Kestrel Union.') has no title before "of" and is left. The
 * body's 80 characters: as `VERBLESS_CREDIT`'s bound, a run-on sentence kept out.
 */
const VERBLESS_TITLED_CREDIT =
  /((?:[,?!]['’]?["”’]|["”’],)\s+|[,?!]\s["”](?=\p{Lu}))((\p{Lu}\p{Ll}+)(?:\s\p{Lu}[\p{Ll}'’-]+){1,3}),\s((?:\p{Lu}[\p{Ll}-]+\s){0,2}(\p{Lu}[\p{Ll}-]+)\sof\s(?:the\s)?\p{Lu}[^"“”:;,]{0,80}?)\.?\s*$/u;

/**
 * Reads a verbless credit after a quotation (`VERBLESS_CREDIT`, `VERBLESS_TITLED_CREDIT`) as one with "said" before the name, the
 * form the speaker patterns read: '"…," Ana Ruiz, the chief executive.' → '"…," said Ana Ruiz, the chief
 * executive.'. A role with a verb of saying in it is an attribution already and is left.
 * @param text a sentence
 * @returns the text so read, or the text itself
 */
function verblessSaid(text: string): string {
  const titled = VERBLESS_TITLED_CREDIT.exec(text);
  const m = titled && isTitle(titled[5] as string) ? titled : VERBLESS_CREDIT.exec(text);
  if (!m || !isGivenName(m[3] as string) || (m[4] as string).split(/[\s,]+/u).some(isSayingVerb)) return text;
  // a spaced mark closes only a quotation the sentence began inside: one opening on a name ('She said, "Ana
  // Ruiz, you are wrong.') is no credit
  if (/\s["”]$/u.test(m[1] as string) && /["“”]/u.test(text.slice(0, m.index))) return text;
  const at = m.index + (m[1] as string).length;
  return `${text.slice(0, at)}said ${text.slice(at)}`;
}

/**
 * "the Harbour Gazette quoted Ilse Varga as saying", "State radio quoted the minister as saying": an
 * outlet (up to four capitalised words, or a state or local medium in lower case) that quotes the speaker,
 * who stands between "quoted" and "as saying" (no mark or comma inside).
 */
const QUOTED_AS =
  /(?:\b(?:[Tt]he\s)?(?:\p{Lu}[\p{L}.&'’-]*\s){1,4}|\b(?:[Ss]tate|[Ll]ocal)\s(?:\p{Ll}+\s){1,2})(?:quoted|quotes)\s((?:the\s|an?\s)?[^"“”,;:]{1,60}?)\sas\s(?:saying|having\ssaid)\b/gu;

/**
 * "According to" opening the sentence, who it names up to a comma (no mark, colon or semicolon; up to 80
 * characters), then the quotation's mark right after the comma: 'According to Kestrel Bank analyst Tomas
 * Vance, "…"' (group 1 who). The 80: a role with its body and a name runs to about sixty.
 */
const ACCORDING_OPENING = /^According to ((?:the\s|an?\s)?[^"“”,;:]{2,80}?),\s(?=["“])/u;
/**
 * After a quotation closing on a comma, "according to" a role in lower case (capitalised words of its body
 * before it or none) and a name a given name opens, to the sentence's end: '"…," according to Kestrel Bank
 * analyst Tomas Vance.' (group 1 the mark, 2 the role, 3 the given name).
 */
const ACCORDING_AFTER =
  /([,?!]["”]\s+)according to ((?:\p{Lu}[\p{L}&.'’-]*\s){0,3}(?:\p{Ll}[\p{Ll}-]*\s){1,3})(?=(\p{Lu}\p{Ll}+)\s\p{Lu}[\p{L}'’-]+\.?$)/u;

/**
 * Reads "according to" naming who speaks as "said", where the speaker patterns read the one after it:
 * 'According to Kestrel Bank analyst Tomas Vance, "…"' → 'Kestrel Bank analyst Tomas Vance said, "…"'
 * (an opening "According" had been read by no pattern, so the quote was no one's), and '"…," according to
 * Kestrel Bank analyst Tomas Vance.' → '"…," said Kestrel Bank analyst Tomas Vance.' (the body before the
 * role had been the speaker). "according to a ministry statement" after a quotation is left to the cue's
 * own reading (no role and name).
 * @param text a sentence
 * @returns the text so read, or the text itself
 */
function accordingSaid(text: string): string {
  if (text.startsWith('According to ')) {
    const m = ACCORDING_OPENING.exec(text);
    return m ? `${m[1]} said, ${text.slice(m[0].length)}` : text;
  }
  const m = text.includes('according to ') ? ACCORDING_AFTER.exec(text) : null;
  if (!m || !isGivenName(m[3] as string)) return text;
  return `${text.slice(0, m.index)}${m[1]}said ${text.slice(m.index + (m[1] as string).length + 'according to '.length)}`;
}

let patterns: { said: RegExp; saying: RegExp; attributed: RegExp; recalled: RegExp } | undefined;
function introPatterns(): { said: RegExp; saying: RegExp; attributed: RegExp; recalled: RegExp } {
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
    // a quotation inside it may close on the same stop ('"… can I?’" Varga recalled.'); copy that
    // spaces its marks sets the space before the mark ('… 8,000, "she continued.')
    attributed: new RegExp(
      String.raw`((?:[,?!]['’]?["”’]\s+|["”’],\s+|[,?!]\s"(?=\p{Ll}))(?:(?!(?:and|but|or|as|while|which|who|that|then|so)\s)[^\s"“”]+\s+){0,4}?)(?:${v.afterQuotation.join('|')})\b`,
      'gu',
    ),
    // "Ilse Varga remembered asking, "…"", "Tobin Rask recalled telling the board, "…"": one's own words
    // remembered, right before the quotation that holds them
    recalled: new RegExp(
      String.raw`\b(?:${v.recollecting.join('|')})\s(?:saying|asking|telling(?:\s[^,"“”:]{1,40}?)?)(?=[,:]?\s*["“])`,
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
 * `afterQuotation` is read as "said" too ('"…," he continued.' reads '"…," he said.'). A transcript's label
 * ('Harbour Secretary Tobin Rask: "…"') reads as "Harbour Secretary Tobin Rask said: "…"". An outlet
 * that quotes someone "as saying" is no speaker: '"…," the Harbour Gazette quoted Ilse Varga as saying'
 * reads '"…," Ilse Varga said'. One's own words remembered before the quotation ("Ilse Varga remembered
 * asking, "…"", "recalled telling the board, "…"", `recollecting` of `data/saying-verbs.yaml`) read "said".
 * A verbless credit after a quotation ('"…," Ana Ruiz, the chief executive.') reads '"…," said Ana Ruiz, …'
 * (`verblessSaid`). "According to" naming a person before a quotation or after it reads "said"
 * (`accordingSaid`).
 * @param text a sentence, or the introduction to a quotation
 * @returns the text so read, or the text itself when it holds no such introduction
 */
export function saidForm(text: string): string {
  const { said, saying, attributed, recalled } = introPatterns();
  const introduced = text.includes(':')
    ? labelSaid(text).replace(said, 'said').replace(saying, 'saying')
    : text;
  const quotedAs = text.includes(' as ') ? introduced.replace(QUOTED_AS, '$1 said') : introduced;
  const remembered = /\b(?:saying|asking|telling)\b/u.test(text)
    ? quotedAs.replace(recalled, 'said')
    : quotedAs;
  return verblessSaid(accordingSaid(remembered).replace(attributed, '$1said'));
}
