import type { Claim, KeyPoint } from './briefing.js';
import { assessmentMarks } from './news-statement.js';

/**
 * Marks the key points the brief must attribute in its text ("<outlet> says …"): those only one of
 * several sources states, when the sources dispute the claim (`claims[].disputed`) or the sentence is
 * an assessment rather than a plain report. The point keeps its verbatim citation.
 * @param keyPoints the selected key points (with `sourceIds`)
 * @param claims the briefing's claims; `disputed` is read when present
 * @param sourceCount how many sources the brief has
 * @returns the key points, the contested single-source ones with `attributedTo`
 */
export function attributeKeyPoints(
  keyPoints: readonly KeyPoint[],
  claims: readonly Claim[],
  sourceCount: number,
): KeyPoint[] {
  const disputed = new Set<string>();
  for (const c of claims) {
    if ((c as { disputed?: unknown }).disputed !== true) continue;
    // (a headline's offsets are in its title, not in the text a key point cites)
    for (const cite of c.citations) if (cite.part !== 'title') disputed.add(`${cite.sourceId}:${cite.start}`);
  }
  return keyPoints.map((k) => {
    const own = k.citations[0];
    const ids = k.sourceIds ?? (own ? [own.sourceId] : []);
    if (!own || sourceCount < 2 || ids.length !== 1) return k;
    const contested = disputed.has(`${own.sourceId}:${own.start}`) || assessmentMarks(own.quote) > 0;
    return contested ? { ...k, attributedTo: own.sourceId } : k;
  });
}
