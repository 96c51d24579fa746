// patterns of the functions below, made once: a pattern written inside a function is a new object at
// each call (issue 17)
/** White space between words. */
const SPACES = /\s+/;
/** A word opening on a capital or a number. */
const CAPITALISED = /^[\p{Lu}\p{N}]/u;
// Tells lines the copy glued together: a headline run into its blurb, links run into one another.
const LOWER_THEN_CAPITAL = /(\p{Ll}{2,}[?!.…"”’]?)(?=\p{Lu}[\p{Ll}\s])/u;

/** {@link LATIN1_SEAM_OR_BEYOND} and {@link LATIN_SEAM_OR_BEYOND} in one: `µ` glued on, `)` between. */
const SEAM_OR_BEYOND = /[a-z\u00b5\u00df-\u00ff][?!.…"”’)]?[A-Z\u00c0-\u00de]|[^\t\n -\u00ff\u2000-\u206f]/;

/**
 * Whether {@link fusedHeadline} or {@link fusedLinkList} may say yes of a line: false when it holds
 * neither a Latin-1 seam nor a character beyond Latin-1, which both look for first (one scan of the
 * whole line instead of two: 55 → 45 ms over the 188,135 lines of 1,000 bench pages).
 * @param text a line
 */
export function mayBeFused(text: string): boolean {
  return SEAM_OR_BEYOND.test(text);
}

/**
 * A fused headline runs to at least this many words before its seam: with three, a German sentence
 * opening on two nouns and a brand written in camel case ("Das Marktforschungsunternehmen YouGov …")
 * read as one. Measured on trafilatura-eval text: half A tp +3 (fp unchanged), half B unchanged,
 * zyte-dev text R 0.959 → 0.960 (an embedded post kept), P unchanged.
 */
const FUSED_WORDS = 4;

/** A lower-case letter, perhaps a closing mark, and a capital followed by a lower-case letter or a space. */
const SEAM = /\p{Ll}[?!.…"”’]?\p{Lu}[\p{Ll}\s]/u;
/**
 * {@link SEAM}'s first three characters among the letters of Latin-1 (`µ` and `ß`–`ÿ` are lower case,
 * `À`–`Þ` capitals), or a character beyond Latin-1 and General Punctuation: one scan of the line for
 * both (two took a quarter more time: 59 → 47 ms over the 188,319 lines of 1,000 bench pages).
 */
const LATIN1_SEAM_OR_BEYOND =
  /[a-z\u00b5\u00df-\u00ff][?!.…"”’]?[A-Z\u00c0-\u00de]|[^\t\n -\u00ff\u2000-\u206f]/;

/**
 * Tells a link teaser whose headline ran into its blurb when the page was copied
 * ("Week 12: Deebo Samuel Emerging As Strong WR OptionsThe 49ers and …"): a run of FUSED_WORDS or more
 * capitalised words glued to the next capitalised word without a space.
 * @param text a line
 */
export function fusedHeadline(text: string): boolean {
  const head = text.slice(0, 200);
  // a lower-case letter glued to a capital: without one (most lines) the costlier search cannot match;
  // a Latin-1 line is first looked at without Unicode classes (a fifth of the cost)
  if (!LATIN1_SEAM_OR_BEYOND.test(head) || !SEAM.test(head)) return false;
  const m = LOWER_THEN_CAPITAL.exec(head);
  if (!m) return false;
  const before = text
    .slice(0, m.index + (m[1] as string).length)
    .split(SPACES)
    .filter(Boolean);
  if (before.length < FUSED_WORDS) return false;
  const capitalised = before.filter((w) => CAPITALISED.test(w)).length;
  return capitalised / before.length >= 0.8;
}

/**
 * A quick test before counting, in one scan: a Latin-1 lower-case letter glued to a capital, or any
 * character beyond Latin-1 and General Punctuation (Greek, Cyrillic, Latin Extended), which only the
 * count can judge.
 */
const LATIN_SEAM_OR_BEYOND = /[a-z\u00df-\u00ff][?!.…"”’)]?[A-Z\u00c0-\u00de]|[^\t\n -\u00ff\u2000-\u206f]/;
/** Marks that may stand between a glued word's end and the next link's capital ("…Fakten"Beauty"). */
const SEAM_MARKS = new Set([...'?!.…"”’)']);

/**
 * Counts the seams in a line where a word in lower case (two letters or more, perhaps with a closing
 * mark) runs into a capital followed by a lower-case letter: "…lebtAlpha", "…Fakten"Beauty". A loop over
 * the characters, as a Unicode-class regular expression costs ten times as much on long lines.
 * @param text a line
 */
export function countSeams(text: string): number {
  let seams = 0;
  let lower = 0; // lower-case letters in a row just before
  for (let i = 0; i < text.length; i++) {
    const kind = letterCase(text, i);
    if (kind === 1) {
      lower++;
      continue;
    }
    let j = i;
    if (kind === 0 && lower >= 2 && SEAM_MARKS.has(text[i] as string)) j++;
    if (lower >= 2 && letterCase(text, j) === 2 && letterCase(text, j + 1) === 1) seams++;
    lower = 0;
  }
  return seams;
}

/** 1 for a lower-case letter at `i`, 2 for a capital, 0 for anything else. */
function letterCase(text: string, i: number): 0 | 1 | 2 {
  // -1 past the end, which is not read: a read there deoptimises the code that makes it (issue 17)
  const c = i < text.length ? text.charCodeAt(i) : -1;
  if (c < 128) return c >= 97 && c <= 122 ? 1 : c >= 65 && c <= 90 ? 2 : 0;
  const ch = text[i] as string;
  const up = ch.toUpperCase();
  const low = ch.toLowerCase();
  return up === low ? 0 : ch === low ? 1 : 2;
}

/**
 * A line of links copied without their separators has one glued seam every this many words or fewer
 * (brand names, "WordPress", "PodGrab", leave prose far below). Measured on zyte-dev and
 * trafilatura-eval text: 6, 8 and 12 give the same figures (trafilatura-eval tp +3, zyte unchanged).
 */
const WORDS_PER_SEAM = 8;

/**
 * Tells a list of links (a blogroll, a menu, topic links) copied onto one line without separators,
 * "Alles was lebtAlpha CepheiAnd the water seems invitingAstrodicticum Simplex…": 20 words or more with
 * four or more seams where a word in lower case runs into the next one's capital, at least one every
 * WORDS_PER_SEAM words. Long enough to pass for prose, and never the article.
 * @param text a line
 * @param words its word count
 */
export function fusedLinkList(text: string, words: number): boolean {
  if (words < 20) return false;
  // most lines are Latin-1 with no lower-case letter glued to a capital: nothing to count then
  if (!LATIN_SEAM_OR_BEYOND.test(text)) return false;
  const seams = countSeams(text);
  return seams >= 4 && seams * WORDS_PER_SEAM >= words;
}
