// TF-IDF weights of the sources' term counts, against general news and the brief's own sources.
import { backgroundDf } from './background-df.js';
import { heaviest, MAX_TERMS } from './heaviest-terms.js';
import type { StoryIds, Vector } from './story-vector.js';

// How much a word's share of these sources counts beside its share of general news: 1 down-weights a
// story's core words as much as common ones once the story is most of the brief (folds F1 0.90–0.92),
// 0.2–0.3 gives 0.93–0.97 on every set, 0 (general news only) 0.91–0.98.
const LOCAL_SHARE = 0.3;
// A term in one source only is in no other's vector, so it adds nothing to a cosine's products; left out of
// the source's length too, the words a few unrelated pages happen to share ("team", "held", "stage") made
// all of its length, and two such pages looked alike: in 100 draws of 8 sources from `pnpm eval:stories`'
// set, 88 merged sources of other stories. Such terms count this much of their weight's square in the
// length: 0.1 gives the draws B-cubed precision 0.720 -> 0.927, recall 0.966 -> 0.918 (F1 0.810 -> 0.918;
// 46 draws merge other stories), the whole set and its folds unchanged (0.949; 0.970 / 0.971 / 0.932); on
// sets not chosen on, trafilatura-eval's singletons 0.973 -> 0.975 (draws 0.934 -> 0.981, 55 -> 14
// merging), readability-pages' 0.974 either way (draws 0.855 -> 0.910, 84 -> 43). 0.15 and more split
// two short reports of one event in other words (fixture `claims-other-words`: no claim across
// stories); 0.25 gives the draws 0.896 (precision 0.967, recall 0.849), 0.5 0.852.
// A source with more than MAX_TERMS terms others share counts them too: measured over its 120 heaviest
// shared terms alone, two long pages sharing only everyday words ("like", "idea", "really") were as alike
// as one story's reports (0.30–0.56), and made 9 of the 46 draws that merged. Counted: draws 0.918 ->
// 0.926 (46 -> 37 merging), whole set 0.957 -> 0.948 (two long reports of one trade talk, 0.298 -> 0.276,
// split), folds unchanged; not chosen on, readability-pages' draws 0.910 -> 0.938 (43 -> 16), whole 0.980
// -> 0.977, trafilatura-eval's draws 0.980 and whole 0.975 unchanged (one fold 1.000 -> 0.989).
const LONE_SHARE = 0.1;

/**
 * TF-IDF with sub-linear term frequency, unit length. A word's document frequency is its share of
 * general news texts (a word every story uses weighs little even in a small brief) plus its share of
 * these sources; terms in one source only are dropped, and of the rest a source keeps its
 * {@link MAX_TERMS} heaviest.
 */
export function weigh(docs: readonly Vector[], terms: StoryIds): Vector[] {
  const df = new Uint32Array(terms.size);
  for (const d of docs) for (const t of d.ids) df[t] = (df[t] as number) + 1;
  const n = docs.length;
  const bg = backgroundDf();
  // a term's IDF depends on the term alone: once a term, not once for each of the 5 million uses of
  // 10,000 pages (the same expression on the same numbers, so the same weights)
  // -1 marks a term in one source only (dropped), so that a use reads one array, not two (an IDF is
  // never negative, and may be 0)
  const idf = new Float64Array(terms.size);
  const idfOf = (t: number, f: number) =>
    Math.log(
      1 / Math.min(1, LOCAL_SHARE * ((f + 1) / (n + 1)) + terms.backgroundDocs(t) / bg.docs + 1 / bg.docs),
    );
  for (let t = 0; t < terms.size; t++) {
    const f = df[t] || 1;
    idf[t] = f < 2 ? -1 : idfOf(t, f);
  }
  // one scratch pair for all sources (the result is copied out of it), not two typed arrays a source
  let ids = new Int32Array(1024);
  let values = new Float64Array(1024);
  return docs.map((d) => {
    if (d.ids.length > ids.length) {
      ids = new Int32Array(d.ids.length);
      values = new Float64Array(d.ids.length);
    }
    let kept = 0;
    let norm = 0;
    let alone = 0;
    for (let k = 0; k < d.ids.length; k++) {
      const t = d.ids[k] as number;
      const f = idf[t] as number;
      if (f < 0) {
        // a term in one source only is used once, by this source: its IDF is made here, not kept
        alone += LONE_SHARE * (logCount(d.values[k] as number) * idfOf(t, 1)) ** 2;
        continue;
      }
      const w = logCount(d.values[k] as number) * f;
      ids[kept] = t;
      values[kept++] = w;
      norm += w * w;
    }
    if (kept > MAX_TERMS) return heaviest(ids, values, kept, alone);
    norm = Math.sqrt(norm + alone) || 1;
    for (let k = 0; k < kept; k++) values[k] = (values[k] as number) / norm;
    return { ids: ids.slice(0, kept), values: values.slice(0, kept) };
  });
}

/** `1 + Math.log(c)` of the small whole counts most terms have, computed once each. */
const LOG_COUNTS = Float64Array.from({ length: 256 }, (_, c) => 1 + Math.log(c));

/** A term's sub-linear frequency, `1 + ln c` (the same number, from a table for small whole counts). */
function logCount(c: number): number {
  return c < 256 && Number.isInteger(c) ? (LOG_COUNTS[c] as number) : 1 + Math.log(c);
}
