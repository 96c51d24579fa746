import type { BodyBlock } from '../extraction.js';

/** A section's name run on after a writer's is one to this many words ("Culture", "Harbour Life"). */
const MAX_SECTION_WORDS = 3;
/** What is left of the name holds at least this many words: a given name and a surname. */
const MIN_NAME_WORDS = 2;

/**
 * The writers' names less a section's name the byline ran on after them ("12 May 2027 Jana Roe
 * Culture", "by Jana Roe Harbour Life": a post's detail line naming its writer, then its category with
 * no field mark between): the last one to {@link MAX_SECTION_WORDS} words of a name go when the page
 * holds them as a line of their own (its menu's or its category list's entry) and at least
 * {@link MIN_NAME_WORDS} words stay. A name no line repeats so is kept whole.
 * @param authors the writers' names read from a byline
 * @param lines the page's lines
 * @returns the names, each less the section it ran on
 */
export function withoutSectionRunOn(authors: readonly string[], lines: readonly BodyBlock[]): string[] {
  let alone: Set<string> | undefined;
  return authors.map((name) => {
    const words = name.trim().split(/\s+/u);
    if (words.length <= MIN_NAME_WORDS) return name;
    alone ??= shortLines(lines);
    for (let n = Math.min(MAX_SECTION_WORDS, words.length - MIN_NAME_WORDS); n >= 1; n--)
      if (alone.has(words.slice(-n).join(' ').toLowerCase())) return words.slice(0, -n).join(' ');
    return name;
  });
}

/** The page's lines of {@link MAX_SECTION_WORDS} words at most, in lower case with their spacing normalised. */
function shortLines(lines: readonly BodyBlock[]): Set<string> {
  const out = new Set<string>();
  for (const line of lines) {
    const text = line.text.trim();
    if (text === '' || text.length > 60) continue;
    const words = text.split(/\s+/u);
    if (words.length <= MAX_SECTION_WORDS) out.add(words.join(' ').toLowerCase());
  }
  return out;
}
