import { appendToList } from './append-to-list.js';
import type { Actor } from './briefing.js';
import { countryCapitals } from './country-entries.js';
import { datelineLength } from './dateline.js';
import { MONTH_NAMES, WEEKDAYS } from './month-names.js';
import { isLetterOrDigitUnit } from './text-stats.js';

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const DOLLAR = 0x24;

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
  /** The aliases that are a capital standing for its country ("Washington" of the United States). */
  readonly #capitals = new Set<string>();
  /** The actors looked for. */
  readonly actors: readonly Pick<Actor, 'name' | 'aliases'>[];

  /**
   * @param actors the actors to look for (their names and aliases)
   */
  constructor(actors: readonly Pick<Actor, 'name' | 'aliases'>[]) {
    this.actors = actors;
    const capitals = countryCapitals();
    for (const a of actors)
      for (const alias of [a.name, ...a.aliases]) {
        if (alias && !this.#byAlias.has(alias)) this.#byAlias.set(alias, a.name);
        if (alias !== a.name && capitals.has(alias)) this.#capitals.add(alias);
      }
    // looked up by first character rather than as one pattern of all the names: the pattern was tried at
    // every character of every sentence (a tenth of the cross-article step of 1,000 bench pages)
    const aliases = [...this.#byAlias.keys()].sort((a, b) => b.length - a.length || a.localeCompare(b));
    for (const alias of aliases) {
      const first = alias.charCodeAt(0);
      this.#starts[first] = 1;
      appendToList(this.#byFirst, first, alias);
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
    // a curly apostrophe is read as a straight one ("People’s Party" is "People's Party"), as it comes,
    // with no copy of the text made and no pass over it first (that pass was half of the search over
    // the statements of 10,000 bench pages); both are neither letter nor digit at a word's edge
    for (let i = 0; i < text.length; i++) {
      const unit = foldedAt(text, i);
      if (this.#starts[unit] === 0) continue;
      if (i > 0 && isLetterOrDigitBefore(text, i)) continue;
      for (const alias of this.#byFirst.get(unit) as string[]) {
        const end = i + alias.length;
        // "US$6", "A$300": a currency's sign, not the country
        if (
          !startsWithFolded(text, alias, i) ||
          (end < text.length && (isLetterOrDigitAt(text, end) || text.charCodeAt(end) === DOLLAR))
        )
          continue;
        if (skip < 0) skip = datelineLength(text);
        // "Washington Mutual", "the Washington Post": a capital opening a name is a body's or a place's
        // of the city, no mention of its country; "South America" is no mention of the United States
        if (i >= skip && !(this.#capitals.has(alias) ? opensName(text, end) : closesPlaceName(text, i)))
          out.push({ actor: this.#byAlias.get(alias) as string, from: i, to: end });
        i = end - 1;
        break;
      }
    }
    return out;
  }
}

/**
 * Whether a word of direction that makes another place of a country's or a region's name stands right
 * before an offset ("South America", "Latin America", "South Sudan", "North Korea", "New Mexico"): no
 * mention of the United States, Sudan or Mexico (a report on cocaine "in South America" had been a
 * source's lean toward the United States). Not "Northern", "Western" and the like, which name a part
 * of it ("Northern Iraq").
 * @param text the text
 * @param at the offset of the name
 */
function closesPlaceName(text: string, at: number): boolean {
  if (at < 4 || text.charCodeAt(at - 1) !== 32) return false;
  const word = WORD_BEFORE.exec(text.slice(Math.max(0, at - 12), at - 1))?.[1];
  return word !== undefined && OTHER_PLACE.has(word);
}
const WORD_BEFORE = /(?:^|[^\p{L}])(\p{Lu}\p{Ll}+)$/u;
const OTHER_PLACE = new Set(['North', 'South', 'East', 'West', 'Central', 'Latin', 'New']);

/**
 * Whether a capitalised word of a name follows a capital's name at an offset ("Washington Mutual",
 * "Paris Saint-Germain"): a space, then a capital and a small letter, not a weekday's or a month's name
 * ("in Washington Tuesday", a wire's way of dating) nor an abbreviation ("Washington DC").
 * @param text the text
 * @param at the offset after the capital's name
 */
function opensName(text: string, at: number): boolean {
  if (text.charCodeAt(at) !== 32) return false;
  const word = NEXT_WORD.exec(text.slice(at + 1, at + 24))?.[0];
  return word !== undefined && !DAY_OR_MONTH.has(word);
}
const NEXT_WORD = /^\p{Lu}\p{Ll}[\p{L}-]*/u;
const DAY_OR_MONTH = new Set([...MONTH_NAMES, ...WEEKDAYS]);

/** The UTF-16 unit at an offset of a text, a curly apostrophe (U+2019) read as a straight one. */
function foldedAt(text: string, at: number): number {
  const unit = text.charCodeAt(at);
  return unit === 0x2019 ? 39 : unit;
}

/** Whether a text holds a name at an offset, a curly apostrophe in the text read as a straight one. */
function startsWithFolded(text: string, name: string, at: number): boolean {
  if (!name.includes("'")) return text.startsWith(name, at);
  if (at + name.length > text.length) return false;
  for (let k = 0; k < name.length; k++) if (foldedAt(text, at + k) !== name.charCodeAt(k)) return false;
  return true;
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
