import { z } from 'zod';
import { LowerWords, lazyData, wordSets } from './data-file.js';
import { isSayingVerb } from './saying-verbs.js';

const VerdictWords = z.object({ verbs: LowerWords, linking: LowerWords, after: LowerWords });
/** The words of `data/verdict-words.yaml`, read once. */
const verdictWords = lazyData('verdict-words.yaml', VerdictWords, wordSets);

/** A passage of one sentence, its offsets without the marks. */
export interface Passage {
  start: number;
  end: number;
  text: string;
}

/*
 * How far a verdict stands from its verb, in words: measured on the six Wikinews cluster briefs and the
 * 60 zyte-dev texts, the one-word verdicts had 1 to 3 words of object after a verb of judgement ('called
 * <a name> a "…"') and up to 13 after a verb of saying (a letter's place and hearer before 'that <its
 * subject> was "…"'); a verb further off is another clause's.
 */
/** The most words between a verb of judgement and its verdict. */
const MAX_AFTER_JUDGING = 4;
/** The most words between a verb of saying and its verdict. */
const MAX_AFTER_SAYING = 15;

/** A one-word passage in double marks: a word of letters, hyphens and apostrophes, a stop at most after it. */
const ONE_WORD = /["“](\p{L}[\p{L}'’-]*[,.!?]?)["”]/gu;
/** A word of the sentence before a passage, or a stop or a mark. */
const WORD = /[\p{L}'’-]+|["“”.;:!?]/gu;

/**
 * Whether the token at `k` ends a clause: a mark, a colon, a semicolon, "!" or "?", or a full stop that
 * a capitalised word follows (not the stop of "Oct. 26 letter", "Mr. Holt").
 * @param tokens the sentence's tokens ({@link WORD})
 * @param k the token
 */
function stopsAt(tokens: readonly RegExpExecArray[], k: number): boolean {
  const t = (tokens[k] as RegExpExecArray)[0];
  if (/\p{L}/u.test(t)) return false;
  if (t !== '.') return true;
  const next = tokens[k + 1]?.[0];
  return next === undefined || /^\p{Lu}/u.test(next);
}
/** What may follow a verdict's closing mark: a stop or a bracket, or the sentence's end. */
const ENDS_AFTER = /^\s*(?:[,.;:!?…)\]—–]|$)/u;

/**
 * The one-word quotations of a sentence that are a speaker's verdict, not the writer's epithet: after a
 * verb of judgement of `data/verdict-words.yaml` and at most {@link MAX_AFTER_JUDGING} words of its
 * object ('called the toll plan "unacceptable"', 'described the move as "reckless"'), or after a verb of
 * saying and a linking verb ('said he was "appalled"', 'says it was "reckless" and "needless"'), no
 * stop between; the verb's subject written before it (not 'is called', 'so-called'); and the word ends
 * its noun phrase (a stop, the sentence's end or a word of `after` right after it: not 'the "smart"
 * fares'). Passages of one word of any length, as {@link Passage}s in the sentence's order.
 * @param sentence the sentence
 * @returns the verdicts
 */
export function quotedVerdicts(sentence: string): Passage[] {
  if (!/["“]/u.test(sentence)) return [];
  const found: Passage[] = [];
  for (const m of sentence.matchAll(ONE_WORD)) {
    const start = m.index + 1;
    const end = start + (m[1] as string).length;
    if (isVerdictAt(sentence, start, end, found)) found.push({ start, end, text: m[1] as string });
  }
  return found;
}

/**
 * The start of the verb of judgement that {@link quotedVerdicts} found before a verdict, and the mark
 * that opens it, for each verdict so introduced: "Mara Holt called the toll plan "…"" reads as "Mara Holt
 * said "…"" to the speaker patterns, which know no verb of judgement (the object, a name at times, would
 * pass for the speaker after "said").
 * @param sentence the sentence
 * @returns the sentence with each such verb and its object read as "said "
 */
export function verdictSaidForm(sentence: string): string {
  const verdicts = quotedVerdicts(sentence);
  if (verdicts.length === 0) return sentence;
  let read = sentence;
  for (const v of [...verdicts].reverse()) {
    const verb = judgingVerbBefore(sentence, v.start - 1);
    if (verb >= 0) read = `${read.slice(0, verb)}said ${read.slice(v.start - 1)}`;
  }
  return read;
}

/**
 * Where the verb of judgement before a mark starts, within {@link MAX_AFTER_JUDGING} words and no stop
 * or other mark between, its subject before it; -1 for none.
 * @param sentence the sentence
 * @param mark the offset of the opening mark
 */
function judgingVerbBefore(sentence: string, mark: number): number {
  const { verbs } = verdictWords();
  const tokens = [...sentence.slice(0, mark).matchAll(WORD)];
  for (let k = tokens.length - 1, n = 0; k >= 0 && n <= MAX_AFTER_JUDGING; k--, n++) {
    const t = tokens[k] as RegExpExecArray;
    if (stopsAt(tokens, k)) return -1;
    const word = t[0].toLowerCase();
    if (verbs.has(word)) return activeAt(tokens, k) ? t.index : -1;
  }
  return -1;
}

/**
 * Whether a one-word passage is a verdict ({@link quotedVerdicts}).
 * @param sentence the sentence
 * @param start the passage's start (after its mark)
 * @param end its end (before its mark)
 * @param before the verdicts found before it in the sentence, which a verdict may follow ('"reckless" and "needless"')
 */
function isVerdictAt(sentence: string, start: number, end: number, before: readonly Passage[]): boolean {
  const rest = sentence.slice(end + 1);
  const next = /^\s*([\p{L}]+)/u.exec(rest)?.[1]?.toLowerCase();
  const { linking, after } = verdictWords();
  if (!ENDS_AFTER.test(rest) && !(next !== undefined && after.has(next))) return false;
  if (judgingVerbBefore(sentence, start - 1) >= 0) return true;
  const tokens = [...sentence.slice(0, start - 1).matchAll(WORD)];
  const last = tokens.at(-1)?.[0].toLowerCase();
  // '"reckless" and "needless"': one more of the verdict before it
  const previous = before.at(-1);
  if ((last === 'and' || last === 'or') && previous !== undefined) {
    const between = sentence.slice(previous.end + 1, start - 1);
    return /^\s*(?:,\s*)?(?:and|or)\s*$/u.test(between);
  }
  if (last === undefined || !linking.has(last)) return false;
  for (let k = tokens.length - 2, n = 0; k >= 0 && n <= MAX_AFTER_SAYING; k--, n++) {
    const t = tokens[k] as RegExpExecArray;
    if (stopsAt(tokens, k)) return false;
    if (isSayingVerb(t[0].toLowerCase())) return activeAt(tokens, k);
  }
  return false;
}

/** Whether the verb at token `k` has its subject before it: not after a form of "be" ('is called'), nor the sentence's first word. */
function activeAt(tokens: readonly RegExpExecArray[], k: number): boolean {
  const before = tokens[k - 1]?.[0].toLowerCase();
  return before !== undefined && /\p{L}/u.test(before) && !BE.has(before);
}

/** The forms of "be" and "get" before a verb's passive. */
const BE = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'being', 'get', 'got', 'gets']);
