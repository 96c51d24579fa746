import type { Perspective } from './briefing.js';
import { type FrameTerms, frameTermsOf, frameWords, frameWordsOf } from './frame-words.js';
import { withoutFunctionWords } from './function-words.js';
import type { OutletInfo } from './gazetteer.js';
import { isQuestionLabel } from './open-questions.js';
import { isStatement, type ScoredSentence } from './score-sentences.js';
import { trimPoint } from './select-key-points.js';
import { sentencesBySource } from './sentences-by-source.js';
import type { Vocabulary } from './text-stats.js';
import { topOf } from './top-of.js';

/**
 * Describes how each source frames the topic: its most representative sentence as a summary, and
 * the words and phrases it uses far more than the other sources do ({@link frameWords}).
 * @param sentences scored sentences of all sources
 * @param _vocabulary the vocabulary they were scored with (not needed since framing reads the text)
 * @param outlets what the config says about outlets (country, type)
 * @param framesOf a source's terms when already counted ({@link frameTermsOf}, in a worker thread, say)
 * @returns one perspective per source, in source order
 */
export function describePerspectives(
  sentences: readonly ScoredSentence[],
  _vocabulary: Vocabulary,
  outlets: readonly OutletInfo[] = [],
  framesOf: (sourceId: string) => FrameTerms | undefined = () => undefined,
): Perspective[] {
  const bySource = sentencesBySource(sentences);
  const framingOf = frameWordsOf(
    new Map(
      [...bySource].map(([id, list]) => [
        id,
        framesOf(id) ??
          withoutFunctionWords(
            frameTermsOf(list.map((s) => s.text)),
            (list[0] as ScoredSentence).article.language,
          ),
      ]),
    ),
  );
  const out: Perspective[] = [];
  for (const [id, list] of bySource) {
    const article = (list[0] as ScoredSentence).article;
    const framing = framingOf.get(id) ?? [];
    // the best statement by one pass (a sort of each source's statements for its first); a source of
    // none (a note of questions only) by its first sentence, a label line over a list ("Open questions:")
    // not: it sums up nothing
    const lead =
      topOf(list.filter(isStatement), 1, (a, b) => b.score - a.score || a.start - b.start)[0] ??
      list.find((s) => !isQuestionLabel(s.text));
    const info = outlets.find((o) => o.name === article.outlet);
    out.push({
      sourceId: id,
      outlet: article.outlet,
      ...(info?.country ? { outletCountry: info.country } : {}),
      ...(info?.type ? { outletType: info.type } : {}),
      summary: lead ? trimPoint(lead.text) : '',
      framing,
    });
  }
  return out;
}
