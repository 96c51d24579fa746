import { wordsIn } from './count-words.js';
import { phrases, readPhraseData } from './phrase-matcher.js';

/**
 * A line of at most this many words holding a furniture phrase is furniture. Measured on zyte-dev and
 * trafilatura-eval text: 15 words gives zyte-dev 0.943 (recall −0.001, precision +0.002) and
 * trafilatura-eval 0.846 → 0.851; 20 or 25 gain trafilatura-eval 0.001–0.002 more and cost zyte-dev recall.
 */
const MAX_WORDS = 15;

/** A recipe card's heading is a line of at most this many words ("Zutaten für 4 Personen"). */
const MAX_RECIPE_HEADING_WORDS = 5;

/**
 * Tells the heading of one part of a recipe card: a line of MAX_RECIPE_HEADING_WORDS words at most
 * that holds a word of that part's group in `data/recipe-headings.yaml` ("Ingredients",
 * "Zutaten für 4 Personen"; "Instructions", "Zubereitung:").
 * @param text a line
 * @param part `ingredients` or `method`
 * @param words its length in words
 */
export function isRecipeHeading(
  text: string,
  part: 'ingredients' | 'method',
  words = wordsIn(text),
): boolean {
  return (
    words >= 1 &&
    words <= MAX_RECIPE_HEADING_WORDS &&
    phrases('recipe-headings.yaml', [part], `recipe-${part}`).test(text.toLowerCase())
  );
}

/**
 * Tells a line of page furniture by what it says: a short line (MAX_WORDS words at most) holding a call to
 * share, subscribe, follow, comment, donate or sign in, a rights notice or credit (©, "Photo:"), an
 * advertising label, a "read more" or "related" pointer or a gallery control (`data/furniture-phrases.yaml`).
 * @param text a line
 * @param words its word count, when known
 */
export function isFurnitureLine(text: string, words = wordsIn(text)): boolean {
  return words <= MAX_WORDS && phrases('furniture-phrases.yaml').test(text.toLowerCase());
}

/** A pointer label is at most this many words ("Related articles", "Lesen Sie auch:", "Te puede interesar"). */
const MAX_POINTER_WORDS = 5;
/** A skip link is at most this many words ("Zur Navigation springen Zum Inhalt springen"). */
const MAX_SKIP_WORDS = 8;

/**
 * Tells a page's accessibility link past its menus ("Skip to main content", "Zum Inhalt springen"): a
 * short line (MAX_SKIP_WORDS words at most) holding a phrase of the `skip` group of
 * `data/furniture-phrases.yaml`. The first line of 104 of the 1,051 text scrapes of trafilatura-eval
 * and zyte-dev, and never a headline.
 * @param text a line
 * @param words its word count, when known
 */
export function isSkipLink(text: string, words = wordsIn(text)): boolean {
  return (
    words <= MAX_SKIP_WORDS && phrases('furniture-phrases.yaml', ['skip'], 'skip').test(text.toLowerCase())
  );
}

/** The groups of `data/furniture-phrases.yaml` that point to other pages. */
const POINTER_GROUPS = ['more', 'also', 'related'];

/**
 * The groups of `data/furniture-phrases.yaml` whose lines close an article or point away from it: the
 * pointers, a comment section's labels and a blog post's footer ("Filed under …"). The other groups'
 * lines (a share bar, an advertising label, a photo's credit or rights line, a donate button, a gallery's
 * control) stand inside articles as often as after them.
 */
const CLOSING_GROUPS = [...POINTER_GROUPS, 'comments', 'post'];

/**
 * Tells a line of page furniture that closes an article or points away from it (see
 * {@link isFurnitureLine}, limited to CLOSING_GROUPS): "Related articles", "Read more", "Comments",
 * "Filed under …".
 * @param text a line
 * @param words its word count, when known
 */
export function isClosingFurniture(text: string, words = wordsIn(text)): boolean {
  return (
    words <= MAX_WORDS &&
    phrases('furniture-phrases.yaml', CLOSING_GROUPS, 'closing').test(text.toLowerCase())
  );
}

/** The groups of `data/furniture-phrases.yaml` that call the reader to share the page, follow or subscribe to the site, or sign in. */
const SITE_CALL_GROUPS = ['share', 'follow', 'subscribe', 'account'];

/**
 * Tells a site's call to the reader in a line of page furniture (see {@link isFurnitureLine}, limited
 * to SITE_CALL_GROUPS): a share bar ("Share this article", "Teilen", "Tweet"), "Follow us",
 * "Subscribe", "Sign in". Such lines stand inside articles too (a picture's share button); the learned
 * join reads them only right under the body (see `far-join.ts`).
 * @param text a line
 * @param words its word count, when known
 */
export function isSiteCallLine(text: string, words = wordsIn(text)): boolean {
  return (
    words <= MAX_WORDS &&
    phrases('furniture-phrases.yaml', SITE_CALL_GROUPS, 'site-calls').test(text.toLowerCase())
  );
}

/**
 * Tells a share bar's line (a short line holding a phrase of the "share" group of
 * `data/furniture-phrases.yaml`: "Share this article", "Teilen", "Tweet"), one kind of
 * {@link isSiteCallLine}: under an article, not under a sign-up card or a bio.
 * @param text a line
 * @param words its word count, when known
 */
export function isShareLine(text: string, words = wordsIn(text)): boolean {
  return (
    words <= MAX_WORDS && phrases('furniture-phrases.yaml', ['share'], 'share-calls').test(text.toLowerCase())
  );
}

/**
 * Tells the label of a box of links to other pages: a short line (MAX_POINTER_WORDS words at most)
 * holding a "read more" or "related" phrase of `data/furniture-phrases.yaml`.
 * @param text a line
 * @param words its word count, when known
 */
export function isPointerLabel(text: string, words = wordsIn(text)): boolean {
  return words <= MAX_POINTER_WORDS && holdsPointerPhrase(text);
}

/**
 * Whether a line holds a "read more", "read also" or "related" phrase of `data/furniture-phrases.yaml`
 * (its POINTER_GROUPS), whatever its length: {@link isPointerLabel} without its limit.
 * @param text a line
 */
export function holdsPointerPhrase(text: string): boolean {
  return phrases('furniture-phrases.yaml', POINTER_GROUPS, 'pointers').test(text.toLowerCase());
}

/** The groups of `data/furniture-phrases.yaml` that head a box of other pages' items ("Read also", "Related"). */
const RELATED_GROUPS = ['also', 'related'];

/**
 * Tells the label of a box of other pages' items (see {@link isPointerLabel}, limited to RELATED_GROUPS):
 * "Lesen Sie auch", "Related articles", "Das könnte Sie auch interessieren"; not a "Read more" that
 * closes the item above it and may stand inside an article, before its next part.
 * @param text a line
 * @param words its word count, when known
 */
export function isRelatedLabel(text: string, words = wordsIn(text)): boolean {
  return (
    words <= MAX_POINTER_WORDS &&
    phrases('furniture-phrases.yaml', RELATED_GROUPS, 'related').test(text.toLowerCase())
  );
}

/**
 * A line that opens with a "read also" label is a pointer up to this many words: the label and another
 * page's headline, past isFurnitureLine's 15 ("VEA TAMBIÉN: …" 17, "También lea: …" 16). Measured on
 * trafilatura-eval text and zyte-dev text: two half-A pages change (fp 87 → 86, tp unchanged), nothing else;
 * 40 is a margin over a long headline, short of a paragraph.
 */
const MAX_POINTER_LINE_WORDS = 40;

/**
 * Tells a pointer to another page standing as a line of its own: a label of the `also` group of
 * `data/furniture-phrases.yaml` before a colon among the line's first MAX_POINTER_WORDS words, then
 * another page's headline ("Lesen Sie auch: …", "VEA TAMBIÉN: …"), whatever its length up to
 * MAX_POINTER_LINE_WORDS words. The label must end at the colon: "see also" inside a sentence is none.
 * @param text a line
 * @param words its word count, when known
 */
export function isPointerLine(text: string, words = wordsIn(text)): boolean {
  if (words > MAX_POINTER_LINE_WORDS) return false;
  const colon = text.indexOf(':');
  if (colon <= 0) return false;
  const head = text.slice(0, colon + 1);
  const n = wordsIn(head);
  return (
    n >= 1 &&
    n <= MAX_POINTER_WORDS &&
    phrases('furniture-phrases.yaml', ['also'], 'also').test(head.toLowerCase())
  );
}

/**
 * Tells a pointer to the rest of the item above it: a short line (MAX_POINTER_WORDS words at most)
 * holding a phrase of the `more` group of `data/furniture-phrases.yaml` ("Read more", "Weiterlesen"),
 * not a "read also" that heads the items under it.
 * @param text a line
 * @param words its word count, when known
 */
export function isReadOnLabel(text: string, words = wordsIn(text)): boolean {
  return (
    words <= MAX_POINTER_WORDS &&
    phrases('furniture-phrases.yaml', ['more'], 'read-on').test(text.toLowerCase())
  );
}

let sections: ReadonlySet<string> | undefined;

/**
 * Tells the name of a news site's section ("Opinion", "Analysis", "Meinung", `data/section-names.yaml`),
 * the whole of the text.
 * @param text a few words
 */
export function isSectionName(text: string): boolean {
  sections ??= new Set((readPhraseData('section-names.yaml') as { sections: string[] }).sections);
  return sections.has(text.trim().toLowerCase());
}

/**
 * Tells the name of a kind of document an organisation issues ("Press release", "Pressemitteilung",
 * `data/document-kinds.yaml`), the whole of the text.
 * @param text a few words
 */
export function isDocumentKind(text: string): boolean {
  const words = wordsIn(text);
  return (
    words >= 1 &&
    words <= 3 &&
    phrases('document-kinds.yaml').test(text.toLowerCase()) &&
    !/[.!?]$/.test(text)
  );
}
