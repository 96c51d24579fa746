import type { KeyPoint } from './briefing.js';
import { cite } from './citation.js';
import { isStatement, type ScoredSentence } from './score-sentences.js';
import { jaccard } from './text-stats.js';

const CONNECTIVE =
  /^(?:However|Meanwhile|Moreover|Furthermore|In addition|Therefore|Thus|Nevertheless|Accordingly|In fact|In other words|Of course|For example|Ultimately|Also),\s+/u;

/**
 * Picks the key points: the best-scored statements, skipping any that repeat a point already taken
 * (maximal marginal relevance), at most two per source so that no source dominates.
 * @param sentences scored sentences of all sources
 * @param max how many points at most (3 to 8)
 * @returns the key points, most important first
 */
export function selectKeyPoints(sentences: readonly ScoredSentence[], max = 6): KeyPoint[] {
  const ranked = sentences.filter(isStatement).sort((a, b) => b.score - a.score || a.start - b.start);
  const taken: ScoredSentence[] = [];
  const perSource = new Map<string, number>();
  for (const s of ranked) {
    if (taken.length >= max) break;
    if ((perSource.get(s.article.id) ?? 0) >= 2) continue;
    if (taken.some((t) => jaccard(t.words, s.words) >= 0.25)) continue;
    taken.push(s);
    perSource.set(s.article.id, (perSource.get(s.article.id) ?? 0) + 1);
  }
  return taken.map((s) => ({ text: trimPoint(s.text), citations: [cite(s.article, s.start, s.end)] }));
}

/**
 * Trims a sentence into a point: drops a leading connective ("However, ") and capitalises.
 * @param text a sentence
 */
export function trimPoint(text: string): string {
  const rest = text.replace(CONNECTIVE, '');
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}
