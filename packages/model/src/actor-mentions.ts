import type { Actor } from './briefing.js';
import { datelineLength } from './dateline.js';

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

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
    this.#pattern = aliases.length
      ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${aliases.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'gu')
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
    for (const m of plain.matchAll(this.#pattern)) {
      if (m.index < skip) continue;
      const actor = this.#byAlias.get(m[0]);
      if (actor !== undefined) out.push({ actor, from: m.index, to: m.index + m[0].length });
    }
    return out;
  }
}
