import type { BodyBlock } from '../extraction.js';
import type { LineKind } from './classify-lines.js';

// patterns of the functions below, made once: a pattern written inside a function is a new object at
// each call (issue 17)
/** White space between words. */
const SPACES = /\s+/;
/** The word closing a text. */
const WORD_END = /\p{Lu}?\p{Ll}+$/u;
/** A capitalised word opening a text, maybe after a quotation mark. */
const CAPITALISED_START = /^[»"”’]?\p{Lu}\p{Ll}+/u;

/** A teaser's title runs to at most this many words before it is glued to its blurb ("Die BibelGrundlage …"). */
const MAX_TITLE_WORDS = 5;
/** A blurb with its title runs to at least this many words: shorter lines are menu entries already. */
const MIN_TEASER_WORDS = 6;
/**
 * Fewer glued teasers than this in a group are not taken for a menu: an article's own headline glued
 * to its lead is one line. Measured on trafilatura-eval text: see {@link markFusedTeasers}.
 */
const MIN_TEASERS = 3;
/** A glued teaser stands at most this many lines under the one before it in a group (a link line may part them). */
const MAX_GAP = 3;
/** Only this much of a line's head is looked at for the seam. */
const HEAD_CHARS = 80;
/** A quick test before the Unicode one: a Latin-1 lower-case letter glued to a capital, or a letter beyond Latin-1. */
const QUICK_SEAM = /[a-z\u00df-\u00ff][»"”’]?[A-Z\u00c0-\u00de]|[^\t\n -\u00ff\u2000-\u206f]/;
/** A short title without a sentence's end, whose last word (two lower-case letters or more) runs into a capitalised word. */
const TITLE_SEAM = /^([^.!?:;]{0,60}?\p{Ll}{2})[»"”’]?(?=\p{Lu}\p{Ll})/u;

/**
 * The glued word of a line that opens on a short title run into its blurb without a space ("Taufe" +
 * "Die Taufe ist …" gives "TaufeDie"), or null when the line does not open so.
 * @param text a line
 * @param words its length in words
 */
function gluedWord(text: string, words: number): string | null {
  if (words < MIN_TEASER_WORDS) return null;
  const head = text.slice(0, HEAD_CHARS);
  if (!QUICK_SEAM.test(head)) return null;
  const m = TITLE_SEAM.exec(head);
  if (!m) return null;
  const title = (m[1] as string).trim().split(SPACES);
  if (title.length > MAX_TITLE_WORDS) return null;
  // the two words the seam joins, letters only: a camel-case name inside a line of Chinese
  // ("…公司DeepMind开发…") is the name, which recurs, not the run of characters around it
  const end = WORD_END.exec(m[1] as string)?.[0] ?? '';
  const start = CAPITALISED_START.exec(text.slice((m[1] as string).length))?.[0] ?? '';
  return end + start;
}

/**
 * Turns the entries of a mega-menu or a teaser list whose titles ran into their blurbs when the page
 * was copied ("GottWer Gott ist …", "TaufeDie Taufe ist das Sakrament …", "SyrienRussland und Türkei
 * vereinbaren …") into `short` lines: each reads as a sentence or prose, and a menu of twenty outweighs
 * a short article. A group is MIN_TEASERS or more such lines, each within MAX_GAP lines of the one
 * before, whose glued words stand once on the page: a brand written in camel case ("MacBook",
 * "WordCamps") recurs, and opens lines of an article too. An article's headline glued to its lead is
 * one line, and is left alone.
 * Measured on trafilatura-eval text (tp/fp): half A 1313/114 → 1316/114 (a church site's menu of
 * twenty such entries no longer outweighs its news item), half B 1253/104 unchanged (5 pages read
 * so, none scored differently), zyte-dev text unchanged (no page has such a group), eval:unseen text
 * 0.849 unchanged, HTML unchanged. Taking the glued word as the run of characters up to the next
 * space rather than the two words the seam joins cost eval:unseen text 0.849 → 0.848 (a Chinese
 * article whose paragraphs open on a camel-case name).
 * @param lines the non-empty lines
 * @param kinds their kinds, changed in place
 * @param words their lengths in words
 */
export function markFusedTeasers(
  lines: readonly BodyBlock[],
  kinds: LineKind[],
  words: readonly number[],
): void {
  const found: { at: number; glued: string }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const kind = kinds[i];
    if (kind !== 'prose' && kind !== 'sentence' && kind !== 'clause') continue;
    const glued = gluedWord((lines[i] as BodyBlock).text, words[i] as number);
    if (glued) found.push({ at: i, glued });
  }
  if (found.length < MIN_TEASERS) return;
  // groups of the lines found, then of those among them whose glued word stands once on the page: a
  // line left out only parts a group further, so the page is searched only for lines in a group
  let page: string | undefined;
  const once = (glued: string) => {
    page ??= lines.map((l) => l.text).join('\n');
    return page.indexOf(glued) === page.lastIndexOf(glued);
  };
  for (const group of groupsOf(found)) {
    for (const teasers of groupsOf(group.filter(({ glued }) => once(glued))))
      for (const { at } of teasers) kinds[at] = 'short';
  }
}

/** The groups of MIN_TEASERS or more lines found, each within MAX_GAP lines of the one before. */
function groupsOf<T extends { at: number }>(found: readonly T[]): T[][] {
  const groups: T[][] = [];
  let group: T[] = [];
  for (const line of found) {
    const last = group[group.length - 1];
    if (last && line.at - last.at > MAX_GAP) {
      if (group.length >= MIN_TEASERS) groups.push(group);
      group = [];
    }
    group.push(line);
  }
  if (group.length >= MIN_TEASERS) groups.push(group);
  return groups;
}
