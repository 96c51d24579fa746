// Whether a line ends like a sentence, and the sentence ends inside it.
/**
 * A line ends like a sentence: a stop, a closing quote or bracket, or an emoji, as blog posts end a
 * sentence ("… and I like that 😉"). Measured with the emoji on zyte-dev and trafilatura-eval text: zyte
 * 0.958 → 0.959 (R 0.956 → 0.959), half A tp +2, half B unchanged; HTML tp +1 fp +1 (half B unchanged).
 * A stop before a quote closed the German or Swiss way (“ ‘ « ‹, and ›) ends a sentence too, at the line's
 * end and inside it: „Wir fahren wieder.“ read as no sentence, so a closing quote was left out of the
 * body; the mark alone does not ("Bundesprogramm „Blaues Band“", a quoted headline). Measured on
 * trafilatura-eval text (tp/fp): half A 1327/108 → 1328/109, half B 1262/104 → 1265/104; zyte-dev text,
 * HTML and eval:unseen unchanged (no page of them changes).
 * The full stops of scripts that do not write "." end a line like a sentence too: Devanagari's and
 * Bengali's "।" and "॥", Arabic's "؟" and Urdu's "۔", Armenian "։", Ethiopic "።", Myanmar "။", Tibetan
 * "།". A news page in Bengali had its paragraphs, caseless and without a Latin stop, read as tag clouds
 * and came out empty. (Counted inside a line too, in SENTENCE_END, they changed no figure and doubled
 * that pattern's time over the c2000 pages' lines, 50 → 100 ms.) Measured on
 * trafilatura-eval text (tp/fp), with the body in NFC (see composeFound): half A 1331/101 → 1333/101
 * (that page), half B 1270/96 unchanged, zyte-dev text unchanged (0.964).
 */
const TERMINAL = /(?:[.!?…:;"”’»)\]。！？」』）।॥؟۔։።။།]|[.!?…][“‘«‹›]|\p{Extended_Pictographic}\uFE0F?)$/u;
const SENTENCE_END = /[.!?…]["”’»)“‘«‹›]?(\s|$)|[。！？]/gu;

/**
 * The sentence ends inside a line ({@link SENTENCE_END}), counted up to 2: kindOf asks only whether
 * there is one and whether there are two (counting all built an array of them for every line).
 * @param text a line
 */
export function sentenceEnds(text: string): number {
  SENTENCE_END.lastIndex = 0;
  let n = 0;
  while (n < 2 && SENTENCE_END.test(text)) n++;
  return n;
}

/** The ASCII characters that end a line like a sentence ({@link TERMINAL}'s ASCII part), 1 each. */
const ASCII_TERMINAL = Uint8Array.from({ length: 128 }, (_, c) =>
  '.!?:;")]'.includes(String.fromCharCode(c)) ? 1 : 0,
);

/**
 * Whether a line ends like a sentence ({@link TERMINAL}): a line ending in ASCII (most) is told by its
 * last character, without the pattern, whose emoji class is tried at every character of the line.
 * @param text a line
 */
export function endsLikeSentence(text: string): boolean {
  // an empty text ends no sentence, and is not read (a read past its end deoptimised `kindOf`)
  if (text.length === 0) return false;
  const c = text.charCodeAt(text.length - 1);
  return c < 128 ? ASCII_TERMINAL[c] === 1 : TERMINAL.test(text);
}
