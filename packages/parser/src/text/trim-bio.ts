import type { BodyBlock } from '../extraction.js';
import { isBioLabel, isNamedBioLabel, isWriterRole, opensOnCareer } from './bio-lines.js';
import { NAME_WORD } from './byline-lines.js';
import type { LineKind } from './classify-lines.js';
import { wordsIn } from './count-words.js';

// patterns of the functions below, made once: a pattern written inside a function is a new object at
// each call (issue 17)
/** What a text holds before its first letter. */
const NON_LETTERS_START = /^\P{L}+/u;
/** A capital opening a text. */
const CAPITAL_START = /^\p{Lu}/u;
/** A lower-case letter opening a text. */
const LOWER_START = /^\p{Ll}/u;
/** White space between words. */
const SPACES = /\s+/;

/** A bio's heading (a label, a name) is at most this many lines and each at most MAX_HEAD_WORDS words. */
const MAX_HEAD_LINES = 3;
const MAX_HEAD_WORDS = 6;
/** A bio is one or two paragraphs. */
const MAX_BIO_LINES = 2;
/**
 * What stays of the body must weigh at least this many words, so that a page that is a bio keeps it.
 * Measured on zyte-dev and trafilatura-eval text: 25, 50 and 100 give the same figures (no dev page is
 * a bio alone); 50 is about one paragraph.
 */
const MIN_LEFT = 50;

/**
 * A self-introduction's opening words, perhaps after a greeting ("I'm", "Hallo, ich bin"), in lower case.
 * The name or noun after them is capitalised: it was tested on the lower-cased line once, which no line
 * passed. Measured on trafilatura-eval text (tp/fp): half A 1311/125 → 1311/124 (the greeting), half B
 * 1252/110 → 1252/109, zyte-dev text unchanged (0.960).
 */
const SELF_INTRO =
  /^(?:(?:hallo|hello|hi|hey|salut|bonjour|hola|ciao|cześć|hoi|olá),?\s+)?(?:i['’]m|i am|ich bin|je suis|soy|sono|jestem|ik ben|eu sou)\s+/u;

/** Tells a paragraph that opens by introducing its writer ("I'm Amy, …", "Hallo, ich bin Foodbloggerin, …"). */
function selfIntro(opening: string): boolean {
  const text = opening.replace(NON_LETTERS_START, '');
  const m = SELF_INTRO.exec(text.toLowerCase());
  return m !== null && CAPITAL_START.test(text.slice(m[0].length));
}

/**
 * Tells where the article ends when its last one or two paragraphs are a bio of the author or the
 * site: paragraphs under a short heading that is a bio label ("About the author", "Über die Autorin",
 * `data/bio-phrases.yaml`), or that go on in lower case from a name heading them ("Jane Doe" … "is a
 * partner at …") or introduce their writer ("I'm Jane, …"). A paragraph that opens with the name
 * heading it is not taken for a bio: profiles and match reports head each person's part so (it cost
 * trafilatura-eval two snippets), unless a box stands over the name (the line above it is no text: teaser
 * links, a "read more" label), as an author box stands apart under the article. Measured on
 * trafilatura-eval text (tp/fp): half A 1335/100 → 1335/99 (an interview's closing author box), half B
 * 1270/96 unchanged, zyte-dev text unchanged (no page changes). A label that names the person ("Über
 * Jane Doe", see `isNamedBioLabel`) heads a bio too: zyte-dev text P 0.964 → 0.965 (one page's 80-word
 * bio), half A and half B unchanged (their bios under such labels stand above other kept text); its first form, the
 * words anywhere before a name, took a headline ("…: Spekulationen über Jane Doe", half B tp −1). A
 * last line that says who a person is by a writer's role ("Jane Roe
 * is a senior writer at …", `data/writer-roles.yaml`) is left out too (trafilatura-eval fp −1, zyte-dev
 * unchanged). So is an author box past the article's last text (see `authorBox`): the writer's name,
 * then a paragraph opening on it and a verb of a career, the person named above the body too (zyte-dev
 * text P 0.979 → 0.980, two pages; half A, half B and `eval:unseen` unchanged).
 * @param lines the non-empty lines
 * @param kinds their kinds, from classifyLines
 * @param first the region's first line
 * @param last the region's last line
 * @returns the region's last line once the bio is left out (`last` when there is none)
 */
export function trimBio(
  lines: readonly BodyBlock[],
  kinds: readonly LineKind[],
  first: number,
  last: number,
): number {
  let end = last;
  while (end > first && !isText(kinds[end])) end--;
  let start = end;
  while (start > first && end - start + 1 < MAX_BIO_LINES && isText(kinds[start - 1])) start--;
  for (let bio = start; bio <= end; bio++) {
    const head: string[] = [];
    for (let j = bio - 1; j > first && head.length < MAX_HEAD_LINES && !isText(kinds[j]); j--) {
      const text = (lines[j] as BodyBlock).text;
      if (wordsIn(text) > MAX_HEAD_WORDS) break;
      head.unshift(text);
    }
    if (head.length === 0) continue;
    const opening = (lines[bio] as BodyBlock).text;
    const name = head[head.length - 1] as string;
    const isBio =
      head.some((h) => isBioLabel(h) || isNamedBioLabel(h)) ||
      selfIntro(opening) ||
      (isName(name) && LOWER_START.test(opening)) ||
      // a paragraph opening with the name over it, under a box: the author box under the article
      (isName(name) && opening.startsWith(name) && !isText(kinds[bio - head.length - 1]));
    if (!isBio) continue;
    const cut = bio - head.length - 1;
    return wordsLeft(lines, kinds, first, cut) >= MIN_LEFT ? cut : last;
  }
  const box = authorBox(lines, kinds, first, end);
  if (box !== -1) {
    let cut = box - 1;
    while (cut > first && !isText(kinds[cut])) cut--;
    if (wordsLeft(lines, kinds, first, cut) >= MIN_LEFT) return cut;
  }
  // an op-ed's closing line about its writer: "Jane Doe is a senior writer at …"
  const closing = (lines[end] as BodyBlock).text;
  if (end > first && wordsIn(closing) <= MAX_BYLINE_WORDS && writerLine(closing)) {
    if (wordsLeft(lines, kinds, first, end - 1) >= MIN_LEFT) return end - 1;
  }
  return last;
}

/** A closing line about the writer is one sentence or two: at most this many words. */
const MAX_BYLINE_WORDS = 60;
const WRITER =
  /^(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}\p{Lu}[\p{L}.'’-]*,?\s+(?:is|was|ist|war|est|es|è|jest)\s+(.{1,120})/u;

/** Tells a line that says who a person is by a writer's role ("Jane Doe is a reporter at …"). */
function writerLine(text: string): boolean {
  const m = WRITER.exec(text);
  return m !== null && isWriterRole((m[1] as string).split(SPACES).slice(0, 8).join(' '));
}

/** How many words the text lines among lines `first`..`to` hold: what a cut there leaves of the article. */
function wordsLeft(
  lines: readonly BodyBlock[],
  kinds: readonly LineKind[],
  first: number,
  to: number,
): number {
  let words = 0;
  for (let j = first; j <= to; j++) if (isText(kinds[j])) words += wordsIn((lines[j] as BodyBlock).text);
  return words;
}

function isText(kind: LineKind | undefined): boolean {
  return kind === 'prose' || kind === 'sentence';
}

/** A person's name: two to four words, each capitalised, with no sentence end. */
function isName(text: string): boolean {
  const words = text.split(SPACES);
  return words.length >= 2 && words.length <= 4 && words.every((w) => NAME_WORD.test(w));
}

/**
 * After an author box, the body may go on for at most this many text lines of at most MAX_AFTER_WORDS
 * words each: the box's call to the reader ("I want to help you …"), a mail link, a "more from" pointer.
 * Measured on zyte-dev text: 0 lines leave both of its author boxes (P 0.979), 1 takes one, 2 both (P
 * 0.980); 3 lines or 40 words change no page more; trafilatura-eval halves and `eval:unseen` unchanged.
 */
const MAX_AFTER_LINES = 2;
const MAX_AFTER_WORDS = 20;

/**
 * Finds an author box past the article's last text: a paragraph under its writer's name as a heading,
 * with no text over that name (a box of share links or labels stands between), that opens on the name,
 * in full or the first name alone, and a verb of a career ("Jane Doe is an author …", "Jane joined the
 * paper in 2017", see `opensOnCareer`), and whose person is named above the body too (the byline). At
 * most MAX_AFTER_LINES short text lines may follow it.
 * @param lines the non-empty lines
 * @param kinds their kinds
 * @param first the region's first line
 * @param end the region's last text line
 * @returns the name heading the box, or -1 when there is none
 */
function authorBox(
  lines: readonly BodyBlock[],
  kinds: readonly LineKind[],
  first: number,
  end: number,
): number {
  let after = 0;
  for (let bio = end; bio > first + 1; bio--) {
    if (!isText(kinds[bio])) continue;
    const text = (lines[bio] as BodyBlock).text;
    const name = (lines[bio - 1] as BodyBlock).text.trim();
    if (
      !isText(kinds[bio - 1]) &&
      !isText(kinds[bio - 2]) &&
      isName(name) &&
      opensOnCareer(text, name) &&
      namedAbove(lines, first, name)
    )
      return bio - 1;
    if (++after > MAX_AFTER_LINES || wordsIn(text) > MAX_AFTER_WORDS) return -1;
  }
  return -1;
}

/** Tells whether a line above the body names the person (its byline, "By Jane Doe", "May 2, 2019 Jane Doe"). */
function namedAbove(lines: readonly BodyBlock[], first: number, name: string): boolean {
  for (let j = 0; j < first; j++) if ((lines[j] as BodyBlock).text.includes(name)) return true;
  return false;
}
