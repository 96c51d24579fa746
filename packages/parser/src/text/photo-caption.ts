import { isGivenName } from '@briefing/model';
import type { BodyBlock } from '../extraction.js';
import type { LineKind } from './classify-lines.js';
import { isCreditLine } from './credit-lines.js';
import { stripSoftHyphens } from './soft-hyphens.js';

// patterns of the functions below, made once: a pattern written inside a function is a new object at
// each call (issue 17)
/** White space or a slash. */
const SPACE_OR_SLASH = /[\s/]/;
/** White space or slashes between names. */
const SPACES_OR_SLASHES = /[\s/]+/;
/** A credit's word opening on a capital, a copyright sign or a bracket. */
const CREDIT_WORD_START = /^[\p{Lu}©(]/u;

/**
 * Tells a photo caption inside an article: a short sentence followed by a short credit line (a name,
 * an agency) and then by a paragraph again. In a text scrape, a credit of one word is written in
 * capitals ("GETTY") or names an agency (see {@link oneWordCredit}).
 */
export function isCaption(
  j: number,
  lines: readonly BodyBlock[],
  kinds: readonly LineKind[],
  scrape: boolean,
): boolean {
  // a caption needs two lines after it: asked of the length, not read past the arrays' end, which
  // throws the optimised code away (speed104)
  if (j + 2 >= kinds.length || j + 2 >= lines.length) return false;
  const next = kinds[j + 1];
  const credit = (lines[j + 1] as BodyBlock).text;
  return (
    kinds[j] === 'sentence' &&
    (next === 'short' || next === 'repeated') &&
    creditLike(credit) &&
    (!scrape || oneWordCredit(credit)) &&
    (!scrape || !setApart(lines, j) || showsCredit(credit)) &&
    kinds[j + 2] === 'prose' &&
    (!scrape || !headsParagraph(credit, (lines[j + 2] as BodyBlock).text))
  );
}

/**
 * Whether a blank line (or more) stands between line `j` and the next in the scrape: the next line
 * opens a block of its own. A picture's credit is printed in its caption's block (a `figcaption`
 * holds both, and a scrape copies them on adjacent lines), a heading in a block of its own. A page
 * with no two lines adjacent (a blank line between all) sets nothing apart: `eval:robustness`'s "blank
 * lines between all" had lost a zyte-dev caption (0.981 → 0.980) without this test.
 * @param lines the page's lines
 * @param j a line with a line after it
 */
function setApart(lines: readonly BodyBlock[], j: number): boolean {
  if ((lines[j + 1] as BodyBlock).line - (lines[j] as BodyBlock).line < 2) return false;
  // a scrape that sets every line apart (a blank line between all) tells nothing by it
  for (let i = 1; i < lines.length; i++)
    if ((lines[i] as BodyBlock).line - (lines[i - 1] as BodyBlock).line === 1) return true;
  return false;
}

/** A slash, a copyright sign, a bar or a bracket: the marks credits are written with. */
const CREDIT_MARK = /[/©|()]/;
/** A word in capitals of two letters or more ("AFP", "GETTY"). */
const CAPITALS_WORD = /^\p{Lu}{2,}$/u;

/**
 * Whether a credit-like line (see {@link creditLike}) shows a sign of a picture's credit: a mark
 * ("Jane Roe/Reuters", "© Norvale Courier", "(Norvale Press)"), a word in capitals, a credit label or an
 * agency's name (`data/credit-phrases.yaml`), or a given name (the model's `isGivenName`: a
 * photographer). Asked only of a line set apart from the sentence above by a blank line (see
 * {@link setApart}): there a line of capitalised words without such a sign is the next section's
 * heading or a box's label ("Opening Hours", "Weitere Pläne": English and German headings
 * capitalise their words), and the sentence above it the section's last, not a caption. Looked at on
 * trafilatura-eval text half A (7 such lines, one a `with` snippet line's heading: a paragraph's last
 * sentence over a box's label, 3 snippets); judged on half B, zyte-dev text and `eval:unseen`
 * (text scrapes; tp/fn/fp): half A 1383/117/82 → 1386/114/82, half B 1305/146/93 → 1306/145/93 (7
 * lines change, not read), zyte-dev text 0.98058 and `eval:unseen` text 0.89682 unchanged (no line
 * changes: their captions' credits stand on the line right under the caption). Asked of every
 * credit-like line, adjacent or not, it dropped one zyte-dev caption less (a journal's name under
 * a chart's caption: 0.98058 → 0.98050) for `eval:unseen` 0.89682 → 0.89687.
 * @param credit the credit-like line
 */
export function showsCredit(credit: string): boolean {
  if (CREDIT_MARK.test(credit) || isCreditLine(credit, 1)) return true;
  for (const word of credit.split(SPACES_OR_SLASHES))
    if (CAPITALS_WORD.test(word) || isGivenName(word)) return true;
  return false;
}

/**
 * A word of a credit-like line counts when it has at least this many letters: shorter ones ("der", "of")
 * recur in any paragraph. Measured with the rule (text scrapes, tp/fp; unseen shingles missed): 5 loses
 * half A's gain (a heading "Help Us Grow This Work"), A 1343/97; 3 gives A and B as 4 and `eval:unseen`
 * 15,134 against 4's 15,157, but it lets articles and prepositions ("the", "des") tell a heading; zyte-dev
 * text unchanged at 3, 4 and 5.
 */
const HEADING_WORD = 4;

/**
 * Whether a short line — a credit-like line (see {@link creditLike}), a label — is rather the heading of
 * the paragraph under it (also read by keptLines, for the labels of one or two words): one
 * of its words of HEADING_WORD letters or more recurs in that paragraph ("Water Butts" over "… fill their
 * cans from the butts …"), as a heading says what its section says and a photographer's or an agency's
 * name seldom stands in the text under the picture. The sentence above such a heading is its section's
 * last, not a caption. Only the paragraph under is read: a caption names its subject, which its credit may
 * name too ("… from NASA's satellite …" over "NASA"). Measured (text scrapes; tp/fn/fp, missed reference
 * shingles): half A 1343/157/97 → 1344/156/97, half B 1281/170/94 → 1281/170/95 (a picture's caption over
 * a subheading in capitals that names the section's subject, both readings fair), zyte-dev text unchanged
 * (no page changes; reading the sentence above too had kept a caption over "NASA"), `eval:unseen` text
 * 15,250 → 15,157 missed (R 0.837 → 0.839, F 0.884 → 0.885, P 0.937 unchanged); 17 trafilatura-eval text
 * pages change, nearly all keeping a section's last sentence.
 * @param credit the credit-like line
 * @param paragraph the paragraph under it
 * @returns true when a long word of the line recurs in the paragraph (case aside)
 */
export function headsParagraph(credit: string, paragraph: string): boolean {
  // a scrape of a hyphenated page keeps its soft hyphens, which split a word in two ("Gar\u00adten" gave
  // "gar" and "ten"); measured: half A 1356/98, half B 1298/96, zyte-dev 0.978 unchanged, one half A page
  // keeping a one-word section heading
  const text = stripSoftHyphens(paragraph).toLowerCase();
  for (const word of stripSoftHyphens(credit).toLowerCase().split(NOT_WORD))
    if (word.length >= HEADING_WORD && text.includes(word)) return true;
  return false;
}
const NOT_WORD = /[^\p{L}\p{N}]+/u;

/**
 * Whether a credit-like line (see {@link creditLike}) may be a picture's credit by its one word: it has
 * more words, or its word is written in capitals ("GETTY", "STATISTA") or names an agency or a credit
 * label (`data/credit-phrases.yaml`: "Shutterstock"). A capitalised word alone under a paragraph's last
 * sentence is the next section's heading ("Einreise", "Leasing", "Details"), and the sentence above it
 * no caption. Measured (text scrapes; missed reference shingles, tp/fn/fp): `eval:unseen` text 18,141
 * → 18,045 missed, F 0.8777 → 0.8781 (P 0.9379 → 0.9377, R 0.8247 → 0.8256; `classify:text-places`'
 * "inside: caption" cell had held 322 shingles of body on 13 pages against 51 of furniture), zyte-dev
 * text unchanged (its captions' credits are "GETTY", "Photo: Getty Images", slashed names), half B
 * 1273/178/94 unchanged, half A 1341/159/96 → 1341/159/97 (a webcomic's box line over its name kept,
 * "…und anderem Web 2.0 Gedöns."); 28 trafilatura-eval text pages change, nearly all keeping a
 * section's last sentence (a travel advice's sections, a fishing report's paragraphs, documentation).
 */
function oneWordCredit(text: string): boolean {
  const one = !SPACE_OR_SLASH.test(text.trim());
  return !one || text === text.toUpperCase() || isCreditLine(text, 1);
}

/**
 * A credit line: one to eight words, each starting with a capital (names, agencies, "A/B/C"), not
 * ending in a colon: "Anne:" is an interviewee's label, and the question above it no caption. Measured
 * on trafilatura-eval text: half A tp +1 (an interview's questions kept), half B and zyte-dev unchanged.
 * Nor does it end in a question mark: "War Mikao Usui Schamane?" (German nouns are capitalised, English
 * subheadings often are) is the next section's heading, and the sentence above it no caption. Measured on
 * trafilatura-eval text (tp/fp): half A 1324/107 → 1325/107, half B 1253/104 unchanged, zyte-dev text
 * 0.963 and eval:unseen text 0.857 unchanged.
 */
function creditLike(text: string): boolean {
  if (text.endsWith(':')) return false; // a speaker's label ("Anne:"), no credit
  if (text.endsWith('?')) return false; // a question is a subheading, no credit
  const words = text.split(SPACES_OR_SLASHES).filter(Boolean);
  return words.length >= 1 && words.length <= 8 && words.every((w) => CREDIT_WORD_START.test(w));
}
