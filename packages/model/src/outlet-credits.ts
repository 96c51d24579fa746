import { OUTLET_CREDIT_AFTER, OUTLET_CREDIT_BEFORE } from './english-cues.js';
import { escapeRegExp, phrasesPattern } from './escape-reg-exp.js';

/** A cue as a pattern: either case for its first letter (it may open a sentence), any space, either apostrophe. */
const phrase = (w: string) =>
  escapeRegExp(w)
    .replace(/^\p{L}/u, (c) => `[${c}${c.toUpperCase()}]`)
    .replace(/'/g, "['’]")
    .replace(/ /g, '\\s+');
const BEFORE = OUTLET_CREDIT_BEFORE.map(phrase).join('|');
// a possessive's mark stands right after the name ("Tern News' request"), a word after a space
const POSSESSIVE = OUTLET_CREDIT_AFTER.filter((w) => w.startsWith("'"))
  .map(phrase)
  .join('|');
const AFTER = OUTLET_CREDIT_AFTER.filter((w) => !w.startsWith("'"))
  .map(phrase)
  .join('|');

/** The credit patterns made so far, by the forms they match (an outlet's forms recur in its sources). */
const credits = new Map<string, RegExp>();

/** The pattern of {@link ownOutletCredits} for some forms of a name. */
function creditPattern(forms: readonly string[]): RegExp {
  const key = forms.join('\n');
  let credit = credits.get(key);
  if (credit) return credit;
  // one pattern of all forms, the longest first: "told Tern Gazette Online" is one credit, not also one
  // of "Tern Gazette"
  const names = phrasesPattern([...new Set(forms)].sort((a, b) => b.length - a.length));
  const name = `(?:[Tt]he\\s+)?(?:${names})`;
  credit = new RegExp(
    [
      `(?<![\\p{L}\\p{N}])(?:${BEFORE})\\s+${name}(?![\\p{L}\\p{N}])`,
      `(?<![\\p{L}\\p{N}])${name}(?:${POSSESSIVE}|\\s+(?:${AFTER}))(?![\\p{L}])`,
      // a dateline's credit: "(Tern Wire)" opening the text, "KESTREL BAY, May 2 (Tern Wire) -", "Kestrel
      // Bay (Tern Wire)The council…"
      `^\\(${name}(?:\\s[^)]*)?\\)|\\(${name}(?:\\s[^)]*)?\\)(?=\\s*[-–—]|\\p{Lu})`,
    ].join('|'),
    'gmu',
  );
  // a brief's outlets are few; a long-running process's many briefs must not grow this without end
  if (credits.size >= 1000) credits.clear();
  credits.set(key, credit);
  return credit;
}

/**
 * How many times a source names its own outlet as the one it reports for or was told something by
 * ("he told the Tern Gazette", "did not respond to Tern News' request for comment", "a reporter for Tern
 * Tech", a dateline's "(Tern Wire) -"): the outlet speaking of its own reporting, which makes it no actor of
 * the story. A company's own site naming itself otherwise ("I joined Tern Labs", "Tern Labs said on Monday
 * it would hire 40 engineers") does speak of an actor, and those mentions stay.
 * @param text the source's text
 * @param forms the forms a source uses of the name that is its outlet's
 * @returns the count of such mentions
 */
export function ownOutletCredits(text: string, forms: readonly string[]): number {
  return text.match(creditPattern(forms))?.length ?? 0;
}
