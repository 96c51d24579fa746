/**
 * A message a PHP server printed into the page instead of (or before) its content ("Warning:
 * mysql_connect(): Access denied … in /www/htdocs/…/db.php on line 12", "Strict Standards: Non-static
 * method … on line 813"): the interpreter's own words, in English on every site, and never the article.
 * A page of a misconfigured blog may open with hundreds of them, which outweighed its post and filled a
 * brief's actors with "Strict Standards" (5 of trafilatura-eval's 990 pages print some).
 */
const SERVER_ERROR =
  /^(?:PHP )?(?:Warning|Notice|Deprecated|Strict Standards|(?:Catchable |Recoverable )?Fatal error|Parse error): .{1,600} in \/\S+ on line \d+$/;

/**
 * Whether a line or block is a PHP error message (see {@link SERVER_ERROR}).
 * @param text the line's text
 * @returns true for a message of the interpreter
 */
export function isServerError(text: string): boolean {
  // every message ends with its line number: a line not ending with a digit is left without a search
  const last = text.charCodeAt(text.length - 1);
  return last >= 48 && last <= 57 && SERVER_ERROR.test(text);
}
