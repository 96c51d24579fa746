// Tells a line a scrape printed as a link by its marks: an arrow or a lone guillemet after its last word or
// before its first, or doubled angle brackets around it.

/**
 * A link line is at most this many words: a headline or a pointer ("Two responses so far »"), not a
 * paragraph. Measured on trafilatura-eval text (16 lines on 8 pages, 4 to 13 words, none in a `with`
 * snippet), zyte-dev text (none) and eval:unseen (1 line, not in the reference): nothing traded at 20.
 */
const MAX_LINK_WORDS = 20;

/** A lone closing mark after a space: "Next post ›", "Comments »", "Read on →". */
const CLOSING_MARK = /\s[»›→⟶]$/u;
/**
 * A lone opening mark before a space: "‹ Older post", "← Previous post". Not "«", which opens a French
 * quotation whose first paragraph closes on no mark when the quotation runs on.
 */
const OPENING_MARK = /^[‹←⟵]\s/u;
/** A sentence's end right before the closing mark: a French quotation's last paragraph ("… fin. »"). */
const ENDED_BEFORE_MARK = /[.!?…]["”’]?\s*[»›]$/u;
/** Doubled angle brackets at both ends: ">> Other story's headline <<", ">>> Order the issue! <<<". */
const FRAMED = /^>{2,}\s*\S.*\S\s*<{2,}$/u;

/**
 * Tells a line printed as a link to another page by its marks alone: it ends on an arrow or a lone
 * closing guillemet after a space ("Two responses so far »", "Spring timetables ›") with no opening
 * guillemet in it and no sentence's end before the mark (a quotation in guillemets ends so), it opens on
 * a lone "‹" or a left arrow and a space ("‹ Older: …", "← Previous post"), or it stands between doubled
 * angle brackets (">> Other headline <<"). A headline to another article, a comment
 * count, a call: never the article's own sentence. A code prompt (">>> run()") has no closing brackets.
 * @param text a line
 * @param words its word count
 */
export function isMarkedLink(text: string, words: number): boolean {
  if (words === 0 || words > MAX_LINK_WORDS) return false;
  if (FRAMED.test(text)) return true;
  if (OPENING_MARK.test(text)) return !text.includes('›') && !text.includes('→');
  return (
    CLOSING_MARK.test(text) && !text.includes('«') && !text.includes('‹') && !ENDED_BEFORE_MARK.test(text)
  );
}
