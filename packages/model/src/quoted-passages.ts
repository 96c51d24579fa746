import { SAYING_VERBS, TOLD } from './quote-patterns.js';
import { sayingVerbs } from './saying-verbs.js';

/** A passage in quotation marks, at least this long (shorter ones are words quoted in passing: "shocked"). */
const MIN_QUOTE = 12;

/*
 * Whether a sentence holds a mark at all, asked of every sentence before any pattern runs: one pattern
 * of a class, where three `includes` searched the sentence once a mark, and a curly mark (beyond
 * Latin-1) at ≈3.4 ns a character in V8 (67,421 sentences of 1,000 bench pages, three passes: 167–469
 * against 77–228 ms, the same answers).
 */
/** A double quotation mark, straight or curly. */
const DOUBLE_MARK = /["“”]/;
/** A double mark that may close a passage. */
const CLOSING_DOUBLE_MARK = /["”]/;
/** A single mark that may open a passage. */
const SINGLE_MARK = /['‘]/;

/**
 * The passages of a sentence inside quotation marks, each mark paired with the next in order: a curly
 * opening mark opens, a curly closing one closes, and a straight one closes an open passage or opens one.
 * A closing mark is never taken for an opening one: in `was "shocked", releasing a statement saying "This
 * decision…` the text between the two quotes is no quote, and a passage left open runs on into the next
 * sentence, out of reach here.
 * @param text a sentence
 * @returns the passages of {@link MIN_QUOTE} characters or more, with their offsets (marks excluded)
 */
export function quotedPassages(text: string): { start: number; end: number; text: string }[] {
  return scanQuotes(text).passages;
}

/**
 * Pairs a sentence's quotation marks in order ({@link quotedPassages}): the passages closed, the start
 * of one the sentence before opened among them, and where one left open at the end starts (-1: none).
 */
function scanQuotes(text: string): {
  passages: { start: number; end: number; text: string }[];
  open: number;
} {
  // British copy quotes in single marks: read only where no double mark is, as apostrophes are many
  if (!DOUBLE_MARK.test(text)) return { passages: singleQuoted(text), open: -1 };
  const passages: { start: number; end: number; text: string }[] = [];
  // a sentence begun inside a quotation the sentence before opened: its start is quoted, to the mark
  // that closes it ('The company has offered us a pay cut," the chairman said')
  const inside = closesFirst(text);
  if (inside > 0 && inside >= MIN_QUOTE)
    passages.push({ start: 0, end: inside, text: text.slice(0, inside) });
  let open = -1;
  for (let i = inside < 0 ? 0 : inside + 1; i < text.length; i++) {
    const c = text[i];
    // '“It was an attempt to mislead riders,’’ Tove Lund … told': a closing mark typed as two single
    // ones closes the passage a double mark opened
    if (open >= 0 && (c === '’' || c === "'") && text[i + 1] === c) {
      if (i - open - 1 >= MIN_QUOTE)
        passages.push({ start: open + 1, end: i, text: text.slice(open + 1, i) });
      open = -1;
      i++;
      continue;
    }
    if (c !== '"' && c !== '“' && c !== '”') continue;
    if (c === '“' || (c === '"' && open < 0)) open = i;
    else if (open >= 0) {
      if (i - open - 1 >= MIN_QUOTE)
        passages.push({ start: open + 1, end: i, text: text.slice(open + 1, i) });
      open = -1;
    }
  }
  return { passages, open };
}

/** A single mark that opens a passage: at the start or after a space or bracket, before a letter or digit. */
const SINGLE_OPEN = /(?<=^|[\s([—–])['‘](?=[\p{L}\p{N}])/gu;
/** A single mark that closes one: right after a stop or comma, before a space or the end. */
const SINGLE_CLOSE = /[,.!?…]['’](?=\s|$)/gu;

/**
 * The passages of a sentence in single quotation marks ('This was foreseen,' said …; ‘We will fly
 * again.’), straight or curly: an opening mark at a word's start, its closing mark right after a stop
 * or comma, so that an apostrophe ("Terna's", "workers' pay", "’90s") neither opens nor closes one.
 * @param text a sentence with no double quotation mark
 * @returns the passages of {@link MIN_QUOTE} characters or more, with their offsets (marks excluded)
 */
function singleQuoted(text: string): { start: number; end: number; text: string }[] {
  const passages: { start: number; end: number; text: string }[] = [];
  // most sentences have no single mark at a word's start: no pattern run over them
  if (!SINGLE_MARK.test(text)) return passages;
  for (const open of text.matchAll(SINGLE_OPEN)) {
    const from = open.index + 1;
    if (passages.length > 0 && from <= (passages.at(-1) as { end: number }).end) continue;
    SINGLE_CLOSE.lastIndex = from;
    const close = SINGLE_CLOSE.exec(text);
    if (!close) break;
    const end = close.index + 1;
    if (end - from >= MIN_QUOTE) passages.push({ start: from, end, text: text.slice(from, end) });
  }
  return passages;
}

/** The verbs that attribute only after a quotation ("he continued", `afterQuotation` of `data/saying-verbs.yaml`). */
const AFTER_QUOTATION = String.raw`\b(?:${sayingVerbs().afterQuotation.join('|')})\b`;

/**
 * A credit with no verb after a mark the copy spaced ('… in today's economy, "Ana Ruiz, an analyst for
 * Kestrel Bank.'): a name of two to four capitalised words, a comma, a role in lower case to the
 * sentence's end with no comma in it (as `VERBLESS_CREDIT` of speech-intros.ts reads it after a closing
 * mark; 'Tomas Vance said, "Ilse Varga, the mayor, is wrong.' opens a quotation).
 */
const SPACED_CREDIT = String.raw`\p{Lu}\p{Ll}+(?:\s\p{Lu}[\p{Ll}'’-]+){1,3},\s(?!(?:who|whom|whose|which|that|where|when)\s)(?:(?:the|an?)\s)?\p{Ll}[^"“”:;,]{0,120}?\.?\s*$`;

/**
 * The start of a sentence that begins inside a quotation the sentence before opened, up to the mark that
 * closes it: a closing curly mark, or a straight one right after a stop or comma when the sentence has an
 * odd number of them (after a space it opens one: 'Gallois said, "Today is a great day'), or one set off
 * from the stop by a space where it can open nothing: at the sentence's end ('… a home run. "') or before
 * an attribution in lower case ('… a conclusion, "he said.', '… 8,000, "she continued.') or a credit with
 * no verb ({@link SPACED_CREDIT}), as text rejoined from words writes it.
 */
const CLOSES_FIRST = new RegExp(
  String.raw`^[^"“”]*?[,.!?…](?:["”]| "(?=$|(?:(?=\p{Ll})[^"“”]{0,40}?|(?:\p{Lu}[\p{L}.'’-]*\s){1,3})(?:${SAYING_VERBS}|${TOLD}|${AFTER_QUOTATION})[^"“”]*$|${SPACED_CREDIT}))`,
  'u',
);

/**
 * Where the quotation a sentence begins inside closes: the offset of its closing mark, or -1 when the
 * sentence does not begin inside one ({@link CLOSES_FIRST}).
 * @param text a sentence
 */
export function closesFirst(text: string): number {
  // most sentences quote nothing: no pattern run over them
  if (!CLOSING_DOUBLE_MARK.test(text)) return -1;
  const m = CLOSES_FIRST.exec(text);
  if (!m) return -1;
  if (m[0].endsWith('”') || (text.match(/"/g)?.length ?? 0) % 2 === 1) return m[0].length - 1;
  return -1;
}

/**
 * The quotation mark a sentence needs in front when it begins inside a quotation the sentence before
 * opened ({@link closesFirst}), else null.
 * @param text a sentence
 * @returns `“` or `"`, or null
 */
export function openingMarkFor(text: string): string | null {
  const at = closesFirst(text);
  return at < 0 ? null : text[at] === '”' ? '“' : '"';
}

/** A quotation in double marks, straight or curly (closed by ’’ or '' too); one left open runs to the sentence's end. */
const QUOTATION = /“(?:[^”’']|([’'])(?!\1))*(?:”|’’|'')?|"(?:[^"’']|([’'])(?!\2))*(?:"|’’|'')?/g;

/**
 * A sentence with every quotation blanked, for what the writer says in their own words: passages in
 * double marks (one left open runs to the end: the next sentence closes it) and the start of one the
 * sentence before opened ({@link closesFirst}), or where no double mark is, passages in single marks
 * ({@link singleQuoted}). Left as it is when it has no quotation.
 * @param text a sentence
 */
export function blankQuotations(text: string): string {
  if (!DOUBLE_MARK.test(text)) {
    let out = text;
    for (const p of singleQuoted(text))
      out = `${out.slice(0, p.start)}${' '.repeat(p.end - p.start)}${out.slice(p.end)}`;
    return out;
  }
  const inside = closesFirst(text);
  const rest = inside < 0 ? text : ` ${text.slice(inside + 1)}`;
  return rest.replace(QUOTATION, ' ');
}

/**
 * The passage a sentence opens and leaves open at its end ('"We have been patient for eleven months.'),
 * which the next sentence goes on with; null when it leaves none open.
 * @param text a sentence
 * @returns the passage's offset (after the mark) and text
 */
export function openPassage(text: string): { start: number; text: string } | null {
  // only a double mark is left open (single marks are read as passages only): a sentence without one,
  // most, opens none, and its single marks need no reading
  if (!DOUBLE_MARK.test(text)) return null;
  const { open } = scanQuotes(text);
  return open < 0 || open === text.length - 1 ? null : { start: open + 1, text: text.slice(open + 1) };
}

/**
 * A sentence with its quoted passages (marks included) replaced by a space: what the writer says around
 * the quotes, where the speaker is named.
 * @param text a sentence
 */
export function outsideQuotes(text: string): string {
  let out = '';
  let at = 0;
  for (const p of quotedPassages(text)) {
    out += `${text.slice(at, Math.max(at, p.start - 1))} `;
    at = p.end + (text.startsWith('’’', p.end) || text.startsWith("''", p.end) ? 2 : 1);
  }
  return out + text.slice(at);
}
