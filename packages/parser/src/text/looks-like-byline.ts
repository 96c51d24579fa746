import { parseByline } from './find-byline.js';
import { isPublicationNote } from './opening-notes.js';
import { hasMoreWords } from './title-words.js';

// patterns of the functions below, made once: inside a function a pattern with \p{…} outside a class
// is built by `new RegExp` at each call in the bundle (esbuild lowers it for Node targets)
const CAPITAL_FIRST = /^\p{Lu}/u;

/**
 * A short line that names an author: a byline `parseByline` reads, or one that opens with the word for
 * "by" of a common European language, or an author label, before a capital ("Von Max Muster", "Par
 * Jeanne Roe", "Text: Jane Roe"), or a post's publication note ("Posted by … on 2019-02-15", "Publié le
 * … par …"), which stands under a headline as a byline does.
 */
export function looksLikeByline(text: string): boolean {
  if (text.length > 120) return false;
  const opening = BYLINE_OPENING.exec(text);
  // the name's capital is tested apart: with the `i` flag, \p{Lu} takes small letters too
  if (opening && CAPITAL_FIRST.test(text.slice(opening[0].length))) return true;
  // on trafilatura-eval (committed model), half A wins 3 titles and loses 1 (a topics line over its
  // note), half B unchanged, `eval:unseen` wins 1; counted for `nearByline` or `markBelow` alone, the
  // unseen page is not won
  return isByline(text) || isPublicationNote(text);
}

/**
 * The most words of what follows a name and a dash for the line to be read as a byline ("Jane Roe –
 * Senior Political Editor"); with more, it is a headline of a name or a topic, a dash and what is said
 * of it ("Content Depth — Write Comprehensively About Your Core Topics", "Studen BE - A6 nach
 * tödlichem Unfall …"), which `parseByline` reads as a name and a role of up to 8 words. On
 * trafilatura-eval (committed model), 3 wins half A 1 title, half B 3, `eval:unseen` 1 (a class read
 * there), none lost; 2 gives the same figures but takes two menu entries with a role of three words
 * ("Business Talk – Live online Training") for headlines on pages missed either way; 1 wins one more
 * of half B (a product's "Name – Variety"), at the cost of reading bylines of a two-word role
 * ("Jane Roe – Health Correspondent") as headlines; 4 wins 2 of half B's 3.
 */
const BYLINE_ROLE_WORDS = 3;

/**
 * Whether a line is a byline `parseByline` reads: "By …", or a name, a dash and a role of
 * {@link BYLINE_ROLE_WORDS} words at most.
 */
export function isByline(text: string): boolean {
  const byline = parseByline(text);
  return byline !== null && (byline.role === null || !hasMoreWords(byline.role, BYLINE_ROLE_WORDS));
}

/** "by" in English, German, French, Spanish, Portuguese, Dutch and the Nordic languages, or an author label. */
const BYLINE_OPENING =
  /^(?:(?:by|von|par|por|door|av|af)\s+|(?:text|texte|autor|autorin|auteur|author|redaktion)\s*:\s*)/i;
