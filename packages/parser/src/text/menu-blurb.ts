import type { LineKind } from './classify-lines.js';

/**
 * A run of text with at least this many lines repeated elsewhere on the page (a menu's entries) right
 * above it and right under it stands inside a menu: a mega-menu's blurb about a category or a product,
 * not an article. Measured on trafilatura-eval text (tp/fp): half A 1325/107 → 1327/108 (a shop's
 * menu blurb no longer wins over the news item under its date), half B 1253/104 unchanged, zyte-dev
 * text 0.963 and `eval:unseen` text 0.857 unchanged (saved HTML, whose lines are judged by the same
 * selection, unchanged on every set); 1 and 3 lines give the same; taking `short` lines
 * for menu entries too costs zyte-dev (0.963 → 0.954, P 0.965 → 0.949) and half A (tp −4).
 */
const MENU_LINES = 2;

/**
 * Whether lines `first`..`last` stand inside a menu: MENU_LINES `repeated` lines right above them and
 * MENU_LINES right under them.
 * @param kinds the lines' kinds, from classifyLines
 * @param first the run's first line
 * @param last the run's last line
 */
export function inMenu(kinds: readonly LineKind[], first: number, last: number): boolean {
  for (let d = 1; d <= MENU_LINES; d++)
    if (kinds[first - d] !== 'repeated' || kinds[last + d] !== 'repeated') return false;
  return true;
}
