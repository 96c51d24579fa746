import { isContentWord, lowerWord } from './text-stats.js';

/**
 * z-score above which a term is distinctive of a source: 1.28, one-sided 90 % under the log-odds'
 * normal approximation (Monroe, Colaresi & Quinn 2008). 1.96 left the short sources of `corpus/` and of
 * the fixtures with no term or one; 1.28 gives them 3 to 8.
 */
const Z_MIN = 1.28;
/**
 * Weight of the informative prior: a tenth of the pooled counts of all sources. Half the counts
 * pulled every term to the mean and left two-sentence differences unseen; a fiftieth let one-off
 * words through.
 */
const PRIOR_SCALE = 0.1;
const MAX_TERMS = 8;

/**
 * A word (letters or digits, then also apostrophes and hyphens) or a run of other marks that ends a
 * phrase (anything but letters, digits, spaces, apostrophes and hyphens): one pass over a text.
 */
const WORD_OR_BREAK = /[\p{L}\p{N}][\p{L}\p{N}'’-]*|[^\p{L}\p{N}\s'’-]+/gu;
const LOWER_START = /^\p{Ll}/u;

/**
 * Calls `use` with each lower-case content word of a text and each two-word phrase of adjacent content
 * words, in order.
 */
function forEachTerm(text: string, use: (term: string) => void): void {
  // framing is carried by common words, not by names: keep the words a source writes in lower case
  let previous: string | null = null;
  for (const [raw] of text.matchAll(WORD_OR_BREAK)) {
    // a capitalised word is skipped before it is lower-cased (and a lower-case start is no digit)
    const lower = LOWER_START.test(raw) ? lowerWord(raw) : '';
    if (lower === '' || !isContentWord(lower)) {
      previous = null;
      continue;
    }
    use(lower);
    if (previous !== null) use(`${previous} ${lower}`);
    previous = lower;
  }
}

/**
 * The words and short phrases each source uses distinctively, by weighted log-odds with an
 * informative Dirichlet prior (the pooled counts of all sources): each source against all the others,
 * with no list of topic words. A phrase hides the single words it holds.
 * @param textsBySource the sentences of each source, by source id
 * @returns the distinctive terms of each source, most distinctive first, at most eight
 */
export function frameWords(textsBySource: ReadonlyMap<string, readonly string[]>): Map<string, string[]> {
  const counts = new Map<string, Map<string, number>>();
  const all = new Map<string, number>();
  const totals = new Map<string, number>();
  let total = 0;
  for (const [id, texts] of textsBySource) {
    const own = new Map<string, number>();
    let n = 0;
    const count = (t: string) => {
      own.set(t, (own.get(t) ?? 0) + 1);
      n++;
    };
    for (const text of texts) forEachTerm(text, count);
    // only a term a source uses twice or more can be distinctive of it: the rest is counted in `all`
    // and let go (all terms of all sources at once held 36 KB a source of the scale bench)
    for (const [t, yi] of own) {
      all.set(t, (all.get(t) ?? 0) + yi);
      if (yi < 2) own.delete(t);
    }
    counts.set(id, own);
    totals.set(id, n);
    total += n;
  }
  const alpha0 = total * PRIOR_SCALE;
  const out = new Map<string, string[]>();
  for (const [id, own] of counts) {
    const ni = totals.get(id) ?? 0;
    const nj = total - ni;
    const scored: [string, number][] = [];
    for (const [t, yi] of own) {
      if (yi < 2) continue;
      const a = (all.get(t) ?? 0) * PRIOR_SCALE;
      const yj = (all.get(t) ?? 0) - yi;
      const delta = Math.log((yi + a) / (ni + alpha0 - yi - a)) - Math.log((yj + a) / (nj + alpha0 - yj - a));
      const z = delta / Math.sqrt(1 / (yi + a) + 1 / (yj + a));
      if (z >= Z_MIN) scored.push([t, z]);
    }
    // on a tie the phrase goes first: "wetland habitat" says more than "wetland" and "habitat"
    scored.sort(
      (x, y) =>
        y[1] - x[1] || Number(y[0].includes(' ')) - Number(x[0].includes(' ')) || x[0].localeCompare(y[0]),
    );
    const taken: string[] = [];
    for (const [t] of scored) {
      if (taken.length >= MAX_TERMS) break;
      if (
        t.includes(' ')
          ? t.split(' ').every((w) => taken.includes(w))
          : taken.some((p) => p.split(' ').includes(t))
      )
        continue;
      taken.push(t);
    }
    // a phrase taken after its words replaces them
    out.set(
      id,
      taken.filter((t) => t.includes(' ') || !taken.some((p) => p.includes(' ') && p.split(' ').includes(t))),
    );
  }
  return out;
}
