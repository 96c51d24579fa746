import type { Actor } from './briefing.js';
import { datelineLength } from './dateline.js';

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
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
  readonly #pattern: RegExp | null;
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
    const aliases = [...this.#byAlias.keys()].sort((a, b) => b.length - a.length || a.localeCompare(b));
    // no look-behind in front: the engine would test it at every character before trying the names
    // (3-10x slower on a 10,000-page brief's sentences); find() tests the character before a match
    this.#pattern = aliases.length
      ? new RegExp(`(?:${aliases.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'gu')
      : null;
  }

  /**
   * The actors a text names, outside the dateline that may open it ("SANTIAGO —" names where the
   * report was filed, not what it says of Chile).
   * @param text any text
   * @returns one mention per match, in order
   */
  find(text: string): ActorMention[] {
    if (!this.#pattern) return [];
    const out: ActorMention[] = [];
    const skip = datelineLength(text);
    // most texts have no curly apostrophe: no copy of them is made
    const plain = text.includes('’') ? text.replace(/’/g, "'") : text;
    const pattern = this.#pattern;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(plain); m !== null; m = pattern.exec(plain)) {
      // inside a word: look again from the next character, as a look-behind would have
      if (m.index > 0 && LETTER_OR_DIGIT.test(charBefore(plain, m.index))) {
        pattern.lastIndex = m.index + 1;
        continue;
      }
      if (m.index < skip) continue;
      const actor = this.#byAlias.get(m[0]);
      if (actor !== undefined) out.push({ actor, from: m.index, to: m.index + m[0].length });
    }
    return out;
  }
}

/** The character (code point) before an offset of a text. */
function charBefore(text: string, at: number): string {
  const unit = text.charCodeAt(at - 1);
  return unit >= 0xdc00 && unit <= 0xdfff && at >= 2 ? text.slice(at - 2, at) : text.charAt(at - 1);
}
