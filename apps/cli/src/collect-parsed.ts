import type { AnalysedArticle, Diagnostic } from '@briefing/model';
import { unpackAnalysis } from './packed-analysis.js';
import type { ParsedFile } from './parse-file.js';
import { SentenceWordsArena } from './sentence-words-arena.js';
import { StoryTermsArena } from './story-terms-arena.js';

/**
 * Gathers parsed files, in file order, into what the cross-article step reads: the analysed articles
 * with ids made unique, every file's diagnostics and digest, and each article's text signature.
 * `parseCorpus` feeds it from its workers; `bench/cpu-step.ts` times it on a saved parse.
 */
export class ParsedCollector {
  readonly analysed: AnalysedArticle[] = [];
  readonly diagnostics: Diagnostic[] = [];
  readonly signatures = new Map<string, Uint32Array | null>();
  readonly digests: string[] = [];
  private readonly seen = new Set<string>();
  private readonly names = new Map<string, string>();
  private readonly storyTerms = new StoryTermsArena();
  private readonly sentenceWords = new SentenceWordsArena();

  /**
   * Takes one parsed file: its digest and diagnostics always, its article (under an id not taken yet:
   * "x", then "x-2", "x-3"…) when it holds one.
   * @param parsed a parse worker's result for one file
   */
  take(parsed: ParsedFile): void {
    this.digests.push(parsed.digest);
    this.diagnostics.push(...parsed.diagnostics);
    if (parsed.article === null || parsed.analysis === null) return;
    let id = parsed.article.id;
    for (let k = 2; this.seen.has(id); k++) id = `${parsed.article.id}-${k}`;
    this.seen.add(id);
    const article = { ...parsed.article, id };
    for (const e of parsed.analysis.entities) {
      // each copied string is its own object: one copy of each name for the whole corpus
      e.name = this.once(e.name);
      e.kind = this.once(e.kind) as typeof e.kind;
      e.forms = e.forms.map((f) => this.once(f));
    }
    // the story terms move into the shared arena the grouping worker reads (story-terms-arena.ts)
    const { storyTerms, sentenceWords } = parsed.analysis;
    if (storyTerms !== undefined) parsed.analysis.storyTerms = this.storyTerms.add(storyTerms);
    // and the sentence words into the one the worker gives their ids in (sentence-words-arena.ts)
    if (sentenceWords !== undefined) parsed.analysis.sentenceWords = this.sentenceWords.add(sentenceWords);
    this.analysed.push({ article, analysis: unpackAnalysis(article, parsed.analysis) });
    if (parsed.signature !== undefined) this.signatures.set(id, parsed.signature);
  }

  private once(s: string): string {
    const known = this.names.get(s);
    if (known !== undefined) return known;
    this.names.set(s, s);
    return s;
  }
}
