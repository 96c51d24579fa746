// A scrape cut in two by a box of short lines, for `eval:robustness --interrupted`: the page's own
// furniture lines, or other pages' headlines (a related-links box).

/** How many furniture lines {@link interrupted} sets in the body: issue 17's boxes are of 5-8 short lines. */
export const BOX_LINES = 6;

/** A line of prose: 12 words or more, ending a sentence. */
const isProse = (line: string) => line.split(/\s+/).length >= 12 && /[.!?…"”]$/u.test(line);

/** A furniture line: 2-8 words, opening with a letter, ending no sentence, no longer than 60 characters. */
const isFurniture = (line: string) => {
  const words = line.split(/\s+/).length;
  return words >= 2 && words <= 8 && line.length <= 60 && /^\p{L}/u.test(line) && !/[.!?:;,]$/u.test(line);
};

/**
 * The scrape with a box of {@link BOX_LINES} lines set between the two prose lines of the body nearest
 * its middle, with the scrape's own blank line between paragraphs if it has one: the lines given, or
 * the page's own furniture lines (the first above the body, a menu's or a header's, then below it, where
 * a comment form would make a box no article holds); null where the body has no two such lines side by
 * side or the page too few such lines outside it.
 * @param text the scrape as is
 * @param body the body the parser finds in it
 * @param given the box's lines, when not the page's own
 */
export function interrupted(text: string, body: string, given?: readonly string[]): string | null {
  const lines = text.split('\n');
  const { inBody } = linesOf(text, body);
  const at = lines.map((l, i) => (inBody.has(l.trim()) ? i : -1)).filter((i) => i >= 0);
  if (at.length < 2) return null;
  const first = at[0] as number;
  const last = at.at(-1) as number;
  // the next body line after each body line, blank lines between allowed
  const pairs: [number, number][] = [];
  for (let j = 0; j + 1 < at.length; j++) {
    const [a, b] = [at[j] as number, at[j + 1] as number];
    const between = lines.slice(a + 1, b);
    if (
      between.every((l) => l.trim() === '') &&
      isProse((lines[a] as string).trim()) &&
      isProse((lines[b] as string).trim())
    )
      pairs.push([a, b]);
  }
  if (pairs.length === 0) return null;
  const middle = (first + last) / 2;
  const [a, b] = pairs.reduce((best, p) => (Math.abs(p[0] - middle) < Math.abs(best[0] - middle) ? p : best));
  const box = given ?? ownFurniture(text, body);
  if (box.length < BOX_LINES) return null;
  const gap = b - a > 1 ? [''] : [];
  return [...lines.slice(0, a + 1), ...gap, ...box, ...gap, ...lines.slice(b)].join('\n');
}

/** The lines of a text, trimmed, and the set of its body's lines. */
function linesOf(text: string, body: string): { lines: string[]; inBody: Set<string> } {
  const inBody = new Set(
    body
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== ''),
  );
  return { lines: text.split('\n').map((l) => l.trim()), inBody };
}

/**
 * A page's own furniture lines, {@link BOX_LINES} at most: the first above the body (a menu's, a
 * header's), then below it.
 * @param text the scrape as is
 * @param body the body the parser finds in it
 */
export function ownFurniture(text: string, body: string): string[] {
  const { lines, inBody } = linesOf(text, body);
  const first = lines.findIndex((l) => inBody.has(l));
  const last = lines.findLastIndex((l) => inBody.has(l));
  if (first === -1) return [];
  const seen = new Set<string>();
  const pick = (from: number, to: number) =>
    lines.slice(from, to).filter((l) => !inBody.has(l) && isFurniture(l) && !seen.has(l) && seen.add(l));
  return [...pick(0, first), ...pick(last + 1, lines.length)].slice(0, BOX_LINES);
}

/**
 * A box of furniture for each page from the next page (in the order given, round) in the same language
 * whose own furniture lines ({@link ownFurniture}) the page does not hold: a box the page's other lines
 * do not repeat, as an inline box of links seldom is (the page's own menu lines are repeated by the
 * menu).
 * @param pages each page's text, body and language
 * @returns each page's box, by index (null where no page gives one)
 */
export function borrowedBoxes(
  pages: readonly { source: string; body: string; language: string | null }[],
): (string[] | null)[] {
  const own = pages.map((p) => (p.body.trim() === '' ? [] : ownFurniture(p.source, p.body)));
  return pages.map((page, i) => {
    const held = new Set(page.source.split('\n').map((l) => l.trim()));
    for (let k = 1; k < pages.length; k++) {
      const j = (i + k) % pages.length;
      const box = own[j] as string[];
      if ((pages[j] as (typeof pages)[number]).language !== page.language || box.length < BOX_LINES) continue;
      if (box.every((l) => !held.has(l))) return box;
    }
    return null;
  });
}

/**
 * A related-links box for each page: the headlines of the next pages (in the order given, round) in the
 * same language, of 3-14 words, {@link BOX_LINES} of them; none where too few pages have one.
 * @param pages each page's title and language as the parser finds them
 * @returns each page's box, by index
 */
export function teaserBoxes(
  pages: readonly { title: string | null; language: string | null }[],
): (string[] | null)[] {
  const fits = (t: string | null): t is string => {
    const words = t?.split(/\s+/).length ?? 0;
    return words >= 3 && words <= 14;
  };
  return pages.map((page, i) => {
    const box: string[] = [];
    for (let k = 1; k < pages.length && box.length < BOX_LINES; k++) {
      const other = pages[(i + k) % pages.length] as (typeof pages)[number];
      if (other.language === page.language && fits(other.title) && other.title !== page.title)
        box.push(other.title);
    }
    return box.length === BOX_LINES ? box : null;
  });
}
