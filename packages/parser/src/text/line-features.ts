import type { BodyBlock } from '../extraction.js';
import type { LineKind } from './classify-lines.js';
import { lowerCaseShare, titleLike } from './classify-lines.js';
import { wordsIn } from './count-words.js';
import { isCreditLine, isFurnitureLine, isSignOffLine } from './furniture-lines.js';
import type { BodyRegion } from './select-body.js';

const KINDS: readonly LineKind[] = ['prose', 'sentence', 'clause', 'row', 'item', 'short', 'repeated', 'caption'];
const TERMINAL = /[.!?…:;"”’»)\]。！？」』）]$/u;
const SENTENCE_END = /[.!?…]["”’»)]?(\s|$)|[。！？]/gu;
const LONG_WORD = /\p{L}{4,}/gu;

/** What one line says by itself (before its neighbours' copies are added). */
const OWN = [
  'words',
  ...KINDS.map((k) => `kind:${k}`),
  'score',
  'terminal',
  'sentences',
  'lower',
  'titleLike',
  'colonEnd',
  'lowerStart',
  'digits',
  'furniture',
  'credit',
  'signOff',
  'kept',
  'inRegion',
] as const;

/** Where a line stands on the page and against the body the rules chose. */
const CONTEXT = [
  'position',
  'fromFirst',
  'fromLast',
  'kindRun',
  'windowScore',
  'proseAbove',
  'proseBelow',
  'bodyOverlap',
  'bodyWords',
] as const;

const OFFSETS = [-2, -1, 1, 2] as const;
/** Of a neighbour only these of its own features are copied (the rest cost size and add little). */
const NEIGHBOUR = ['words', 'score', 'terminal', 'kept', 'kind:prose', 'kind:short', 'kind:repeated'] as const;

/** The names of the features {@link lineFeatures} computes, in order (a model file lists them to check). */
export const LINE_FEATURES: readonly string[] = [
  ...OWN,
  ...CONTEXT,
  ...OFFSETS.flatMap((o) => NEIGHBOUR.map((n) => `${n}@${o}`)),
];

const OWN_INDEX = new Map<string, number>(OWN.map((n, i) => [n, i]));
const NEIGHBOUR_INDEX = NEIGHBOUR.map((n) => OWN_INDEX.get(n) as number);

/**
 * Computes, for each line of a text scrape, the numbers a line model reads (see {@link LINE_FEATURES}):
 * what the line shows (words, kind, the rules' score, sentence punctuation, case, furniture phrases),
 * whether the rules kept it, where it stands against the body they chose, how much prose lies above
 * and below, how many of its words the body shares, and the same of its neighbours two lines up and
 * down. Nothing names a site or a phrase of one page.
 * @param lines the non-empty lines
 * @param kinds their kinds, from classifyLines
 * @param scores their scores, from scoreLines
 * @param region the body the rules chose, or null
 * @returns one feature vector per line
 */
export function lineFeatures(
  lines: readonly BodyBlock[],
  kinds: readonly LineKind[],
  scores: readonly number[],
  region: BodyRegion | null,
): number[][] {
  const n = lines.length;
  const kept = new Set(region?.keep ?? []);
  const first = region?.first ?? -1;
  const last = region?.last ?? -1;
  const words = lines.map((l) => wordsIn(l.text));
  const own = lines.map((l, i) => ownFeatures(l.text, words[i] as number, kinds[i] as LineKind, scores[i] as number, kept.has(i), i >= first && i <= last));

  // the body's words, to tell how many of each line's words it holds (its own line's words left out)
  const bodyCounts = new Map<string, number>();
  const lineWords = lines.map((l) => [...new Set(l.text.toLowerCase().match(LONG_WORD) ?? [])]);
  for (const i of kept) for (const w of lineWords[i] as string[]) bodyCounts.set(w, (bodyCounts.get(w) ?? 0) + 1);
  let bodyWords = 0;
  for (const i of kept) bodyWords += words[i] as number;

  const prose = kinds.map((k, i) => (k === 'prose' ? (words[i] as number) : 0));
  const proseAbove: number[] = new Array(n).fill(0);
  for (let i = 1; i < n; i++) proseAbove[i] = (proseAbove[i - 1] as number) + (prose[i - 1] as number);
  const proseBelow: number[] = new Array(n).fill(0);
  for (let i = n - 2; i >= 0; i--) proseBelow[i] = (proseBelow[i + 1] as number) + (prose[i + 1] as number);

  const runStart: number[] = new Array(n).fill(0);
  for (let i = 1; i < n; i++) runStart[i] = kinds[i] === kinds[i - 1] ? (runStart[i - 1] as number) : i;
  const runEnd: number[] = new Array(n).fill(n - 1);
  for (let i = n - 2; i >= 0; i--) runEnd[i] = kinds[i] === kinds[i + 1] ? (runEnd[i + 1] as number) : i;

  const prefix: number[] = [0];
  for (let i = 0; i < n; i++) prefix.push((prefix[i] as number) + (scores[i] as number));

  return own.map((f, i) => {
    const mine = kept.has(i) ? 1 : 0;
    const ws = lineWords[i] as string[];
    let shared = 0;
    for (const w of ws) if ((bodyCounts.get(w) ?? 0) - mine > 0) shared++;
    const lo = Math.max(0, i - 5);
    const hi = Math.min(n, i + 6);
    const context = [
      n > 1 ? i / (n - 1) : 0,
      region ? clip(i - first, 30) : 30,
      region ? clip(i - last, 30) : 30,
      Math.log1p((runEnd[i] as number) - (runStart[i] as number) + 1),
      signedLog((prefix[hi] as number) - (prefix[lo] as number) - (scores[i] as number)),
      Math.log1p(proseAbove[i] as number),
      Math.log1p(proseBelow[i] as number),
      ws.length > 0 ? shared / ws.length : -1,
      Math.log1p(bodyWords),
    ];
    const around = OFFSETS.flatMap((o) => {
      const g = own[i + o];
      return g ? NEIGHBOUR_INDEX.map((k) => g[k] as number) : NEIGHBOUR_INDEX.map(() => -1);
    });
    return [...f, ...context, ...around];
  });
}

function ownFeatures(text: string, words: number, kind: LineKind, score: number, kept: boolean, inRegion: boolean): number[] {
  const letters = text.replace(/[^\p{L}\p{N}]/gu, '');
  const digits = letters.replace(/\P{N}/gu, '').length;
  return [
    Math.log1p(words),
    ...KINDS.map((k) => (k === kind ? 1 : 0)),
    signedLog(score),
    TERMINAL.test(text) ? 1 : 0,
    Math.min(5, text.match(SENTENCE_END)?.length ?? 0),
    lowerCaseShare(text),
    titleLike(text) ? 1 : 0,
    text.endsWith(':') ? 1 : 0,
    /^\p{Ll}/u.test(text) ? 1 : 0,
    letters.length > 0 ? digits / letters.length : 0,
    words <= 15 && isFurnitureLine(text, words) ? 1 : 0,
    words <= 12 && isCreditLine(text, words) ? 1 : 0,
    words <= 50 && isSignOffLine(text, words) ? 1 : 0,
    kept ? 1 : 0,
    inRegion ? 1 : 0,
  ];
}

function clip(x: number, limit: number): number {
  return Math.max(-limit, Math.min(limit, x));
}

function signedLog(x: number): number {
  return Math.sign(x) * Math.log1p(Math.abs(x));
}
