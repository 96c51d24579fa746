import type { Element, Root, RootContent } from 'hast';

/** Elements whose text a reader never sees on the page: the head, scripts, styles, templates. */
const UNSHOWN = new Set(['head', 'script', 'style', 'noscript', 'template']);
/** Phrasing elements a word can run across ("J<b>ana</b> Roe"): their text joins their neighbours'. */
const INLINE = new Set(
  'a abbr b bdi bdo cite code data dfn em font i kbd mark q s samp small span strong sub sup time u var'.split(
    ' ',
  ),
);
/** Scripts written without spaces between words: a name in them is compared by its letters alone. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/**
 * The text a page shows, read two ways, each as its words (lower case, without accents, one space
 * between words and at both ends): `joined` runs text across inline elements as a reader sees it
 * ("J<b>ana</b> Roe" is "jana roe"), `split` parts the text at every element ("<span>By</span><a>Jana
 * Roe</a>" is "by jana roe" where CSS sets the two apart). Empty when the page shows no text.
 */
export interface ShownText {
  /** The words, text across inline elements joined. */
  joined: string;
  /** The words, text parted at every element. */
  split: string;
}

/**
 * The words of a text: lower case, without accents, letters and digits alone, one space between words.
 * @param text any text
 * @returns its words joined by single spaces, without spaces at the ends
 */
function wordsOf(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * The text a page shows (`ShownText`), outside the head, scripts, styles and templates. Text in hidden
 * elements counts: a byline a menu folds away is still the page's.
 * @param tree the page's tree
 * @param leaveOut elements whose text is not read (the site's header and footer, `siteChromeOf`)
 * @returns its words read with inline elements joined and with every element apart
 */
export function shownTextOf(tree: Root, leaveOut?: (el: Element) => boolean): ShownText {
  const joined: string[] = [];
  const split: string[] = [];
  // an element's close is a marker on the stack: whether its text stands apart from what follows
  const stack: (Root | RootContent | boolean)[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop() as Root | RootContent | boolean;
    if (typeof node === 'boolean' || node.type === 'text') {
      const text = typeof node === 'boolean' ? ' ' : node.value;
      if (node !== false) joined.push(text);
      split.push(text);
      continue;
    }
    if (!('children' in node) || (node.type === 'element' && UNSHOWN.has(node.tagName))) continue;
    if (node.type === 'element' && leaveOut?.(node)) continue;
    const apart = node.type !== 'element' || !INLINE.has(node.tagName);
    if (apart) joined.push(' ');
    split.push(' ');
    stack.push(apart);
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as RootContent);
  }
  const pad = (words: string) => (words === '' ? '' : ` ${words} `);
  return { joined: pad(wordsOf(joined.join(''))), split: pad(wordsOf(split.join(''))) };
}

/**
 * The forms a reader reads a written name as: the name itself, the name less what it holds in brackets
 * ("Jana (Maria) Roe" shows as "Jana Roe", "Jana Roe (jroe)" as "Jana Roe"), and either less a web or
 * mail address after it ("Jana Roe (https://roe.example/)", "Jana Roe jana@roe.example").
 * @param name a writer's name
 * @returns its forms, each as its words (`wordsOf`), none empty
 */
function readFormsOf(name: string): string[] {
  const unbracketed = name.replace(/\([^()]*\)|\[[^[\]]*\]/g, ' ');
  const address = /(?:\s|^)(?:(?:https?:\/\/|www\.)\S*|\S+@\S+\.\S+)\s*$/i;
  const forms = [name, unbracketed].flatMap((form) => [form, form.replace(address, ' ')]);
  return [...new Set(forms.map(wordsOf))].filter((words) => words !== '');
}

/**
 * Whether a page shows a name in its text, read as a reader reads it: the name's words in order and
 * side by side, whole words (a handle "ann" is not shown by "announced"), in any case and spacing
 * ("JANA ROE", "Jana-Roe"), any of the name's forms (`readFormsOf`: less its brackets or an address
 * after it); a name in a script written without spaces (Chinese, Japanese, Korean) by its letters alone.
 * A writer only a meta tag or JSON-LD states, whom the page never shows (a site's owner in every page's
 * `author` tag, a nickname or a handle on a page with no byline), is likely no byline's: on
 * trafilatura-eval HTML half A no page whose writer was found rightly failed this test, and 20 pages that
 * named a writer wrongly did (13 of them "no author" pages). `eval:authors` HTML, F1 / given on "none":
 * half A 0.649 / 0.241 → 0.691 / 0.151, half B 0.623 / 0.224 → 0.633 / 0.177, B's recall 0.578 → 0.568
 * (one page whose four co-writers it shows nowhere); it costs readability-pages' byline 0.800 → 0.627
 * (Readability's expected byline is its reading of the meta tags). Read by whole words and forms (authors106):
 * readability-pages' byline 0.627 → 0.653 (a profile address, a handle in brackets), HTML A F1 0.691 →
 * 0.693 ("none" 0.151 → 0.145: a two-letter handle inside a word), B F1 0.633 → 0.636, exact 0.575 → 0.579.
 * A page that shows no text at all (its article drawn by a script) cannot say: every name passes.
 * @param name a writer's name
 * @param shown the page's shown text, `shownTextOf`
 * @returns whether the page shows one of the name's forms; true for a name with no letters or digits
 */
export function isShown(name: string, shown: ShownText): boolean {
  const forms = readFormsOf(name);
  if (shown.joined === '' || forms.length === 0) return true;
  return forms.some((words) =>
    UNSPACED.test(words)
      ? shown.joined.replaceAll(' ', '').includes(words.replaceAll(' ', ''))
      : shown.joined.includes(` ${words} `) || shown.split.includes(` ${words} `),
  );
}
