import path from 'node:path';
import { datasetDir, readJsonl } from './datasets.js';

/** One target of a NewsMTSC sentence: the mention's offsets and the gold stance toward it. */
export interface StanceTarget {
  sentence: string;
  from: number;
  to: number;
  gold: 'negative' | 'neutral' | 'positive';
}

interface Row {
  sentence_normalized: string;
  targets: { from: number; to: number; polarity: number }[];
}

/**
 * The targets of a NewsMTSC dev file.
 * @param set `rw` (real-world distribution) or `mt` (several people per sentence)
 * @returns one target per labelled mention
 */
export function readStanceTargets(set: 'rw' | 'mt'): StanceTarget[] {
  const rows = readJsonl<Row>(path.join(datasetDir('newsmtsc-dev'), `${set}-dev.jsonl`));
  return rows.flatMap((r) =>
    r.targets.map((t) => ({
      sentence: r.sentence_normalized,
      from: t.from,
      to: t.to,
      gold:
        t.polarity < 4
          ? ('negative' as const)
          : t.polarity > 4
            ? ('positive' as const)
            : ('neutral' as const),
    })),
  );
}

const CLASSES = ['negative', 'neutral', 'positive'] as const;

/**
 * Macro-F1 over the three classes and accuracy.
 * @param pred predicted stances
 * @param gold gold stances
 */
export function macroF1(pred: readonly string[], gold: readonly string[]): { f1: number; accuracy: number } {
  let sum = 0;
  for (const c of CLASSES) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    pred.forEach((p, i) => {
      if (p === c && gold[i] === c) tp++;
      else if (p === c) fp++;
      else if (gold[i] === c) fn++;
    });
    sum += tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
  }
  const right = pred.filter((p, i) => p === gold[i]).length;
  return { f1: sum / CLASSES.length, accuracy: right / Math.max(1, pred.length) };
}
