const PICTURE = /(^|[\s_-])(photos?|images?|pictures?)([\s_-]|$)/;
/** A modifier saying that an element holds a picture among other things ("card--has-image"). */
const HAS_PICTURE = /(has|with|no)-(photo|image|picture)/g;

/**
 * A picture box holds at most this many characters of text: a caption and a credit, not a section.
 * Measured on zyte-dev and trafilatura-eval HTML half A (half B held out): 250 to 800 give the same
 * figures, zyte-dev 0.984 → 0.986 (P 0.983 → 0.986, R 0.985 → 0.986), half A 0.8964 → 0.8982 (fp −2,
 * tp +3: a caption no longer outweighs a short article), half B 0.8854 → 0.8869 (fp −5); no limit loses
 * a recipe card and a book page's text (half A tp −3). Sparing boxes also named as content
 * ("story-image"): half A 0.8970, half B 0.8866. "gallery" too: half A tp −1 (a gallery article's
 * intro); "img", "foto", "bild": half B fp +3.
 */
const MAX_PICTURE_CHARS = 400;

/**
 * Whether an element is a picture box by its class or id ("photo", "post-image", "picture-credit")
 * and the little text it holds: its text is a caption or a credit, set apart from the article's
 * paragraphs, which pages mark up as `figure` and `figcaption` only sometimes.
 * @param words the element's lower-cased class, id and role words
 * @param chars the characters of text the element holds
 */
export function isPictureBox(words: string, chars: number): boolean {
  return chars <= MAX_PICTURE_CHARS && PICTURE.test(words) && PICTURE.test(words.replace(HAS_PICTURE, ''));
}
