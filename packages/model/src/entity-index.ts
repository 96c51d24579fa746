import { countryCapitals, countryGivenNames, countryLooseSpellings } from './country-entries.js';
import type { GazetteerEntry } from './gazetteer.js';
import { lowerLatin1 } from './lower-latin1.js';
import { subdivisionNames } from './subdivision-entries.js';
import { LANE_A, unitA } from './term-keys.js';
import { type Token, tokenizeWords } from './tokenize-words.js';

/**
 * The form of a name used to look it up: dots and a leading "the" dropped, curly apostrophes
 * straightened, lower case ("the U.S." → "us").
 * @param name a name as written
 */
export function nameKey(name: string): string {
  if (isPlainName(name)) return name.toLowerCase();
  return name
    .replace(/’/g, "'")
    .replace(/\./g, '')
    .replace(/^the\s+/i, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

const SPACE = /\s/;

/**
 * Whether {@link nameKey} only lower-cases a name: no dot, no curly apostrophe, no leading "the", and
 * words one plain space apart. Most multi-word names are so, and skipping the replacements took
 * name finding from 1,449 to 1,427 CPU ms per 1,000 bench pages.
 */
function isPlainName(name: string): boolean {
  const n = name.length;
  if (n > 3 && name.charCodeAt(3) === 32 && /^the/i.test(name)) return false;
  for (let i = 0; i < n; i++) {
    const c = name.charCodeAt(i);
    if (c === 46 || c === 0x2019) return false;
    if (c === 32) {
      if (i === 0 || i === n - 1 || name.charCodeAt(i - 1) === 32) return false;
    } else if (c < 32 || (c >= 128 && SPACE.test(name[i] as string))) return false;
  }
  return true;
}

/** The lookup form of one token: lower case, dots dropped, curly apostrophe straightened. */
function tokenKey(word: string): string {
  let w = word.toLowerCase();
  if (w.includes('.')) w = w.replace(/\./g, '');
  if (w.includes('’')) w = w.replace(/’/g, "'");
  return w;
}

/**
 * Calls `visit` with the key of each token run starting at token `from` (tokens joined as written:
 * a space or nothing), longest last, until it returns false or a gap holds more than spaces.
 */
function eachRunKey(
  keyAt: (i: number) => string,
  tokens: readonly Token[],
  from: number,
  text: string,
  visit: (key: string, to: number) => boolean,
): void {
  let key = keyAt(from);
  if (!visit(key, from)) return;
  for (let i = from + 1; i < tokens.length; i++) {
    const before = (tokens[i - 1] as Token).end;
    const start = (tokens[i] as Token).start;
    if (start > before) {
      if (text.slice(before, start).trim().length > 0) return;
      key += ' ';
    }
    // a full stop alone ("Madrid .") has an empty key: it ends the run rather than joining it
    const next = keyAt(i);
    if (next.length === 0) return;
    key += next;
    if (!visit(key, i)) return;
  }
}

/** Reads each token's {@link tokenKey} when first asked, and keeps it. */
function keyReader(tokens: readonly Token[]): (j: number) => string {
  const keys: (string | undefined)[] = [];
  return (j) => (keys[j] ??= tokenKey((tokens[j] as Token).text));
}

/** Whether a sentence is written in capitals: most of its tokens change with their key (lower case). */
function isShouting(tokens: readonly Token[], keyAt: (j: number) => string): boolean {
  let changed = 0;
  for (let j = 0; j < tokens.length; j++) if (keyAt(j) !== (tokens[j] as Token).text) changed++;
  return changed > tokens.length / 2;
}

// patterns of the functions below, made once: inside a function a pattern with \p{…} outside a class
// is built by `new RegExp` at each call in the bundle (esbuild lowers it for Node targets)
const CAPITAL_FIRST = /^\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;
const CODE_FORM = /^(?:\p{Lu}\.?){1,3}$/u;
const startsUpper = (word: string) => {
  const c = word.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c > 127 && CAPITAL_FIRST.test(word));
};

export { lowerLatin1 };

/** A known name found in a sentence: the entry it names and where (offsets and token indices). */
export interface KnownMatch {
  entry: number;
  start: number;
  end: number;
  from: number;
  to: number;
  /** Whether the tagger must also see a name here (short codes such as "US", capitals such as "Male"). */
  confirm: boolean;
}

/** An {@link EntityIndex} as plain data (see {@link EntityIndex.table}). */
export interface EntityIndexTable {
  /** Each key and its entry's index, in the order they were added. */
  byKey: [string, number][];
  capitals: string[];
  /** The keys of loose spellings (see `countryLooseSpellings`), taken only where the tagger reads the text. */
  loose: string[];
  /** The keys of country names that are given names too (see `countryGivenNames`). */
  givenNamed: string[];
  codes: string[];
  acronyms: string[];
  prefixes: string[];
  lowerCase: string[];
  /** One flag a code unit below 128. */
  lowerStarts: number[];
  /** The prefix filter's words that are not 0: each word's index, then the word. */
  prefixWords: number[];
}

/**
 * Every alias of a gazetteer by its {@link nameKey}, for looking up token runs (longest first) in
 * time linear in the tokens, whatever the size of the gazetteer.
 */
export class EntityIndex {
  private readonly byKey = new Map<string, number>();
  private readonly capitals = new Set<string>();
  /** The keys of the country aliases no language names the country by ("Mann"), as a German noun may read. */
  private readonly loose = new Set<string>();
  /** The keys of country names in other languages that are given names too ("Maurice"). */
  private readonly givenNamed = new Set<string>();
  private readonly codes = new Set<string>();
  /** The keys of aliases written in capitals only ("WHO", "NATO"). */
  private readonly acronyms = new Set<string>();
  private readonly prefixes = new Set<string>();
  private readonly lowerCase = new Set<string>();
  /** The first code units of the lower-case aliases' keys ("former …"): few, so most words start none. */
  private readonly lowerStarts = new Uint8Array(128);
  /**
   * Three bits in one 32-bit word for the hash of each key in {@link prefixes} (`prefixWord`, `prefixMask`;
   * {@link PREFIX_BITS}): most words miss one of theirs.
   */
  private readonly prefixBits = new Uint32Array(PREFIX_BITS >>> 5);
  /** A bit for the hash of each key in {@link byKey} (32 bits a key or more): most names looked up have none. */
  private keyBits = new Uint32Array(0);
  private keyMask = 0;

  /**
   * @param entries the known entities; an alias two entries share stays with the first
   * @param table what {@link EntityIndex.table} gave of an index of these entries, to read instead of
   *   deriving it (see `builtInIndex`)
   */
  constructor(
    readonly entries: readonly GazetteerEntry[],
    table?: EntityIndexTable,
  ) {
    if (table !== undefined) {
      this.byKey = new Map(table.byKey);
      this.capitals = new Set(table.capitals);
      this.loose = new Set(table.loose);
      this.givenNamed = new Set(table.givenNamed);
      this.codes = new Set(table.codes);
      this.acronyms = new Set(table.acronyms);
      this.prefixes = new Set(table.prefixes);
      this.lowerCase = new Set(table.lowerCase);
      this.lowerStarts.set(table.lowerStarts);
      const { prefixWords } = table;
      for (let j = 0; j < prefixWords.length; j += 2)
        this.prefixBits[prefixWords[j] as number] = prefixWords[j + 1] as number;
      this.markKeys();
      return;
    }
    const capitals = countryCapitals();
    const loose = countryLooseSpellings();
    const givenNamed = countryGivenNames();
    const subdivisions = subdivisionNames();
    entries.forEach((e, i) => {
      for (const alias of [e.name, ...e.aliases]) {
        const bare = alias.replace(/^the\s+/i, '');
        const tokens = tokenizeWords(bare);
        let run = '';
        const keys = tokens.map((t) => tokenKey(t.text));
        if (tokens.length > 0)
          eachRunKey(
            (j) => keys[j] as string,
            tokens,
            0,
            bare,
            (key) => {
              run = key;
              this.prefixes.add(key);
              const h = hashUnits(key, 0, key.length);
              const at = prefixWord(h);
              this.prefixBits[at] = (this.prefixBits[at] as number) | prefixMask(h);
              return true;
            },
          );
        for (const key of new Set([nameKey(alias), run])) {
          if (key.length === 0 || this.byKey.has(key)) continue;
          this.byKey.set(key, i);
          if (/^\p{Ll}/u.test(bare)) {
            this.lowerCase.add(key);
            const first = key.charCodeAt(0);
            if (first < 128) this.lowerStarts[first] = 1;
            else this.lowerStarts.fill(1); // a key opening outside ASCII: no token is passed over
          }
          if (alias !== e.name && capitals.has(alias)) this.capitals.add(key);
          // a state or province: also a person's name or a word ("Virginia", "Jersey")
          else if (e.kind === 'place' && subdivisions.has(alias)) this.capitals.add(key);
          else if (alias !== e.name && key.length <= 2) this.codes.add(key);
          if (/^\p{Lu}{2,}$/u.test(bare)) this.acronyms.add(key);
          if (alias !== e.name && loose.has(alias)) this.loose.add(key);
          if (alias !== e.name && givenNamed.has(alias)) this.givenNamed.add(key);
        }
      }
    });
    this.markKeys();
  }

  /**
   * Sets {@link keyBits} from the keys (after `byKey` is filled: it does not change after): a power of two
   * of bits, at least 32 a key, so that about one name in 32 that is no key has a bit (16 KB for the
   * 3,608 keys of the built-in index).
   */
  private markKeys(): void {
    let bits = 1 << 12;
    while (bits < this.byKey.size * 32) bits *= 2;
    this.keyBits = new Uint32Array(bits >>> 5);
    this.keyMask = bits - 1;
    for (const key of this.byKey.keys()) {
      const h = hashUnits(key, 0, key.length) & this.keyMask;
      this.keyBits[h >>> 5] = (this.keyBits[h >>> 5] as number) | (1 << (h & 31));
    }
  }

  /**
   * The index as plain data, for {@link EntityIndex}'s constructor to read back: the same look-ups,
   * without tokenizing every alias again.
   */
  table(): EntityIndexTable {
    const prefixWords: number[] = [];
    this.prefixBits.forEach((word, j) => {
      if (word !== 0) prefixWords.push(j, word);
    });
    return {
      byKey: [...this.byKey],
      capitals: [...this.capitals],
      loose: [...this.loose],
      givenNamed: [...this.givenNamed],
      codes: [...this.codes],
      acronyms: [...this.acronyms],
      prefixes: [...this.prefixes],
      lowerCase: [...this.lowerCase],
      lowerStarts: [...this.lowerStarts],
      prefixWords,
    };
  }

  /**
   * The entry a name refers to.
   * @param name a name as written
   * @returns the entry's index, or undefined
   */
  lookup(name: string): number | undefined {
    // a name nameKey only lower-cases: asked of the keys' hash bits first, as 97 % of the names asked
    // (the tagger's spans and their runs, by `mendSpans`, `addSpanMentions`, `namesCountry`) are none
    if (isPlainName(name)) return this.mayBeKey(name) ? this.byKey.get(name.toLowerCase()) : undefined;
    return this.byKey.get(nameKey(name));
  }

  /**
   * Whether a name that {@link nameKey} only lower-cases may be a key: false when the hash of its units
   * lower-cased, which its key's would be, has no bit in {@link keyBits}; true for a name with a unit
   * beyond Latin-1 (`lowerLatin1`).
   */
  private mayBeKey(name: string): boolean {
    let h = HASH_START;
    for (let i = 0; i < name.length; i++) {
      const c = name.charCodeAt(i);
      if (c > 0xff) return true;
      h = unitA(h, lowerLatin1(c));
    }
    h &= this.keyMask;
    return ((this.keyBits[h >>> 5] as number) & (1 << (h & 31))) !== 0;
  }

  /**
   * Whether a known name is a state's or province's, which the finder takes only where the tagger reads
   * no person (see `subdivisionEntries`): a place entry whose name needs the tagger's confirmation.
   * @param name a name as written
   * @param entry the entry it names
   */
  isSubdivision(name: string, entry: number): boolean {
    return this.entries[entry]?.kind === 'place' && this.capitals.has(nameKey(name));
  }

  /**
   * Whether a form of a known name stands for an alias written in capitals only, though it is not ("Who"
   * for "WHO", "Nato" for "NATO").
   * @param form the name as written
   */
  isAcronymWrittenLower(form: string): boolean {
    return HAS_LOWER.test(form) && this.acronyms.has(nameKey(form));
  }

  /**
   * Finds known names in a sentence's tokens, longest match first, without overlaps.
   * @param tokens the sentence's tokens
   * @param text the sentence
   * @param untagged whether the text is read for known names alone (no tagger: not English), where a
   *   loose spelling is no name
   * @returns the matches in order
   */
  matches(tokens: readonly Token[], text: string, untagged = false): KnownMatch[] {
    const out: KnownMatch[] = [];
    // each token's key made when first read, by a reader made at the first token that may start a name:
    // most tokens are passed over on their first character, and most sentences then need no reader (its
    // closures and their context were made for every sentence, and a context for every token: most of
    // what this step allocated)
    let keyAt: ((j: number) => string) | null = null;
    // in a headline in capitals "US" or "IN" may be a word: a code then needs the tagger too
    let shouting: boolean | undefined;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i] as Token;
      // a match from a token that starts with no capital is kept only for a lower-case alias (below):
      // an ASCII first character no such alias starts with, other than ".", rules one out
      const first = token.text.charCodeAt(0);
      if (first < 128 && first !== 46 && this.lowerStarts[first] === 0 && !startsUpper(token.text)) continue;
      if (!this.mayBePrefix(token.text)) continue;
      keyAt ??= keyReader(tokens);
      if (!this.prefixes.has(keyAt(i))) continue;
      const best = this.longestRun(keyAt, tokens, i, text);
      if (best === null) continue;
      // a two-letter code is one only in capitals ("US", "U.K."), not "In" or "As"
      if (this.codes.has(best.key) && !CODE_FORM.test(token.text)) continue;
      // "Der Mann sagte": in a text not read by the tagger, a loose spelling is no name
      if (untagged && this.loose.has(best.key)) {
        i = best.to;
        continue;
      }
      // a run in lower case is a name only when an alias is written so ("international coalition")
      if (!startsUpper(token.text) && !this.lowerCase.has(best.key)) continue;
      // a capital, or a code in a headline in capitals, needs the tagger too
      // so does, in a text read for known names alone, a country's name that is a given name too
      let confirm = this.capitals.has(best.key) || (untagged && this.givenNamed.has(best.key));
      if (!confirm && this.codes.has(best.key)) {
        if (shouting === undefined) shouting = isShouting(tokens, keyAt);
        confirm = shouting;
      }
      out.push({
        entry: best.entry,
        start: token.start,
        end: (tokens[best.to] as Token).end,
        from: i,
        to: best.to,
        confirm,
      });
      i = best.to;
    }
    return out;
  }

  /** The longest run of tokens from `from` whose key names an entry, while the runs are prefixes. */
  private longestRun(
    keyAt: (j: number) => string,
    tokens: readonly Token[],
    from: number,
    text: string,
  ): { entry: number; to: number; key: string } | null {
    let best: { entry: number; to: number; key: string } | null = null;
    eachRunKey(keyAt, tokens, from, text, (key, to) => {
      if (!this.prefixes.has(key)) return false;
      const entry = this.byKey.get(key);
      if (entry !== undefined) best = { entry, to, key };
      return true;
    });
    return best;
  }

  /**
   * Whether a token's key ({@link tokenKey}) may be in {@link prefixes}: false when its hash, read from
   * the token's units as the key would have them, has no bit; true for a token with a unit beyond
   * Latin-1. A capitalised word was lower-cased and looked up for each (every noun of a text in German):
   * 114–188 → 103–106 CPU ms for the known names of the 50,040 sentences of 1,000 bench pages (min of 8,
   * both orders, load 9–11). Latin-1's letters are read too (`lowerLatin1`): a German noun with an
   * umlaut or a French word with an accent had been looked up each time.
   */
  private mayBePrefix(word: string): boolean {
    let h = HASH_START;
    for (let i = 0; i < word.length; i++) {
      let c = word.charCodeAt(i);
      if (c === 46) continue; // tokenKey drops dots
      if (c === 0x2019) c = 39;
      else if (c > 0xff) return true;
      else c = lowerLatin1(c);
      h = unitA(h, c);
    }
    const mask = prefixMask(h);
    return ((this.prefixBits[prefixWord(h)] as number) & mask) === mask;
  }
}

/**
 * How many bits {@link EntityIndex}'s prefix filter has: 2¹⁸ (32 KB), a blocked Bloom filter for some
 * 10⁴–10⁵ prefixes (three bits a key in one word): for the 11,372 of the built-in index, 0.43 % of the
 * capitalised words of 2,000 bench pages that are no prefix pass it, where one bit a key in 2²⁰ (128 KB)
 * let 1.21 % through.
 */
const PREFIX_BITS = 1 << 18;

/** The word of {@link EntityIndex}'s prefix filter that holds a hash's bits: its low bits. */
function prefixWord(h: number): number {
  return h & ((PREFIX_BITS >>> 5) - 1);
}

/** The three bits of a hash in its word of the prefix filter: three 5-bit pieces above the word's bits. */
function prefixMask(h: number): number {
  return (1 << ((h >>> 17) & 31)) | (1 << ((h >>> 22) & 31)) | (1 << (h >>> 27));
}
/** FNV-1a's start, as term-keys' first lane ({@link unitA} is its step). */
const HASH_START = LANE_A;

/** FNV-1a over the units `from..to` of a text. */
function hashUnits(text: string, from: number, to: number): number {
  let h = HASH_START;
  for (let i = from; i < to; i++) h = unitA(h, text.charCodeAt(i));
  return h;
}
