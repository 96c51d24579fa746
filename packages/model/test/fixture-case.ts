import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../src/article.js';
import type { BriefingOptions } from '../src/build-briefing.js';
import { textArticle } from '../src/text-article.js';

/** An article in a fixture case: only the fields the case cares about; the rest get defaults. */
export type FixtureArticle = Partial<Article> & { id: string; text: string };

/** One model fixture: a small source set, the options to build it with and the parts of the model it pins. */
export interface FixtureCase {
  name: string;
  dir: string;
  articles: Article[];
  options: Omit<BriefingOptions, 'id'>;
  /** Top-level fields of the briefing written beside the case as `<part>.json`. */
  parts: string[];
}

const NOW = new Date('2026-01-01T00:00:00Z');

/**
 * Reads every case under `fixtures/`: a folder holding `case.json` with `articles`, optional `options`
 * and the `parts` of the briefing to pin.
 * @param root the fixtures folder
 * @returns the cases, sorted by name
 */
export function readFixtureCases(root: string): FixtureCase[] {
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const dir = join(root, name);
      const raw = JSON.parse(readFileSync(join(dir, 'case.json'), 'utf8')) as {
        articles: FixtureArticle[];
        options?: Omit<BriefingOptions, 'id' | 'now'> & { now?: string };
        parts: string[];
      };
      const { now, ...options } = raw.options ?? {};
      return {
        name,
        dir,
        articles: raw.articles.map(toArticle),
        options: { ...options, now: now ? new Date(now) : NOW },
        parts: raw.parts,
      };
    });
}

function toArticle(a: FixtureArticle): Article {
  const { id, text, ...fields } = a;
  return textArticle(id, text, {
    ...(a.published ? { publishedPrecision: precisionOf(a.published) } : {}),
    ...fields,
  });
}

function precisionOf(date: string): Article['publishedPrecision'] {
  if (date.startsWith('--')) return 'month-day';
  return date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';
}
