import { countryCapitals } from './country-entries.js';
import type { GazetteerEntry } from './gazetteer.js';
import { type Token, tokenizeWords } from './tokenize-words.js';

/**
 * The form of a name used to look it up: dots and a leading "the" dropped, curly apostrophes
 * straightened, lower case ("the U.S." → "us").
 * @param name a name as written
 */
export function nameKey(name: string): string {
  return name
    .replace(/’/g, "'")
    .replace(/\./g, '')
    .replace(/^the\s+/i, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** A known name found in a sentence: the entry it names and where. */
export interface KnownMatch {
  entry: number;
  start: number;
  end: number;
  /** Whether the tagger must also see a name here (short codes such as "US", capitals such as "Male"). */
  confirm: boolean;
}

/**
 * Every alias of a gazetteer by its {@link nameKey}, for looking up token runs (longest first) in
 * time linear in the tokens, whatever the size of the gazetteer.
 */
export class EntityIndex {
  private readonly byKey = new Map<string, number>();
  private readonly confirm = new Set<string>();
  private readonly starts = new Set<string>();
  private readonly lowerCase = new Set<string>();
  private readonly longest: number;

  /**
   * @param entries the known entities; an alias two entries share stays with the first
   */
  constructor(readonly entries: readonly GazetteerEntry[]) {
    const capitals = countryCapitals();
    let longest = 1;
    entries.forEach((e, i) => {
      for (const alias of [e.name, ...e.aliases]) {
        const key = nameKey(alias);
        if (/^(?:the\s+)?\p{Ll}/u.test(alias)) this.lowerCase.add(key);
        if (key.length === 0 || this.byKey.has(key)) continue;
        this.byKey.set(key, i);
        if (alias !== e.name && (key.length <= 2 || capitals.has(alias))) this.confirm.add(key);
        const words = tokenizeWords(alias.replace(/^the\s+/i, ''));
        this.starts.add(nameKey(words[0]?.text ?? ''));
        longest = Math.max(longest, words.length);
      }
    });
    this.longest = longest;
  }

  /**
   * The entry a name refers to.
   * @param name a name as written
   * @returns the entry's index, or undefined
   */
  lookup(name: string): number | undefined {
    return this.byKey.get(nameKey(name));
  }

  /**
   * Finds known names in a sentence's tokens, longest match first, without overlaps.
   * @param tokens the sentence's tokens
   * @param text the sentence
   * @returns the matches in order
   */
  matches(tokens: readonly Token[], text: string): KnownMatch[] {
    const out: KnownMatch[] = [];
    for (let i = 0; i < tokens.length; i++) {
      if (!this.starts.has(nameKey((tokens[i] as Token).text))) continue;
      for (let n = Math.min(this.longest, tokens.length - i); n >= 1; n--) {
        const start = (tokens[i] as Token).start;
        const end = (tokens[i + n - 1] as Token).end;
        const key = nameKey(text.slice(start, end));
        const entry = this.byKey.get(key);
        if (entry === undefined) continue;
        // a run in lower case is a name only when an alias is written so ("international coalition")
        if (!/^\p{Lu}/u.test(text.slice(start, end)) && !this.lowerCase.has(key)) continue;
        out.push({ entry, start, end, confirm: this.confirm.has(key) });
        i += n - 1;
        break;
      }
    }
    return out;
  }
}
