import type { Actor } from './briefing.js';
import { datelineLength } from './dateline.js';
import { isLetterOrDigitUnit } from './text-stats.js';

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Where a sentence names an actor. */
export interface ActorMention {
  /** The actor's name (`actors[].name`). */
  actor: string;
  /** Offsets of the mention in the searched text. */
  from: number;
  to: number;
}

/** Finds where texts name the brief's actors, by name or alias, longest first. */
export class ActorMentions {
  /** The aliases by their first UTF-16 unit, longest first, as one alternation would try them. */
  readonly #byFirst = new Map<number, string[]>();
  /** Whether some alias starts with a given UTF-16 unit: most characters start none. */
  readonly #starts = new Uint8Array(0x10000);
  readonly #byAlias = new Map<string, string>();
  /** The actors looked for. */
  readonly actors: readonly Pick<Actor, 'name' | 'aliases'>[];

  /**
   * @param actors the actors to look for (their names and aliases)
   */
  constructor(actors: readonly Pick<Actor, 'name' | 'aliases'>[]) {
    this.actors = actors;
    for (const a of actors)
      for (const alias of [a.name, ...a.aliases])
        if (alias && !this.#byAlias.has(alias)) this.#byAlias.set(alias, a.name);
    // looked up by first character rather than as one pattern of all the names: the pattern was tried at
    // every character of every sentence (a tenth of the cross-article step of 1,000 bench pages)
    const aliases = [...this.#byAlias.keys()].sort((a, b) => b.length - a.length || a.localeCompare(b));
    for (const alias of aliases) {
      const first = alias.charCodeAt(0);
      this.#starts[first] = 1;
      const list = this.#byFirst.get(first);
      if (list) list.push(alias);
      else this.#byFirst.set(first, [alias]);
    }
  }

  /**
   * The actors a text names, outside the dateline that may open it ("SANTIAGO —" names where the
   * report was filed, not what it says of Chile).
   * @param text any text
   * @returns one mention per match, in order
   */
  find(text: string): ActorMention[] {
    const out: ActorMention[] = [];
    if (this.#byFirst.size === 0) return out;
    // the dateline's length, read at the first name found: most statements name no main actor (issue 17)
    let skip = -1;
    // most texts have no curly apostrophe: no copy of them is made
    const plain = text.includes('’') ? text.replace(/’/g, "'") : text;
    // the first name at the leftmost place where one stands as a whole word, then on after it
    for (let i = 0; i < plain.length; i++) {
      const unit = plain.charCodeAt(i);
      if (this.#starts[unit] === 0) continue;
      if (i > 0 && isLetterOrDigitBefore(plain, i)) continue;
      for (const alias of this.#byFirst.get(unit) as string[]) {
        const end = i + alias.length;
        if (!plain.startsWith(alias, i) || (end < plain.length && isLetterOrDigitAt(plain, end))) continue;
        if (skip < 0) skip = datelineLength(text);
        if (i >= skip) out.push({ actor: this.#byAlias.get(alias) as string, from: i, to: end });
        i = end - 1;
        break;
      }
    }
    return out;
  }
}

/**
 * Whether the character at an offset of a text is a letter or a digit: a unit outside a surrogate pair by
 * its code ({@link isLetterOrDigitUnit}, the same answer as the pattern's, which was tried at each
 * candidate start of each sentence), a surrogate as the pattern reads {@link charAt}.
 */
function isLetterOrDigitAt(text: string, at: number): boolean {
  const unit = text.charCodeAt(at);
  return unit >= 0xd800 && unit <= 0xdfff
    ? LETTER_OR_DIGIT.test(charAt(text, at))
    : isLetterOrDigitUnit(unit);
}

/** {@link isLetterOrDigitAt} of the character before an offset ({@link charBefore}). */
function isLetterOrDigitBefore(text: string, at: number): boolean {
  const unit = text.charCodeAt(at - 1);
  return unit >= 0xd800 && unit <= 0xdfff
    ? LETTER_OR_DIGIT.test(charBefore(text, at))
    : isLetterOrDigitUnit(unit);
}

/** The character (code point) at an offset of a text. */
function charAt(text: string, at: number): string {
  const unit = text.charCodeAt(at);
  return unit >= 0xd800 && unit <= 0xdbff ? text.slice(at, at + 2) : text.charAt(at);
}

/** The character (code point) before an offset of a text. */
function charBefore(text: string, at: number): string {
  const unit = text.charCodeAt(at - 1);
  return unit >= 0xdc00 && unit <= 0xdfff && at >= 2 ? text.slice(at - 2, at) : text.charAt(at - 1);
}
