// patterns of the functions below, made once: a pattern written inside a function is a new object at
// each call (issue 17)
/** A short label and its colon opening a text. */
const LABEL_START = /^[^:]{0,30}:\s*/u;
/** What parts a trail of links: a guillemet, a chevron or a greater-than sign, or a slash with spaces around it. */
const CRUMB = /\s*[»›>]\s*|\s+\/\s+/;
/** A character {@link CRUMB} cannot match without. */
const CRUMB_MARK = /[»›>/]/;

/** Words that hold a letter or a digit ("•" is none). */
const wordsOf = (s: string) => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/**
 * The page's own name at the end of a breadcrumb trail ("Home » Recipes » Cakes » Lemon cake from the
 * tray" → "Lemon cake from the tray"): a line of three parts or more whose parts before the last are
 * labels of three words at most (the first may say where one is: "You are here: Home"), and whose last
 * part is no shorter than each of them.
 * @param text a line
 * @returns the last part, or null when the line is no such trail
 */
export function lastCrumb(text: string): string | null {
  // a separator's own character first: CRUMB opens on `\s*` and is tried at every character of a line
  if (!CRUMB_MARK.test(text) || !CRUMB.test(text)) return null;
  const parts = text.split(CRUMB);
  if (parts.length < 3) return null;
  const last = (parts.at(-1) as string).trim();
  const lastWords = wordsOf(last);
  if (lastWords < 2) return null;
  for (let i = 0; i < parts.length - 1; i++) {
    // the first part may end in a label saying where one is ("Sie sind hier:", "You are here: Home")
    const part = i === 0 ? (parts[0] as string).replace(LABEL_START, '') : (parts[i] as string);
    const n = wordsOf(part);
    if (n > 3 || n > lastWords) return null;
  }
  return last;
}
