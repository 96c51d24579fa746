/** A node of the trie: the next characters, and the entry an alias ending here names. */
interface TrieNode {
  next: Map<number, TrieNode>;
  entry: number;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Finds names in a text by walking a trie of them from each word start: the cost grows with the
 * text, not with the number of names (a regex alternation of 10,000 names tries each at every place).
 * Matches as the alternation `(?<![\p{L}\p{N}])(?:longest|…|shortest)(?![\p{L}\p{N}])` would: at
 * each place the longest name that ends at a word boundary, then on after it.
 */
export class AliasTrie {
  readonly #root: TrieNode = { next: new Map(), entry: -1 };

  /**
   * Adds a name; the first entry given for a name keeps it.
   * @param alias the name as written
   * @param entry what it names
   */
  add(alias: string, entry: number): void {
    let node = this.#root;
    for (let i = 0; i < alias.length; i++) {
      const c = alias.charCodeAt(i);
      let child = node.next.get(c);
      if (!child) {
        child = { next: new Map(), entry: -1 };
        node.next.set(c, child);
      }
      node = child;
    }
    if (node.entry === -1 && alias.length > 0) node.entry = entry;
  }

  /**
   * The names a text mentions.
   * @param text any text
   * @returns the entry of each mention, in order
   */
  matches(text: string): number[] {
    const out: number[] = [];
    let i = 0;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      // never inside a surrogate pair, and never right after a letter or digit
      const inPair = c >= 0xdc00 && c <= 0xdfff && i > 0 && isHigh(text.charCodeAt(i - 1));
      if (!inPair && !isLetterOrDigit(text, before(text, i))) {
        let node = this.#root.next.get(c);
        let j = i + 1;
        let found = -1;
        let end = -1;
        while (node) {
          if (node.entry !== -1 && !isLetterOrDigit(text, j)) {
            found = node.entry;
            end = j;
          }
          node = j < text.length ? node.next.get(text.charCodeAt(j)) : undefined;
          j++;
        }
        if (found !== -1) {
          out.push(found);
          i = end;
          continue;
        }
      }
      i++;
    }
    return out;
  }
}

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

/** The index of the code point before `i`, or -1 at the start. */
function before(text: string, i: number): number {
  if (i === 0) return -1;
  const c = text.charCodeAt(i - 1);
  return c >= 0xdc00 && c <= 0xdfff && i >= 2 && isHigh(text.charCodeAt(i - 2)) ? i - 2 : i - 1;
}

function isLetterOrDigit(text: string, at: number): boolean {
  if (at < 0 || at >= text.length) return false;
  const c = text.charCodeAt(at);
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
  return LETTER_OR_DIGIT.test(String.fromCodePoint(text.codePointAt(at) as number));
}
