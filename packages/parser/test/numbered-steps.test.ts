import { describe, expect, it } from 'vitest';
import type { LineKind } from '../src/text/classify-lines.js';
import { numberedSteps } from '../src/text/numbered-steps.js';

const line = (text: string) => ({ text, line: 1, column: 1, offset: 0 });
/** Lines and their kinds from `[text, kind]` pairs. */
const page = (pairs: [string, LineKind][]) => ({
  lines: pairs.map(([text]) => line(text)),
  kinds: pairs.map(([, kind]) => kind),
});

describe('numberedSteps', () => {
  it('finds labels that number the steps one after another, each over its text', () => {
    const { lines, kinds } = page([
      ['Ingredients', 'short'],
      ['Krok 1', 'repeated'],
      ['Mix the flour, the water and the salt.', 'sentence'],
      ['Krok 2', 'repeated'],
      ['Cut the pumpkin into small cubes.', 'sentence'],
      ['Krok 3:', 'repeated'],
      ['Fry it with the onion until it is soft.', 'sentence'],
    ]);
    expect([...numberedSteps(lines, kinds)]).toEqual([1, 3, 5]);
  });

  it('leaves out numbers that do not run on, too few steps and labels with no text under them', () => {
    const skipped = page([
      ['Step 1', 'repeated'],
      ['Mix the flour, the water and the salt.', 'sentence'],
      ['Step 3', 'repeated'],
      ['Cut the pumpkin into small cubes.', 'sentence'],
      ['Step 4', 'repeated'],
      ['Fry it with the onion until it is soft.', 'sentence'],
    ]);
    expect(numberedSteps(skipped.lines, skipped.kinds).size).toBe(0);
    const menu = page([
      ['Season 1', 'repeated'],
      ['Season 2', 'repeated'],
      ['Season 3', 'repeated'],
      ['Season 4', 'repeated'],
    ]);
    expect(numberedSteps(menu.lines, menu.kinds).size).toBe(0);
  });
});
