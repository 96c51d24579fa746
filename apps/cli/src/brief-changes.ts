import fs from 'node:fs';
import path from 'node:path';
import {
  type AnalysedArticle,
  type Article,
  type Briefing,
  type BriefingOptions,
  Briefing as BriefingSchema,
  buildBriefingFrom,
  compareBriefings,
  type Diagnostic,
} from '@briefing/model';
import { webSourceId } from './source-id.js';

/**
 * Gives archived pages the URL they were fetched from, so that the sources list shows the URL while
 * citations point at the archived text, and an id made from that URL ({@link webSourceId}) in place of
 * the archive file's name, a hash of its content that changed whenever the page did.
 * @param articles the parsed articles
 * @param urls archived file → canonical URL
 * @returns the articles, with `url` and `id` set where the URL is known
 */
export function withUrls(articles: Article[], urls: Readonly<Record<string, string>> | undefined): Article[] {
  if (!urls) return articles;
  return articles.map((a) => {
    const url = urls[a.path];
    return url ? { ...a, id: webSourceId(url), url } : a;
  });
}

/**
 * Sets `changes` on a briefing: what is new compared with the JSON model the previous run wrote to
 * the output folder under the same id (left null when there is none or it cannot be read).
 * @param briefing the briefing just built
 * @param out the output folder
 * @returns the same briefing, with `changes`
 */
export function markChanges(briefing: Briefing, out: string): Briefing {
  let previous: unknown;
  try {
    previous = JSON.parse(fs.readFileSync(path.join(out, `${briefing.id}.json`), 'utf8'));
  } catch {
    return briefing;
  }
  const parsed = BriefingSchema.safeParse(previous);
  return parsed.success ? { ...briefing, changes: compareBriefings(parsed.data, briefing) } : briefing;
}

/**
 * One briefing per story (`split: stories`): each built from that story's sources alone, with the id
 * `<brief id>-<story id>`, stable from day to day as story ids are. The sources' per-article analysis
 * is reused, not run again.
 * @param briefing the whole brief, whose `stories` say which sources go together
 * @param analysed its sources, each with its per-article analysis
 * @param options the brief's options (its id is replaced)
 * @returns the story briefings and what was found on the way
 */
export function splitByStory(
  briefing: Briefing,
  analysed: readonly AnalysedArticle[],
  options: BriefingOptions,
): { briefings: Briefing[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const briefings = briefing.stories.map((story) => {
    const members = new Set(story.sourceIds);
    const built = buildBriefingFrom(
      analysed.filter((a) => members.has(a.article.id)),
      { ...options, id: `${options.id}-${story.id}`, title: story.title },
    );
    diagnostics.push(...built.diagnostics);
    return built.value;
  });
  return { briefings, diagnostics };
}
