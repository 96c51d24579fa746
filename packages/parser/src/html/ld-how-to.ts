/** The schema.org types whose text is their description and their steps: a how-to and a recipe. */
const HOW_TO = /^(HowTo|Recipe)$/;

/**
 * The text a JSON-LD how-to or recipe states as its body: its description, then each step's name and
 * text (`step` or `recipeInstructions`: strings, `HowToStep`s, `HowToSection`s and the directions they
 * list), one paragraph a line, markup as the page wrote it (`ldBlocks` reads it). A page that renders
 * its how-to by script keeps it there alone, as an article page keeps its `articleBody`.
 * @param ld the page's JSON-LD objects
 * @returns the how-to's text and its object (whose script places the body), or undefined when the page
 * states none
 */
export function howToBody(
  ld: readonly Record<string, unknown>[],
): { text: string; at: Record<string, unknown> } | undefined {
  const howTo = ld.find((o) => [o['@type']].flat().some((t) => HOW_TO.test(String(t))));
  if (!howTo) return undefined;
  const lines: string[] = [];
  if (typeof howTo.description === 'string') lines.push(howTo.description);
  stepLines(howTo.step ?? howTo.recipeInstructions, lines);
  return lines.length > 0 ? { text: lines.join('\n'), at: howTo } : undefined;
}

/**
 * Steps are read this many lists and objects deep at most: a section's list of steps is four (the
 * steps' list, a section, its list, a step); a hostile page's JSON-LD may nest arrays thousands deep,
 * which had overflowed the stack.
 */
const MAX_STEP_DEPTH = 12;

/** Pushes the names and texts of a how-to's steps, sections and directions, in order. */
function stepLines(steps: unknown, lines: string[], depth = 0): void {
  if (depth > MAX_STEP_DEPTH) return;
  if (typeof steps === 'string') lines.push(steps);
  else if (Array.isArray(steps)) for (const s of steps) stepLines(s, lines, depth + 1);
  else if (steps && typeof steps === 'object') {
    const o = steps as Record<string, unknown>;
    if (typeof o.name === 'string' && o.name !== o.text) lines.push(o.name);
    if (typeof o.text === 'string') lines.push(o.text);
    stepLines(o.itemListElement, lines, depth + 1);
  }
}
