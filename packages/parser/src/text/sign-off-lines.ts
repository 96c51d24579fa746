import { wordsIn } from './count-words.js';
import { type FurniturePhrases, type PhraseMatcher, phrases, readPhraseData } from './phrase-matcher.js';

// patterns of the functions below, made once: a pattern written inside a function is a new object at
// each call (issue 17)
/** White space between words. */
const SPACES = /\s+/;

/**
 * A line of a sign-off is at most this many words: one to three sentences. Measured on zyte-dev and
 * trafilatura-eval text (see trimSignOff). 50 → 60 (session 75, text scrapes): zyte-dev text 0.9754 →
 * 0.9756 (P 0.9718 → 0.9723: a magazine's 55-word pitch for its membership closing the body), half A,
 * `eval:unseen` and saved HTML unchanged (no page changes), half B's figures unchanged (2 pages change);
 * 70, 80 and 100 give zyte-dev and half A the same (and half B fp −1, seen on the measuring half, so no
 * reason to choose them).
 */
const MAX_SIGN_OFF_WORDS = 60;

/**
 * Tells a line of a site's sign-off under an article: a line of at most MAX_SIGN_OFF_WORDS words
 * holding a phrase of `data/sign-off-phrases.yaml` ("subscribe to", "download the app", "support our
 * journalism", "was this article helpful", "contributed to this report").
 * @param text a line
 * @param words its word count, when known
 */
export function isSignOffLine(text: string, words = wordsIn(text)): boolean {
  return (
    words <= MAX_SIGN_OFF_WORDS &&
    (phrases('sign-off-phrases.yaml').test(text.toLowerCase()) || isFollowCall(text, words))
  );
}

/**
 * Who to follow is named in at most this many words ("The Daily Courier", "@handle", "Sie der Zeitung",
 * "mir Folge Jane Doe"): a name, not a clause ("Follow these steps shared on Twitter to …"). Counted on
 * the lines of zyte-dev's and trafilatura-eval's text scrapes that open with a verb of following and
 * name a network: every call names who in 1 to 4 words; trafilatura-eval HTML half A fp 58 → 57, half
 * B and zyte-dev unchanged (one page of all the dev pages changes).
 */
const MAX_FOLLOWED_WORDS = 4;
/** A word of a name to follow: a capital, a handle, or a short word in lower case (an article, "us"). */
const FOLLOWED_WORD = /^(?:@|\p{Lu}|\p{Ll}{1,3}$)/u;

let follow: { verbs: string[]; on: Set<string>; networks: PhraseMatcher } | undefined;

/**
 * Tells a call to follow a site or a writer on a social network that names who to follow
 * (`data/follow-calls.yaml`: "Follow The Daily on Twitter", "Folgen Sie der Zeitung auf Facebook",
 * "Obserwuj Portal na Twitterze"), which the phrase "follow us" does not reach: the line opens with a
 * verb of following, names who in at most MAX_FOLLOWED_WORDS words, then a network after a word of
 * "on"; a line of at most MAX_SIGN_OFF_WORDS words, as a call often goes on to give the site's
 * handles, a number and an address to write to.
 * @param text a line
 * @param words its word count, when known
 */
export function isFollowCall(text: string, words = wordsIn(text)): boolean {
  if (words > MAX_SIGN_OFF_WORDS) return false;
  follow ??= followCalls();
  const line = text.trim();
  const lower = line.toLowerCase();
  const verb = follow.verbs.find((v) => lower.startsWith(`${v} `));
  if (verb === undefined) return false;
  const tokens = line.slice(verb.length).trim().split(SPACES);
  for (let k = 0; k < tokens.length && k <= MAX_FOLLOWED_WORDS; k++) {
    const token = tokens[k] as string;
    if (follow.on.has(token.toLowerCase())) return follow.networks.test((tokens[k + 1] ?? '').toLowerCase());
    if (!FOLLOWED_WORD.test(token)) return false;
  }
  return false;
}

/** The verbs, the words of "on" and the networks of `data/follow-calls.yaml`. */
function followCalls(): { verbs: string[]; on: Set<string>; networks: PhraseMatcher } {
  const data = readPhraseData('follow-calls.yaml') as FurniturePhrases;
  return {
    verbs: data.verbs ?? [],
    on: new Set(data.on ?? []),
    networks: phrases('follow-calls.yaml', ['networks'], 'follow-networks'),
  };
}

/**
 * A call to the reader inside an article's body is at most this many words: a line of a box that asks
 * the reader to sign up or join ("The day's top stories, straight to your inbox"), not a sentence of the
 * article that names such a step ("…, but you can sign up to be notified when stock arrives"). Measured
 * on trafilatura-eval text (tp/fp, see selectBody): 20 gives half A fp −2, 30 fp −3 but drops an
 * article's sentence of 25 words on half A, 12 fp −1, 50 tp −1.
 */
const MAX_CALL_WORDS = 20;
/** The groups of `data/sign-off-phrases.yaml` that call on the reader to do something for the site. */
const CALL_GROUPS = ['subscribe', 'join', 'support', 'follow', 'feedback'];

/**
 * Tells a call to the reader wherever it stands in the body: a line of at most MAX_CALL_WORDS words
 * holding a phrase of the groups of `data/sign-off-phrases.yaml` that ask the reader to subscribe, join,
 * support or follow the site or to say whether the article helped. The groups of reporting credits
 * (zyte-dev's answers keep a wire's "Reporting by"), of apps ("download the" opens a tutorial's step)
 * and of pointers ("click here") are left to {@link isSignOffLine} at the body's end.
 * @param text a line
 * @param words its word count, when known
 */
export function isCallToReader(text: string, words = wordsIn(text)): boolean {
  return (
    words <= MAX_CALL_WORDS && phrases('sign-off-phrases.yaml', CALL_GROUPS, 'calls').test(text.toLowerCase())
  );
}

/**
 * Tells a site's disclosure of its earnings from what it recommends ("This post contains references to
 * products from our advertisers", "We may earn a commission"): a line of at most MAX_SIGN_OFF_WORDS
 * words holding a phrase of the `affiliate` group of `data/sign-off-phrases.yaml`.
 * @param text a line
 * @param words its word count, when known
 */
export function isDisclosureLine(text: string, words = wordsIn(text)): boolean {
  return (
    words <= MAX_SIGN_OFF_WORDS &&
    phrases('sign-off-phrases.yaml', ['affiliate'], 'disclosures').test(text.toLowerCase())
  );
}
