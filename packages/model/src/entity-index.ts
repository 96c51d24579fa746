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

/** The lookup form of one token: lower case, dots dropped, curly apostrophe straightened. */
function tokenKey(word: string): string {
  let w = word.toLowerCase();
  if (w.includes('.')) w = w.replace(/\./g, '');
  if (w.includes('’')) w = w.replace(/’/g, "'");
  return w;
}

/** Keys of the token runs starting at the first token: one per run length, tokens joined as written (space or none). */
function* runKeys(tokens: readonly Token[], from: number, text: string): Generator<[key: string, to: number]> {
  let key = '';
  for (let i = from; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (i > from) {
      const gap = text.slice((tokens[i - 1] as Token).end, t.start);
      if (gap.length > 0 && gap.trim().length > 0) return;
      if (gap.length > 0) key += ' ';
    }
    key += tokenKey(t.text);
    yield [key, i];
  }
}

const startsUpper = (word: string) => {
  const c = word.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c > 127 && /^\p{Lu}/u.test(word));
};

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
  private readonly prefixes = new Set<string>();
  private readonly lowerCase = new Set<string>();

  /**
   * @param entries the known entities; an alias two entries share stays with the first
   */
  constructor(readonly entries: readonly GazetteerEntry[]) {
    const capitals = countryCapitals();
    entries.forEach((e, i) => {
      for (const alias of [e.name, ...e.aliases]) {
        const bare = alias.replace(/^the\s+/i, '');
        const tokens = tokenizeWords(bare);
        let run = '';
        for (const [key] of runKeys(tokens, 0, bare)) {
          run = key;
          this.prefixes.add(key);
        }
        for (const key of new Set([nameKey(alias), run])) {
          if (key.length === 0 || this.byKey.has(key)) continue;
          this.byKey.set(key, i);
          if (/^\p{Ll}/u.test(bare)) this.lowerCase.add(key);
          if (alias !== e.name && (key.length <= 2 || capitals.has(alias))) this.confirm.add(key);
        }
      }
    });
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
      let best: { entry: number; to: number; key: string } | null = null;
      for (const [key, to] of runKeys(tokens, i, text)) {
        if (!this.prefixes.has(key)) break;
        const entry = this.byKey.get(key);
        if (entry !== undefined) best = { entry, to, key };
      }
      if (!best) continue;
      // a run in lower case is a name only when an alias is written so ("international coalition")
      if (!startsUpper((tokens[i] as Token).text) && !this.lowerCase.has(best.key)) continue;
      out.push({
        entry: best.entry,
        start: (tokens[i] as Token).start,
        end: (tokens[best.to] as Token).end,
        confirm: this.confirm.has(best.key),
      });
      i = best.to;
    }
    return out;
  }
}
