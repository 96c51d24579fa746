// The one-word names that only opened sentences where another source writes the word in lower case.
import { type Group, MAX_ACTORS } from './actor-group.js';
import { isEverydayWord } from './everyday-words.js';
import type { ArticleEntities } from './find-actors.js';

/**
 * The groups less the one-word names every source wrote only opening a sentence or a title, where
 * another source writes the word in lower case: "Measles: health minister visits Lyon" and "Malaria
 * vaccine — figures check" head sources that never write the word again, beside sources that write
 * "the measles outbreak", "a malaria vaccine" (each article's own lower case was read by
 * `findEntities`).
 * @param groups the groups, joined
 * @param articles the articles, with their texts when given
 */
export function withoutCommonWords(groups: Group[], articles: readonly ArticleEntities[]): Group[] {
  // only a group mentioned as often as the last actor the list can hold may be one: at 2,000 bench pages
  // none is, and the texts are not read
  const least = leastKept(groups);
  const words = new Set<string>();
  // not a word in capitals: "GE" beside a text's "ge" is an acronym whatever other words are
  for (const g of groups) if (g.mentions >= least && commonWordCandidate(g)) words.add(g.name.toLowerCase());
  if (words.size === 0) return groups;
  const lower = lowerCaseUses(articles, words);
  const notes = new Set(articles.filter((a) => a.note === true).map((a) => a.sourceId));
  if (lower.size === 0 && notes.size === 0) return groups;
  return groups.filter(
    (g) =>
      !(
        commonWordCandidate(g) &&
        (lower.has(g.name.toLowerCase()) || (onlyInNotes(g, notes) && isEverydayWord(g.name)))
      ),
  );
}

/**
 * Whether every source of a group is a writer's own Markdown note: there a word of everyday English
 * that only opened sentences ("Construction was due to start …", "Services from the terminal take …",
 * a table's "Item: Boring") is that word, with no lower-case use needed. News is left to the lower-case
 * test: on GMB dev, whose articles each stand alone, the same test without it cost 14 actors the gold
 * marks (recall person 0.9329 → 0.9319, organisation 0.8240 → 0.8201).
 */
function onlyInNotes(g: Group, notes: ReadonlySet<string>): boolean {
  if (notes.size === 0) return false;
  for (const s of g.sources) if (!notes.has(s)) return false;
  return true;
}

/** How many mentions the last group the list can hold has ({@link MAX_ACTORS}), by a count of each number. */
function leastKept(groups: readonly Group[]): number {
  if (groups.length <= MAX_ACTORS) return 0;
  const counts = new Map<number, number>();
  for (const g of groups) counts.set(g.mentions, (counts.get(g.mentions) ?? 0) + 1);
  let seen = 0;
  for (const mentions of [...counts.keys()].sort((a, b) => b - a)) {
    seen += counts.get(mentions) as number;
    if (seen >= MAX_ACTORS) return mentions;
  }
  return 0;
}

/** Whether a group is one word, not in capitals, no gazetteer knows, that only opened sentences. */
function commonWordCandidate(g: Group): boolean {
  return g.opening && !g.known && !g.name.includes(' ') && !CAPITALS.test(g.name);
}

const CAPITALS = /^\p{Lu}[\p{Lu}\p{N}&.-]+$/u;

/**
 * Which of `words` (in lower case) the articles' texts write as a word in lower case: one pass over each
 * text's letters, a word looked up only when its length and first letter may be one of them.
 */
function lowerCaseUses(articles: readonly ArticleEntities[], words: ReadonlySet<string>): Set<string> {
  let shortest = Number.POSITIVE_INFINITY;
  let longest = 0;
  const firsts = new Set<number>();
  for (const w of words) {
    shortest = Math.min(shortest, w.length);
    longest = Math.max(longest, w.length);
    firsts.add(w.charCodeAt(0));
  }
  const found = new Set<string>();
  for (const { text } of articles) {
    if (text === undefined) continue;
    for (let i = 0; i < text.length; ) {
      if (!isLetterUnit(text.charCodeAt(i))) {
        i++;
        continue;
      }
      let j = i + 1;
      while (j < text.length && isLetterUnit(text.charCodeAt(j))) j++;
      const length = j - i;
      if (
        length >= shortest &&
        length <= longest &&
        firsts.has(text.charCodeAt(i)) &&
        !inAddress(text, i, j)
      ) {
        const word = text.slice(i, j);
        if (words.has(word)) found.add(word);
      }
      i = j;
    }
    if (found.size === words.size) break;
  }
  return found;
}

/**
 * Whether the word at `from..to` is part of a web or mail address ("linkedin.com", "joe@example.org",
 * "/peel/"), where names are written in lower case.
 */
function inAddress(text: string, from: number, to: number): boolean {
  const before = text.charCodeAt(from - 1);
  const after = text.charCodeAt(to);
  // "/", "@", ".", "_" before; "/", "@", "_", or "." before a letter after
  if (before === 47 || before === 64 || before === 46 || before === 95) return true;
  if (after === 47 || after === 64 || after === 95) return true;
  return after === 46 && isLetterUnit(text.charCodeAt(to + 1));
}

/**
 * A code unit of a word: an ASCII letter or a Latin letter with a mark ("é"), not a curly quote or a
 * dash; a hyphen or a soft hyphen joins a word's parts ("measles-related", a web address's
 * "auf-linkedin-auch", a hyphenated German "erin\u00adnern" are no word "measles", "linkedin" or "erin").
 */
const isLetterUnit = (c: number) =>
  (c >= 97 && c <= 122) ||
  (c >= 65 && c <= 90) ||
  c === 45 ||
  c === 0xad ||
  (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
