import { stemmer } from 'stemmer';

/**
 * The tokens ROUGE-1.5.5 scores with `-m`: lower-cased runs of letters and digits, each
 * Porter-stemmed (no stop words removed).
 * @param text any text
 * @returns stemmed tokens in order
 */
export function rougeTokens(text: string): string[] {
  return (text.toLowerCase().match(/[a-z0-9]+/g) ?? []).map((w) => stemmer(w));
}

/**
 * The first `limit` words of a summary, as ROUGE's `-l 100` cuts it.
 * @param text the summary
 * @param limit how many whitespace-separated words to keep
 */
export function firstWords(text: string, limit = 100): string {
  return text.split(/\s+/).filter(Boolean).slice(0, limit).join(' ');
}

function ngrams(tokens: readonly string[], n: number): Map<string, number> {
  const out = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const g = tokens.slice(i, i + n).join(' ');
    out.set(g, (out.get(g) ?? 0) + 1);
  }
  return out;
}

/** Clipped n-gram hits of a summary against one reference, and the reference's n-gram count. */
export interface RougeCounts {
  hits: number;
  total: number;
}

/**
 * ROUGE-N recall counts of a summary against several references, summed over references as
 * ROUGE-1.5.5 does with `-f A`: recall = Σ hits / Σ reference n-grams.
 * @param summary the summary, already cut to its word limit
 * @param references the reference summaries
 * @param n the n-gram size
 */
export function rougeN(summary: string, references: readonly string[], n: number): RougeCounts {
  const own = ngrams(rougeTokens(summary), n);
  let hits = 0;
  let total = 0;
  for (const r of references) {
    for (const [g, count] of ngrams(rougeTokens(r), n)) {
      total += count;
      hits += Math.min(count, own.get(g) ?? 0);
    }
  }
  return { hits, total };
}
