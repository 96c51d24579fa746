import type { Mention, ReadSentence } from './article-entity.js';
import { CAPITAL_FIRST } from './name-shapes.js';
import type { Token } from './tokenize-words.js';

/**
 * The mentions inside a sentence's words that repeat, word for word, a heading the article writes as a
 * line of its own in headline case ("news on: AI in Patient Care and Operations, and How Major
 * Hospitals are Already Using AI.", a roundup's list of its sections): their capitals are the
 * heading's, which say nothing of a name, as in the heading itself. {@link NO_MENTIONS} when there are
 * none.
 * @param read the article's sentences, their headline case set
 */
export function headingsRepeated(read: readonly ReadSentence[]): ReadonlySet<Mention> {
  const headings: string[] = [];
  for (let r = 0; r < read.length; r++) {
    const { sentence, tokens, mentions, headline } = read[r] as ReadSentence;
    // three words or more: a heading of one or two is as likely a name said alone ("Patient Care"); and
    // not one name, and an acronym in brackets, "Heartbeat and Status Controller (HSC)", which is that
    // name where a sentence says it again
    if (headline && tokens.length >= MIN_HEADING_WORDS && !isOneName(tokens, mentions))
      headings.push(sentence.trim());
  }
  if (headings.length === 0) return NO_MENTIONS;
  let headed: Set<Mention> | null = null;
  for (let r = 0; r < read.length; r++) {
    const { sentence, tokens, mentions, headline } = read[r] as ReadSentence;
    if (headline || mentions.length === 0) continue;
    for (const heading of headings) {
      if (heading.length >= sentence.length) continue;
      const start = sentence.indexOf(heading);
      if (start < 0) continue;
      const end = start + heading.length;
      for (let j = 0; j < mentions.length; j++) {
        const m = mentions[j] as Mention;
        if ((tokens[m.from] as Token).start < start || (tokens[m.to] as Token).end > end) continue;
        headed ??= new Set();
        headed.add(m);
      }
    }
  }
  return headed ?? NO_MENTIONS;
}

/**
 * The set of no mention, shared: {@link headingsRepeated}'s answer for an article with no heading
 * repeated, which is most. A set, not null, so that the look-ups in {@link tallyOf} and
 * {@link namesNothing} (then in {@link tallyMention}) are made for every article: asked only when a
 * heading was repeated, a branch met late had made each deoptimise and be compiled again (issue 17).
 */
const NO_MENTIONS: ReadonlySet<Mention> = new Set();

/**
 * Whether one mention holds every capitalised word of a line outside brackets ("Heartbeat and Status
 * Controller (HSC)"): the line is that name.
 */
function isOneName(tokens: readonly Token[], mentions: readonly Mention[]): boolean {
  let first = -1;
  let last = -1;
  let depth = 0;
  for (let i = 0; i < tokens.length; i++) {
    const text = (tokens[i] as Token).text;
    if (text === '(') depth++;
    else if (text === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && CAPITAL_FIRST.test(text)) {
      if (first < 0) first = i;
      last = i;
    }
  }
  return first >= 0 && mentions.some((m) => m.from <= first && m.to >= last);
}

/** The fewest words of a heading {@link headingsRepeated} looks for in sentences. */
const MIN_HEADING_WORDS = 3;
