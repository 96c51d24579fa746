import type { Claim, Perspective } from './briefing.js';
import { cite } from './citation.js';
import type { OutletInfo } from './gazetteer.js';
import { isStatement, type ScoredSentence } from './score-sentences.js';
import { trimPoint } from './select-key-points.js';
import { jaccard, type Vocabulary } from './text-stats.js';

const MAX_SHARED = 10;
/** Words that name a policy frame; a source's framing lists those it leans on most, then its own words. */
const FRAME_WORDS = new Set(
  `occupation occupied sovereignty partnership withdrawal withdraw expulsion expel resistance terrorism terrorist
  stability instability insecurity security deterrence deterring interference influence cooperation dialogue
  presence threat threats escalation de-escalation legitimacy illegal violation aggression hegemony independence
  alliance support training advisory reform corruption humanitarian economic energy sanctions militias proxies
  extremism extremist conflict peace negotiations diplomacy transition commitment integration`.split(/\s+/),
);
const WEAK = new Set(
  'told year years cannot clearly country beginning sides facing time times part well way made make'.split(
    ' ',
  ),
);
const SINGLE_PER_SOURCE = 2;
const MAX_SINGLE = 24;

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Finds the claims several sources share and the ones only one source makes. Candidate pairs come
 * from an index of rarer words, so the cost grows with the sentences, not with their pairs.
 * @param sentences scored sentences of all sources
 * @returns shared claims first (most sources first), then each source's own main claims
 */
export function findClaims(sentences: readonly ScoredSentence[]): Claim[] {
  const statements = sentences.filter(isStatement);
  // word ids are small integers: counts live in typed arrays, not maps (millions of words at scale)
  let size = 0;
  for (const s of statements) for (const w of s.words) if (w >= size) size = w + 1;
  const df = new Uint32Array(size);
  for (const s of statements) for (const w of s.words) df[w] = (df[w] as number) + 1;
  const rareLimit = Math.max(3, Math.ceil(statements.length * 0.02));
  const index = new Map<number, number[]>();
  statements.forEach((s, i) => {
    for (const w of s.words) {
      if ((df[w] as number) > rareLimit) continue;
      const list = index.get(w) ?? [];
      if (list.length < 50) list.push(i);
      index.set(w, list);
    }
  });
  const parent = statements.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i] as number] as number;
      i = parent[i] as number;
    }
    return i;
  };
  const overlap = new Uint32Array(statements.length);
  const touched: number[] = [];
  statements.forEach((s, i) => {
    touched.length = 0;
    for (const w of s.words) {
      // each list is in ascending order: walk only the statements after this one
      const list = index.get(w) ?? [];
      for (let k = list.length - 1; k >= 0 && (list[k] as number) > i; k--) {
        const j = list[k] as number;
        if (overlap[j] === 0) touched.push(j);
        overlap[j] = (overlap[j] as number) + 1;
      }
    }
    for (const j of touched) {
      const count = overlap[j] as number;
      overlap[j] = 0;
      const t = statements[j] as ScoredSentence;
      if (count >= 3 && t.article.id !== s.article.id && jaccard(s.words, t.words) >= 0.18)
        parent[find(j)] = find(i);
    }
  });
  const clusters = new Map<number, ScoredSentence[]>();
  statements.forEach((s, i) => {
    const root = find(i);
    const members = clusters.get(root);
    if (members) members.push(s);
    else clusters.set(root, [s]);
  });
  const shared: Claim[] = [];
  const inShared = new Set<ScoredSentence>();
  for (const members of clusters.values()) {
    // each source's first member, in one pass (a sentence many pages share makes a large cluster)
    const firstOf = new Map<string, ScoredSentence>();
    for (const m of members) if (!firstOf.has(m.article.id)) firstOf.set(m.article.id, m);
    const ids = new Set(firstOf.keys());
    if (ids.size < 2) continue;
    const best = [...members].sort((a, b) => b.score - a.score)[0] as ScoredSentence;
    const firstPerSource = [...ids].sort().map((id) => firstOf.get(id) as ScoredSentence);
    for (const m of members) inShared.add(m);
    shared.push({
      text: trimPoint(best.text),
      sourceIds: [...ids].sort(),
      citations: firstPerSource.map((m) => cite(m.article, m.start, m.end)),
    });
  }
  shared.sort((a, b) => b.sourceIds.length - a.sourceIds.length || a.text.localeCompare(b.text));
  const single: Claim[] = [];
  const bySource = new Map<string, ScoredSentence[]>();
  for (const s of statements) if (!inShared.has(s)) push(bySource, s.article.id, s);
  const own: ScoredSentence[] = [];
  for (const id of [...bySource.keys()].sort()) {
    own.push(
      ...(bySource.get(id) ?? [])
        .sort((a, b) => b.score - a.score || a.start - b.start)
        .slice(0, SINGLE_PER_SOURCE),
    );
  }
  own.sort((a, b) => b.score - a.score || (a.article.id < b.article.id ? -1 : 1));
  for (const s of own.slice(0, MAX_SINGLE)) {
    single.push({
      text: trimPoint(s.text),
      sourceIds: [s.article.id],
      citations: [cite(s.article, s.start, s.end)],
    });
  }
  single.sort((a, b) => ((a.sourceIds[0] as string) < (b.sourceIds[0] as string) ? -1 : 1));
  return [...shared.slice(0, MAX_SHARED), ...single];
}

/**
 * Describes how each source frames the topic: its most representative sentence as a summary, and
 * the words it uses far more than the other sources do.
 * @param sentences scored sentences of all sources
 * @param vocabulary the vocabulary they were scored with
 * @param outlets what the config says about outlets (country, type)
 * @returns one perspective per source, in source order
 */
export function describePerspectives(
  sentences: readonly ScoredSentence[],
  vocabulary: Vocabulary,
  outlets: readonly OutletInfo[] = [],
): Perspective[] {
  const bySource = new Map<string, ScoredSentence[]>();
  for (const s of sentences) push(bySource, s.article.id, s);
  const sourceCount = Math.max(1, bySource.size);
  // in how many sources each word is, counted in typed arrays (word ids are small integers)
  const sourcesWith = new Uint32Array(vocabulary.size);
  const lastSource = new Int32Array(vocabulary.size).fill(-1);
  let source = 0;
  for (const list of bySource.values()) {
    for (const s of list)
      for (const w of s.words)
        if (lastSource[w] !== source) {
          lastSource[w] = source;
          sourcesWith[w] = (sourcesWith[w] as number) + 1;
        }
    source++;
  }
  const out: Perspective[] = [];
  for (const [id, list] of bySource) {
    const article = (list[0] as ScoredSentence).article;
    const tf = new Map<number, number>();
    for (const s of list) for (const w of s.words) tf.set(w, (tf.get(w) ?? 0) + 1);
    // framing is carried by common words, not by names: keep words the source writes in lower case
    const lower = new Set(list.flatMap((s) => s.text.match(/(?<![\p{L}])\p{Ll}[\p{L}'-]+/gu) ?? []));
    const framing = [...tf]
      .filter(([, n]) => n >= 2)
      .map(([id, n]) => [vocabulary.word(id), n, sourcesWith[id] || 1] as const)
      .filter(([w]) => lower.has(w) && !WEAK.has(w) && !/^\d+$/.test(w))
      .map(
        ([w, n, with_]) =>
          [w, (FRAME_WORDS.has(w) ? 3 : 1) * n * Math.log((1.5 + sourceCount) / with_)] as const,
      )
      .filter(([, weight]) => weight > 0)
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, 6)
      .map(([w]) => w);
    const lead =
      list.filter(isStatement).sort((a, b) => b.score - a.score || a.start - b.start)[0] ?? list[0];
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
