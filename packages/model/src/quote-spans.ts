import { isGivenName } from './given-names.js';
import { nameParticles } from './name-particles.js';
import { SAYING_VERBS, TOLD } from './quote-patterns.js';
import { closesFirst, openPassage, quotedPassages } from './quoted-passages.js';
import { sayingVerbs } from './saying-verbs.js';
import type { Sentence } from './sentences.js';
import { saidForm } from './speech-intros.js';

/**
 * How many sentences after the one that opened it a quotation left open may run on: a quotation over
 * paragraphs ('… said: "A. B.' then '"C."') or of more sentences than one sentence holds
 * (join-quotations.ts). On real news (zyte-dev bodies, the timelines documents) 23 of the 24 quotations
 * over paragraphs close within 6 sentences of their first (18 within 2); the other ran 38 sentences.
 */
export const MAX_OPEN = 6;
/** A sentence that opens with a double or curly single quotation mark. */
export const OPENS = /^["“‘]/u;

/**
 * The quotation left open after a sentence, for the next to go on with: the one it opens and leaves
 * open ({@link quoteFrom}), or the one left open before it, run on by a sentence without quotation
 * marks or a paragraph that reopens it and does not close it, while near ({@link MAX_OPEN}).
 * @param left the quotation left open before the sentence
 * @param text the sentence
 * @param sentence its index
 * @param closes whether the sentence holds a closed passage
 * @param reopens whether it reopens the quotation left open, as a new paragraph does
 */
export function nextLeft(
  left: { text: string; intro: string; from: number } | null,
  text: string,
  sentence: number,
  closes: boolean,
  reopens: boolean,
): { text: string; intro: string; from: number } | null {
  const own = quoteFrom(text);
  const near = left !== null && sentence - left.from < MAX_OPEN;
  if (own !== null) {
    return near && reopens && !closes
      ? {
          text: `${(left as { text: string }).text.trim()} ${own.text}`,
          intro: (left as { intro: string }).intro,
          from: (left as { from: number }).from,
        }
      : { ...own, from: sentence };
  }
  if (near && !QUOTE_MARK.test(text)) {
    const l = left as { text: string; intro: string; from: number };
    return { text: `${l.text.trim()} ${text}`, intro: l.intro, from: l.from };
  }
  return null;
}

/** Any double quotation mark. */
const QUOTE_MARK = /["“”]/u;

/**
 * The quotation a sentence leaves open for the next to go on with: one it opens with, or one an
 * introduction ending in a colon or comma opens ('… said: "Air pollution …'), with that introduction.
 */
function quoteFrom(text: string): { text: string; intro: string } | null {
  const open = openPassage(text);
  if (open === null) return null;
  if (open.start <= 1) return text[0] === '"' || text[0] === '“' ? { text: open.text, intro: '' } : null;
  const intro = text.slice(0, open.start - 1);
  return INTRODUCES.test(saidForm(intro)) && quotedPassages(intro).length === 0
    ? { text: open.text, intro }
    : null;
}

/**
 * The longest paragraph taken as a quotation after an introduction ending in a colon: sentences and
 * characters, the bounds `join-quotations.ts` measured for quotations within a paragraph (press
 * releases set a statement of two or three sentences apart, after "X said:", without marks).
 */
const MAX_BLOCK_SENTENCES = 4;
const MAX_BLOCK_LENGTH = 600;
/** An introduction that ends the paragraph: a verb of saying and a colon. */
const INTRODUCES_BLOCK = new RegExp(String.raw`\b(?:${SAYING_VERBS}|${TOLD}\s[^,:]{1,40}?):$`, 'u');
/** A statement announced before it is given: "issued the following statement after today's ruling:". */
const ISSUED_STATEMENT =
  /\s(?:issued|released|gave|made)\s(?:the\s+following|this)\s+statement\b[^:"“”]{0,60}:$/u;

/**
 * The introduction a quotation opening its paragraph has in the sentence before, ending the paragraph
 * before: a verb of saying and a colon ('… said:'), or a statement announced ('… issued the following
 * statement:'), read as '… said:'; else "".
 * @param sentences the article's sentences
 * @param at the quotation's sentence
 * @param text the text their offsets are in
 */
export function colonIntro(sentences: readonly Sentence[], at: number, text: string): string {
  const prev = sentences[at - 1];
  if (prev === undefined || prev.text.charCodeAt(prev.text.length - 1) !== 58) return '';
  if (!text.slice(prev.end, (sentences[at] as Sentence).start).includes('\n\n')) return '';
  // "The minister issued a warning:" reads as "The minister said:" (speech-intros.ts)
  const said = saidForm(prev.text);
  if (INTRODUCES_BLOCK.test(said)) return said;
  const m = ISSUED_STATEMENT.exec(prev.text);
  return m ? `${prev.text.slice(0, m.index)} said:` : '';
}
/** A sentence of prose: at least four words, then a stop. */
const PROSE_SENTENCE = /^(?:\S+\s+){3,}\S*[.!?…]$/u;

/**
 * The paragraphs a statement is set apart in ('Martin Okafor, chair of the panel, said:', then a
 * paragraph of prose without quotation marks, as press releases and Markdown block quotes set it): for
 * the paragraph's last sentence, its text, its first sentence and the introduction.
 * @param sentences the article's sentences
 * @param text the text their offsets are in
 */
export function blockQuotations(
  sentences: readonly Sentence[],
  text: string,
): Map<number, { text: string; from: number; intro: string }> | null {
  let blocks: Map<number, { text: string; from: number; intro: string }> | null = null;
  for (let i = 0; i + 1 < sentences.length; i++) {
    const intro = sentences[i] as Sentence;
    if (intro.text.charCodeAt(intro.text.length - 1) !== 58 || !INTRODUCES_BLOCK.test(intro.text)) continue;
    if (quotedPassages(intro.text).length > 0) continue;
    let last = i;
    for (let j = i + 1; j < sentences.length && j - i <= MAX_BLOCK_SENTENCES; j++) {
      const s = sentences[j] as Sentence;
      const gap = text.slice((sentences[j - 1] as Sentence).end, s.start);
      // the statement opens the next paragraph and is that paragraph, all prose, no quotation in it
      if ((j === i + 1) !== gap.includes('\n\n')) break;
      if (QUOTE_MARK.test(s.text) || !PROSE_SENTENCE.test(s.text)) {
        last = i;
        break;
      }
      last = j;
    }
    const next = sentences[last + 1];
    // a statement running past the bounds, or a paragraph going on after them, is left alone
    if (
      last === i ||
      (next !== undefined && !text.slice((sentences[last] as Sentence).end, next.start).includes('\n\n'))
    )
      continue;
    const from = (sentences[i + 1] as Sentence).start;
    const end = (sentences[last] as Sentence).end;
    if (end - from > MAX_BLOCK_LENGTH) continue;
    blocks ??= new Map();
    blocks.set(last, { text: text.slice(from, end), from: i + 1, intro: intro.text });
    i = last;
  }
  return blocks;
}

/** Forms that introduce a quotation and name no speaker: "saying" (`data/saying-verbs.yaml`). */
const INTRODUCING = String.raw`\b(?:${sayingVerbs().introducing.join('|')})`;
/**
 * An introduction to a quotation: "told" and whom, then a colon or comma right before its mark; or a verb
 * of saying with at most a few words of how after it, a colon or comma or none ('Mira Olsen said in an
 * interview "…', 'remarked that "…', 'said: "…'), as copy that sets no comma writes it too; or "of" and
 * what the words are about ('Ana Ruiz said of the merger with Kestrel Bank "…', up to 80 characters, no
 * stop or mark: a quotation over paragraphs after it had been no one's).
 */
const INTRODUCES = new RegExp(
  String.raw`\b(?:${TOLD}\s[^,:]{1,40}?[:,]|(?:${SAYING_VERBS}|${INTRODUCING})(?:(?:\s\p{Ll}+){0,4}|\sof\s[^"“”:;.!?]{1,80}?)[:,]?)\s*$`,
  'u',
);

/** A quotation credited to its speaker under it, as a note or a block quote sets it (see {@link creditedQuotations}). */
export interface CreditedQuotation {
  /** The quotation's words, without the credit line or marks around the whole. */
  text: string;
  /** The sentence the quotation opens. */
  from: number;
  /** The speaker's name as the credit writes it. */
  name: string;
  /** The role the credit gives after a comma or in brackets, or null. */
  role: string | null;
}

/** A dash that opens a credit line: em dash, horizontal bar, en dash, or two hyphens. */
const CREDIT_DASH = '(?:—|―|–|--)';
/** A word of a name: a capital, then letters, marks, apostrophes, hyphens or a stop (an initial). */
const NAME_WORD = String.raw`\p{Lu}[\p{L}\p{M}'’.-]*`;
/**
 * A credit: the dash, a name of one to five capitalised words with particles between them (`name` and
 * `prefix` particles of `data/name-particles.yaml`: "Marieke de Groot", "Omar al-Aziz"), then a role
 * after a comma or in brackets, or none; a stop may close it.
 */
let creditPattern: RegExp | undefined;
function credit(): RegExp {
  if (creditPattern) return creditPattern;
  const particles = nameParticles();
  const particle = `(?:${[...new Set(particles.name)].join('|')})`;
  const word = String.raw`(?:${NAME_WORD}|\p{Ll}+-${NAME_WORD}|${particle})`;
  creditPattern = new RegExp(
    String.raw`(?<=^|\s)${CREDIT_DASH}[ \t]*(${NAME_WORD}(?:[ \t]+${word}){0,4})(?:[ \t]*,[ \t]*([^\n,()"“”—―–][^\n()"“”—―–]{0,99}?)|[ \t]*\(([^\n()"“”—―–]{1,100})\))?[ \t]*\.?$`,
    'u',
  );
  return creditPattern;
}
/** Text that closes a sentence before a credit: a stop, or a closing mark or bracket after one. */
const STOP_BEFORE = /[.!?…]["”’)]?$/u;
/** A quotation wholly in marks: its words, no mark inside. */
const WHOLE_MARKS = /^["“]([^"“”]+)["”]$/u;

/**
 * The quotations credited to their speaker on the line under them, as an analyst pastes one into a note
 * or a Markdown block quote sets it: a paragraph of prose, then "— Dana Whitlock, operations director",
 * "-- Name", "― Name (role)" closing that paragraph or as the paragraph after it. The quotation has no
 * marks inside (or marks around the whole), at most {@link MAX_BLOCK_SENTENCES} sentences and
 * {@link MAX_BLOCK_LENGTH} characters, and ends on a stop; the credit names someone by a role after the
 * name, or by a name of two words or more whose first is a given name (a wire's "— Associated Press" under
 * its last paragraph is no speaker). Keyed by the sentence the credit is in.
 * @param sentences the article's sentences
 * @param text the text their offsets are in
 */
export function creditedQuotations(
  sentences: readonly Sentence[],
  text: string,
): Map<number, CreditedQuotation> | null {
  let found: Map<number, CreditedQuotation> | null = null;
  // the first sentence of the paragraph being read
  let first = 0;
  // the paragraph before it: its first and last sentence
  let before: [number, number] | null = null;
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i] as Sentence;
    const next = sentences[i + 1];
    if (next !== undefined && !text.slice(s.end, next.start).includes('\n\n')) continue;
    // sentence i ends the paragraph first..i
    const got = creditIn(sentences, text, first, i, before);
    if (got) {
      found ??= new Map();
      found.set(i, got);
    }
    before = [first, i];
    first = i + 1;
  }
  return found;
}

function creditIn(
  sentences: readonly Sentence[],
  text: string,
  first: number,
  last: number,
  before: [number, number] | null,
): CreditedQuotation | null {
  const s = sentences[last] as Sentence;
  // cheap test first: most paragraphs hold no dash of a credit
  if (!/[—―–]|--/u.test(s.text)) return null;
  const m = credit().exec(s.text);
  if (m === null) return null;
  const dash = m.index;
  let from: number;
  let words: string;
  if (dash > 0) {
    // "… on this budget. — Dana Whitlock, …": the credit closes the paragraph's last sentence
    from = first;
    words = text.slice((sentences[first] as Sentence).start, s.start + dash).trim();
  } else if (last > first) {
    // the credit a line of its own under the quotation, in its paragraph
    from = first;
    words = text.slice((sentences[first] as Sentence).start, (sentences[last - 1] as Sentence).end);
  } else if (before !== null) {
    // the credit a paragraph of its own right after the quotation's
    from = before[0];
    if (before[1] - before[0] + 1 > MAX_BLOCK_SENTENCES) return null;
    words = text.slice((sentences[before[0]] as Sentence).start, (sentences[before[1]] as Sentence).end);
  } else return null;
  if (last - from > MAX_BLOCK_SENTENCES + 1 || words.length > MAX_BLOCK_LENGTH) return null;
  if (!STOP_BEFORE.test(words)) return null;
  const whole = WHOLE_MARKS.exec(words);
  if (whole) words = (whole[1] as string).trim();
  if (QUOTE_MARK.test(words) || !PROSE_SENTENCE.test(words.replace(/\s+/g, ' '))) return null;
  const name = (m[1] as string).replace(/[ \t]+/g, ' ');
  const after = (m[2] ?? m[3])?.trim().replace(/[.,;]$/u, '') || null;
  const nameWords = name.split(' ').filter((w) => /^\p{Lu}/u.test(w));
  if (after === null && (nameWords.length < 2 || !isGivenName(nameWords[0] as string))) return null;
  // "—Tobias, age 7", "— Ilse Varga, 34": an age says a person, and is no role
  const role = after !== null && /\d/u.test(after) ? null : after;
  return { text: words.replace(/\s+/g, ' '), from, name, role };
}

/**
 * A quotation an introduction with a verb of saying opens ('General Arne Holt said "This will be …')
 * that the copy never closes: left open ({@link nextLeft}) at a line's end, no quotation mark in the
 * sentences it could still run on to ({@link MAX_OPEN}), it ends there (it had been no quote, waiting for a mark that never came). Only after
 * an introduction with a verb of saying, and a passage ending on a stop.
 * @param left the quotation left open before the sentence
 * @param sentences the article's sentences
 * @param at the sentence
 * @param text the text their offsets are in
 * @returns the quotation, with where it opened and its introduction, or null
 */
export function unclosedQuotation(
  left: { text: string; intro: string; from: number } | null,
  sentences: readonly Sentence[],
  at: number,
  text: string,
): { text: string; from: number; intro: string } | null {
  const s = sentences[at] as Sentence;
  // most sentences hold no mark and leave none open
  if (left === null && !QUOTE_MARK.test(s.text)) return null;
  if (quotedPassages(s.text).length > 0 || closesFirst(s.text) >= 0) return null;
  const reopens = left !== null && at - left.from <= MAX_OPEN && OPENS.test(s.text);
  const open = nextLeft(left, s.text, at, false, reopens);
  if (open === null || open.intro === '' || !UNCLOSED_END.test(open.text)) return null;
  const next = sentences[at + 1];
  if (next !== undefined && !text.slice(s.end, next.start).includes('\n')) return null;
  // a mark in the sentences the quotation could still run on to may close it (copy that breaks a line
  // after each sentence of a quotation closes it lines on), unless the paragraph it is left open in has
  // ended and the next does not go on with it
  if (next !== undefined && !endsWithParagraph(text, s.end, next))
    for (let k = at + 1; k < sentences.length && k <= open.from + MAX_OPEN; k++)
      if (QUOTE_MARK.test((sentences[k] as Sentence).text)) return null;
  return { text: open.text.trim(), from: open.from, intro: open.intro };
}

/**
 * Whether a quotation left open at a paragraph's end ends there: the next paragraph does not reopen it
 * with a mark, and either is no prose (a link, a heading: "Read more: Port Ellis yard loses its
 * contract", no stop at its end) or the next quotation mark in the text opens another quotation rather
 * than closing this one ('…, warning: "The owners must pay.' then '"The yard has until June," Lund
 * said.' two paragraphs on: the second is a quotation of its own, the link between no part of the first).
 * @param text the text
 * @param end where the sentence the quotation is left open in ends
 * @param next the sentence after it
 */
function endsWithParagraph(text: string, end: number, next: Sentence): boolean {
  if (!text.slice(end, next.start).includes('\n\n') || OPENS.test(next.text)) return false;
  const line = text.slice(next.start, text.indexOf('\n', next.start) + 1 || text.length).trim();
  if (!UNCLOSED_END.test(line) && !/["”'’)\]]$/u.test(line)) return true;
  const at = text.slice(end).search(QUOTE_MARK);
  return at >= 0 && opensAt(text, end + at);
}

/**
 * Whether the quotation mark at `at` opens a quotation: a left curly mark, or a straight one after a space
 * or a bracket and before a letter or figure, but not one set apart after a sentence's comma or stop and
 * before a word in lower case ('… explained why, "he said.': copy that sets the closing mark apart).
 */
function opensAt(text: string, at: number): boolean {
  const mark = text.charAt(at);
  if (mark !== '"') return mark === '“';
  const before = text.slice(Math.max(0, at - 2), at);
  const after = text.charAt(at + 1);
  if (/[,.!?…]\s$/u.test(before) && /\p{Ll}/u.test(after)) return false;
  return (at === 0 || /[\s([{—–-]$/u.test(before)) && /[\p{L}\p{N}‘'…]/u.test(after);
}
/** The end of a quotation the copy left open: a stop, with no mark after it. */
const UNCLOSED_END = /[.!?…]\s*$/u;
