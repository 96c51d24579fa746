/**
 * A tag of HTML as its source shows it: `<img src="…" width="1">`, `</div>`, `<br>`. The attributes
 * are read up to the tag's `>` (a quoted `>` inside one is rare in the lines this is for).
 */
const TAG = /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/g;

/** An attribute with a value inside a tag: `src="`, `class='`, `width=1`. */
const ATTRIBUTE = /\s[A-Za-z-]+=["'\w]/;

/**
 * A markup line is at least this long. Measured on the lines of raw markup in the text scrapes of
 * zyte-dev, trafilatura-eval half A and the readability-pages scrapes: the tracking pixels and ad slots a
 * `<noscript>` leaves as text run 97 to 1,600 characters, a tutorial's lines of HTML code (`<script
 * src="vendor/mocha.js"></script>`, `<html lang="en">`) 35 to 72, and they are the article's. Any floor
 * from 30 to 200 gives the same figures on every set (trafilatura-eval halves, zyte-dev, eval:unseen):
 * 90 is a margin for a tutorial's code, not a tuned value.
 */
const MARKUP_MIN_CHARS = 90;

/**
 * Whether a line of a text scrape is raw HTML rather than text: a `<noscript>` tracking pixel or ad slot
 * that the page's text carries as its source (`<img height="1" width="1" style="display:none"
 * src="https://…">`), a comment form's list of allowed tags. The line is {@link MARKUP_MIN_CHARS} long
 * or more, holds a tag with an attribute, and its tags fill at least half of it. Such a line is never
 * the article, however many "words" its URL gives (a pixel's query string had outweighed a short
 * article and been its body); a paragraph that opens with a stray `<p>` is mostly text and stays.
 * @param text the line's text
 * @returns true for a line of markup
 */
export function isMarkupLine(text: string): boolean {
  if (text.length < MARKUP_MIN_CHARS) return false;
  // most lines hold no `<`: one native search leaves them without a pattern
  const open = text.indexOf('<');
  if (open < 0 || text.indexOf('>', open) < 0) return false;
  let inTags = 0;
  let attributes = false;
  for (const tag of text.matchAll(TAG)) {
    inTags += tag[0].length;
    if (!attributes && ATTRIBUTE.test(tag[0])) attributes = true;
  }
  return attributes && inTags * 2 >= text.length;
}
