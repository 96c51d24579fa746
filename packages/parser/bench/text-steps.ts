// What the classify scripts of text scrapes share about the steps of `selectBody`: which step left a
// line out of the body, and which chose the block the body was taken from (from the trace it notes).
import type { BodyRegion, BodyTrace } from '../src/text/body-region.js';

/** bridge-box.ts's MAX_BRIDGE and BRIDGE_MIN: a box the bridge crosses, a run it takes in. */
const BOX = 12;
const BRIDGE_MIN = 35;

/** Which step chose the block the body was taken from: the strongest run, or a step that moved off it. */
export function chooser(trace: BodyTrace): string {
  const at = (name: string) => trace.steps.find((s) => s.step === name);
  const top = trace.top;
  const moved = (x?: { first: number; last: number }, y?: { first: number; last: number }) =>
    !!x && !!y && (x.first > y.last || x.last < y.first);
  if (moved(at('afterByline'), at('first strong run'))) return 'the run under a byline';
  if (moved(at('beforeCommentForm'), at('afterByline'))) return 'the run before a comment form';
  if (top && moved(at('first strong run'), top)) return 'an earlier run of the first share';
  return 'the strongest run';
}

/**
 * The step or test that left lines a..b out of the body: "inside: …" (a test inside the region),
 * "edge: …", "cut: STEP (before|after)" (the last step that moved the region's edge past it), or
 * "selection: …" (never held: the wrong block, or why the bridge did not reach it).
 * @param trace what `selectBody` noted
 * @param region the body region chosen
 * @param keep the lines kept
 * @param a the first line
 * @param b the last line
 * @param found whether the body holds any of the page's text (else a line far from it is in the wrong block)
 * @param detail split never-held lines by their gap to the body, and a wrong block by its run's share
 * @returns the step's name
 */
export function droppedBy(
  trace: BodyTrace,
  region: BodyRegion | null,
  keep: ReadonlySet<number>,
  a: number,
  b: number,
  found: boolean,
  detail = false,
): string {
  if (region === null) return 'no body';
  if (a >= region.first && b <= region.last) {
    for (let i = a; i <= b; i++) {
      const why = trace.dropped.get(i);
      if (why && !keep.has(i)) return `inside: ${why}`;
    }
    return a === region.first ? 'inside: the first line taken as the title' : 'inside: other';
  }
  if (a < region.first && b >= region.first) return 'edge: straddles the start';
  if (a <= region.last && b > region.last) return 'edge: straddles the end';
  const l = b < region.first ? b : a;
  const side = b < region.first ? 'before' : 'after';
  const steps = [
    { step: 'the strongest run', first: trace.top?.first ?? -1, last: trace.top?.last ?? -1 },
    ...trace.steps,
  ];
  let cut = '';
  for (let k = 1; k < steps.length; k++) {
    const was = steps[k - 1] as { first: number; last: number };
    const now = steps[k] as { step: string; first: number; last: number };
    if (l >= was.first && l <= was.last && !(l >= now.first && l <= now.last)) cut = now.step;
  }
  if (cut) return `cut: ${cut} (${side})`;
  // never held: why the bridge did not reach it
  const gap = side === 'before' ? region.first - l - 1 : l - region.last - 1;
  if (!found && gap > BOX) {
    if (detail) {
      const run = trace.runs.find((r) => l >= r.first && l <= r.last);
      const share = run && trace.top ? run.score / trace.top.score : 0;
      return `selection: wrong block, ${chooser(trace)}, ${side}, share ${share >= 0.35 ? '≥0.35' : share >= 0.2 ? '0.2-0.35' : share > 0 ? '<0.2' : 'none'}`;
    }
    return `selection: wrong block, ${chooser(trace)}`;
  }
  const run = trace.runs.find((r) => l >= r.first && l <= r.last);
  const why =
    (trace.scores[l] as number) <= 0 && !run
      ? 'the line scores ≤ 0'
      : gap > BOX
        ? 'beyond the bridge'
        : run && run.score < BRIDGE_MIN
          ? 'a weak run'
          : 'a run the bridge did not take (shared words, a stronger box)';
  if (detail) return `selection: ${side}, ${why}, gap ${gap <= 2 ? gap : gap <= 12 ? '3-12' : '>12'}`;
  return `selection: ${side}, ${why}`;
}
