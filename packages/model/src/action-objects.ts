// Whether a sentence names an actor as the one an action is made with or against ("a deal with Norvale").
import { isActionNoun } from './action-nouns.js';
import { escapeRegExp } from './escape-reg-exp.js';

/** The prepositions that make the name after them the other side of an action: "a deal with", "a ruling against". */
const OTHER_SIDE = new Set(['with', 'against']);
/**
 * How many words before the preposition the action's noun may stand: right before it or with two words
 * after it ("a deal in principle with"); 3 changed none of the seven bottom lines read in session 94
 * (the six Wikinews cluster briefs and `corpus/`), whose countries are each named as a setting.
 */
const NOUN_WITHIN = 3;

/**
 * Whether a sentence names an actor as the other side of an action: its name (after "the") right after
 * "with" or "against", a noun of action ({@link isActionNoun}) within three words before ("signed a trade
 * deal with Norvale", "the ruling against Norvale", "sanctions against Norvale", "talks on a settlement
 * with Norvale"); not "Stocks fell in Norvale" nor "Norvale's trams", where it is the setting or an owner.
 * @param sentence the sentence, as a source wrote it
 * @param names the actor's name and aliases
 * @returns whether the actor is the other side of an action in it
 */
export function isActedUpon(sentence: string, names: readonly string[]): boolean {
  const name = new RegExp(
    String.raw`(?<![\p{L}\p{N}])(?:${[...names]
      .sort((a, b) => b.length - a.length)
      .map(escapeRegExp)
      .join('|')})(?![\p{L}\p{N}'’])`,
    'gu',
  );
  for (const m of sentence.matchAll(name)) {
    const before = sentence
      .slice(0, m.index)
      .split(/\s+/)
      .filter((w) => w !== '');
    if (before.at(-1)?.toLowerCase() === 'the') before.pop();
    if (!OTHER_SIDE.has(before.pop()?.toLowerCase() ?? '')) continue;
    const near = before.slice(-NOUN_WITHIN).map((w) => w.toLowerCase().replace(/[^\p{Ll}]/gu, ''));
    if (near.some((w) => w !== '' && isActionNoun(w))) return true;
  }
  return false;
}
