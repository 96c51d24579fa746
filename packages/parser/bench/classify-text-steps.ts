// Counts, for each step of `selectBody`, the trafilatura-eval text snippets it drops and keeps: the
// `with` snippets it dropped (body lost), the `without` snippets it dropped (furniture rightly left out)
// and the `without` snippets it brought in (furniture kept). A line outside the body is charged to the
// last step that moved the region's edge past it (the first strong run, `afterByline`,
// `beforeCommentForm`, the bridge, the trims), or, when no step ever held it, to the selection itself
// with why the bridge did not reach it (the gap, a weak run, too few shared words); a line inside the
// body to the test that left it out (a furniture or credit line, a link box, a label…). A step that drops
// more body than furniture on both halves is a candidate to narrow. A tool for choosing the next rule,
// not a score; lines listed only for half A. With `--zyte`, the same for zyte-dev's text pages, which
// have an answer rather than snippets: each line left out whose word 4-grams are at least half the
// answer's (those the kept lines do not hold already) is charged to its step, with the recall it costs
// (its share of the answer's 4-grams, averaged over the pages as the benchmark's recall is).
// Usage: pnpm --filter @briefing/parser classify:text-steps [--half a|b | --zyte] [--by-kind] [--detail] [--list] [--step PREFIX]
import fs from 'node:fs';
import path from 'node:path';
import type { BodyBlock } from '../src/extraction.js';
import type { BodyTrace } from '../src/text/body-region.js';
import { datasetsDir, halfOption, optionValue, snippetScorer, zyteFiles } from './datasets.js';
import { scrapeLines } from './scrape-lines.js';
import { snippetPages } from './snippet-pages.js';
import { droppedBy } from './text-steps.js';

const argv = process.argv.slice(2);
const half = halfOption(argv) ?? 'a';
const zyte = argv.includes('--zyte');
const list = argv.includes('--list') && (half === 'a' || zyte);
const only = optionValue(argv, '--step');
/** With `--by-kind`, each step's count is split by the kind of the line (its first) the snippet is on. */
const byKind = argv.includes('--by-kind');
/**
 * With `--detail`, a line the selection never held is split by its distance to the body (0, 1, 2, 3–12
 * or more lines), and a wrong block by the share of the strongest run's score that the missed line's run has.
 */
const detail = argv.includes('--detail');
const { norm } = await snippetScorer();

type Tally = { body: number; furniture: number; leaked: number; held: number };
const tally = new Map<string, Tally>();
const count = (step: string, what: keyof Tally) => {
  const t = tally.get(step) ?? { body: 0, furniture: 0, leaked: 0, held: 0 };
  t[what]++;
  tally.set(step, t);
};
const rows: string[] = [];
/** One line's share of a zyte-dev answer's recall, summed by step. */
const lost = new Map<string, { recall: number; lines: number }>();

if (zyte) countZyte();
else countSnippets();

/** Counts the half's snippets by the step that dropped or kept each. */
function countSnippets(): void {
  for (const { name, data, item, out } of snippetPages('text', half, norm)) {
    const trace: BodyTrace = { steps: [], runs: [], top: null, scores: [], dropped: new Map() };
    const { lines, kinds, words, region, lineAt, joined } = scrapeLines(data, norm, trace);
    const keep = new Set(region?.keep ?? []);
    const found = item.with.filter((w) => out.includes(norm(w))).length;
    for (const [snippets, wanted] of [
      [item.with, true],
      [item.without, false],
    ] as const) {
      for (const snippet of snippets) {
        const s = norm(snippet);
        let at = joined.indexOf(s);
        if (at === -1) continue; // text the scrape lacks
        const kept = out.includes(s);
        // a kept snippet whose text recurs on the page: the copy on a kept line
        while (kept && !keep.has(lineAt(at)) && joined.indexOf(s, at + 1) !== -1)
          at = joined.indexOf(s, at + 1);
        const a = lineAt(at);
        const b = lineAt(at + s.length - 1);
        let step: string;
        if (kept) {
          step = broughtIn(a, b);
          if (detail && region) {
            // where in the body: its first 3 kept lines, its last 10, or between
            const place = region.keep.indexOf(a);
            step += place < 3 ? ', opening' : place >= region.keep.length - 10 ? ', close' : ', middle';
          }
          if (byKind) step += ` [${kinds[a]}]`;
          count(step, wanted ? 'held' : 'leaked');
        } else {
          step = droppedBy(trace, region, keep, a, b, found > 0, detail);
          if (byKind) step += ` [${kinds[a]}]`;
          count(step, wanted ? 'body' : 'furniture');
        }
        if (list && (only ? step.startsWith(only) : wanted !== kept)) {
          const l = lines[a] as BodyBlock;
          rows.push(
            `${step} | ${wanted ? (kept ? 'held' : 'missed') : kept ? 'leaked' : 'furniture dropped'} | ${name} | line ${a} [${region?.first}-${region?.last}] ${kinds[a]} ${words[a]}w\n    ${s.slice(0, 100)}\n    » ${l.text.slice(0, 140)}`,
          );
        }
      }
    }

    /** The step that first held lines a..b in the region (the strongest run's, when it did). */
    function broughtIn(a: number, b: number): string {
      const top = trace.top;
      if (top && a >= top.first && b <= top.last) return 'kept: the strongest run';
      for (const s of trace.steps) if (a >= s.first && b <= s.last) return `kept: ${s.step}`;
      return 'kept: other';
    }
  }
}

/**
 * Charges each zyte-dev text line left out that is mostly the answer's (half or more of its word
 * 4-grams are the answer's and not on a kept line) to the step that left it out, with its share of the
 * answer's 4-grams over the number of pages (the points of recall it costs).
 */
function countZyte(): void {
  const answers = JSON.parse(
    fs.readFileSync(path.join(datasetsDir(), 'zyte-dev', 'ground-truth.json'), 'utf8'),
  );
  const files = zyteFiles('text');
  for (const file of files) {
    const id = path.basename(file, '.txt');
    const answer = new Set(shingles(answers[id].articleBody as string));
    const trace: BodyTrace = { steps: [], runs: [], top: null, scores: [], dropped: new Map() };
    const { lines, kinds, words, region } = scrapeLines(fs.readFileSync(file), (s) => s, trace);
    const keep = new Set(region?.keep ?? []);
    const kept = new Set<string>();
    for (const i of keep) for (const s of shingles((lines[i] as BodyBlock).text)) kept.add(s);
    let held = 0;
    for (const s of kept) if (answer.has(s)) held++;
    for (let i = 0; i < lines.length; i++) {
      if (keep.has(i)) continue;
      const own = shingles((lines[i] as BodyBlock).text);
      const missed = own.filter((s) => answer.has(s) && !kept.has(s)).length;
      if (own.length === 0 || missed < own.length / 2) continue;
      // a body holding under a tenth of the answer was taken from the wrong block
      let step = droppedBy(trace, region, keep, i, i, held >= answer.size / 10, detail);
      if (byKind) step += ` [${kinds[i]}]`;
      const t = lost.get(step) ?? { recall: 0, lines: 0 };
      t.recall += missed / answer.size / files.length;
      t.lines++;
      lost.set(step, t);
      if (list && (!only || step.startsWith(only)))
        rows.push(
          `${step} | ${id.slice(0, 10)} | line ${i} [${region?.first}-${region?.last}] ${kinds[i]} ${words[i]}w\n    » ${(lines[i] as BodyBlock).text.slice(0, 140)}`,
        );
    }
  }
}

/** The benchmark's word 4-grams of a text (the whole text when it has fewer than four words). */
function shingles(text: string): string[] {
  const words = text.match(/[\p{L}\p{N}_]+/gu) ?? [];
  if (words.length > 0 && words.length < 4) return [words.join(' ')];
  const out: string[] = [];
  for (let i = 0; i + 4 <= words.length; i++) out.push(words.slice(i, i + 4).join(' '));
  return out;
}

if (list) console.log(rows.sort().join('\n'));
if (zyte) {
  console.log(
    '\nzyte-dev text: lines of the answers left out (the points of recall they cost | lines), by step',
  );
  for (const [step, t] of [...lost].sort((x, y) => y[1].recall - x[1].recall))
    console.log(`${t.recall.toFixed(4).padStart(8)} ${String(t.lines).padStart(6)}  ${step}`);
} else {
  console.log(
    `\ntrafilatura-eval text, half ${half.toUpperCase()}: snippets dropped (body | furniture) and kept (furniture | body), by step`,
  );
  console.log(
    `${'body'.padStart(6)} ${'furn'.padStart(6)} ${'kept'.padStart(6)} ${'body'.padStart(6)}  step`,
  );
  for (const [step, t] of [...tally].sort((x, y) => y[1].body + y[1].leaked - x[1].body - x[1].leaked))
    console.log(
      `${String(t.body).padStart(6)} ${String(t.furniture).padStart(6)} ${String(t.leaked).padStart(6)} ${String(t.held).padStart(6)}  ${step}`,
    );
}
