import { z } from 'zod';
import { capitalisedIn } from './capitalised-words.js';
import { LowerPhrases, LowerWords, lazyData, wordSets } from './data-file.js';
import { withoutOpeningTime } from './date-phrases.js';
import { isGenerationSuffix } from './find-people.js';
import { nounKind } from './kind-nouns.js';
import { isStopWord } from './text-stats.js';
import type { Token } from './tokenize-words.js';

/** Lower-case words, or words a hyphen joins ("co-founder", "editor-in-chief"), as tokens keep them. */
const TitleWords = z.array(z.string().regex(/^\p{Ll}+(?:-\p{Ll}+)*$/u)).min(1);
const Titles = z.object({
  titles: z.array(z.string().min(1)).min(1),
  courtesy: z.array(z.string().min(1)).min(1),
  addressTitles: LowerWords,
  nameTitles: TitleWords,
  jurisdictions: LowerWords,
  heads: TitleWords,
  bodyHeads: TitleWords,
  portfolioTitles: LowerWords,
  portfolios: LowerWords,
  portfoliosBefore: LowerWords,
  roleOpeners: LowerWords,
  trades: TitleWords,
  takingPost: LowerPhrases,
});
/** The title words of `data/person-titles.yaml`, each group a Set, read once. */
const titleWords = lazyData('person-titles.yaml', Titles, wordSets);

/**
 * Whether a role is a royal or noble title that is part of a person's name ("Prince", "Crown Prince",
 * "Grand Duchess"; `nameTitles` of `data/person-titles.yaml`): the role's last word is one, each word
 * capitalised, three words at most.
 * @param role a role as the actors give it
 */
export function isNameTitle(role: string): boolean {
  const { nameTitles } = titleWords();
  const words = role.split(' ');
  return (
    words.length <= 3 &&
    words.every((w) => /^\p{Lu}/u.test(w)) &&
    nameTitles.has((words.at(-1) as string).toLowerCase())
  );
}

/**
 * Whether a word says at which level of government an office sits ("County" of "County Commissioner",
 * `jurisdictions` of `data/person-titles.yaml`).
 * @param word a token, in any case
 */
export function isJurisdiction(word: string): boolean {
  const { jurisdictions } = titleWords();
  return jurisdictions.has(word.toLowerCase());
}

/**
 * Whether a capitalised word is a trade's noun that opens a person's name as written
 * ("Wrestler" of "Wrestler Tomas Vek", "Astronaut", "Superstar"; `trades` of `data/person-titles.yaml`),
 * no title elsewhere: a surname may be one ("Peter Singer").
 * @param word a token
 */
export function isTradeNoun(word: string): boolean {
  const { trades } = titleWords();
  return capitalisedIn(trades, word);
}

/**
 * Whether a word is the title of one who heads or runs a body ("CEO", "Chairman"; `heads` of
 * `data/person-titles.yaml`): a name right before it is the body's.
 * @param word a token, in any case
 */
export function isHeadTitle(word: string): boolean {
  const { heads } = titleWords();
  return heads.has(word.toLowerCase());
}

/**
 * Whether a word is the title of one who heads a body and nothing else, no country or person
 * ("chairman", "CEO", not "president" or "chief"; `bodyHeads` of `data/person-titles.yaml`): a name
 * whose possessive stands before it is the body's ("Valdoria's chief executive").
 * @param word a token, in any case
 */
export function isBodyHeadTitle(word: string): boolean {
  const { bodyHeads } = titleWords();
  return bodyHeads.has(word.toLowerCase());
}

/**
 * Whether tokens `from..to` are a government office's portfolio after its title and "of" ("Foreign
 * Affairs" of "Minister of Foreign Affairs", "Homeland Security" of "the Secretary of Homeland
 * Security"): up to three capitalised words or "and", the last a portfolio's (`portfolioTitles` and
 * `portfolios` of `data/person-titles.yaml`).
 * @param tokens the sentence's tokens
 * @param from the first token
 * @param to the last token
 */
export function isPortfolioAt(tokens: readonly Token[], from: number, to: number): boolean {
  const { portfolios, portfolioTitles } = titleWords();
  if (to - from > 2 || !portfolios.has((tokens[to] as Token).text.toLowerCase())) return false;
  // in bounds before each read: a read past an end deoptimises the mention step (issue 17)
  let of = from - 1;
  if (of >= 0 && (tokens[of] as Token).text === 'the') of--;
  if (of < 1 || (tokens[of] as Token).text !== 'of') return false;
  return portfolioTitles.has((tokens[of - 1] as Token).text.toLowerCase());
}

/**
 * Whether the capitalised words of tokens `from..to` name a portfolio right before the title of its
 * office at `to + 1` ("Treasury" of "Treasury Secretary", "Finance" of "Finance Minister";
 * `portfoliosBefore` and `portfolioTitles` of `data/person-titles.yaml`).
 * @param tokens the sentence's tokens
 * @param from the first token
 * @param to the last token of the portfolio
 */
export function isPortfolioBefore(tokens: readonly Token[], from: number, to: number): boolean {
  const { portfolioTitles, portfoliosBefore } = titleWords();
  const title = tokens[to + 1];
  if (title === undefined || !portfolioTitles.has(title.text.toLowerCase())) return false;
  for (let i = from; i <= to; i++) {
    const w = (tokens[i] as Token).text;
    if (!/^\p{Lu}/u.test(w) || !portfoliosBefore.has(w.toLowerCase())) return false;
  }
  return to >= from;
}

/** A lower-case noun of one who does a thing ("trader", "economist", "investor"), which a role may end on. */
const AGENT_NOUN = /^\p{Ll}{3,}(?:er|or|ist|ian|ant)$/u;

/**
 * Whether the capitalised word at `at` opens the role written after it, no name's last word: it is one of
 * `roleOpeners` (`data/person-titles.yaml`: "Head", "Majority", "Chief") and the word after it is a title
 * ("Majority leader", "Chief Executive") or a lower-case noun of one who does a thing ("Head trader").
 * @param tokens the sentence's tokens
 * @param at the word
 */
export function opensRoleAt(tokens: readonly Token[], at: number): boolean {
  const { roleOpeners } = titleWords();
  const word = (tokens[at] as Token).text;
  const next = tokens[at + 1]?.text;
  if (next === undefined || !/^\p{Lu}/u.test(word) || !roleOpeners.has(word.toLowerCase())) return false;
  return isTitle(next) || AGENT_NOUN.test(next);
}

/**
 * Whether a role is courtesy titles only ("Ms", "Mr."): they say how a person is addressed, not what
 * they do, so a role before a name made of them is none (`courtesy` of `data/person-titles.yaml`).
 * @param role the role as written
 */
function onlyCourtesy(role: string): boolean {
  const { courtesy } = titleWords();
  return role.split(/\s+/).every((w) => courtesy.has(w.toLowerCase().replace(/\.$/, '')));
}

/**
 * Whether a word is a title or role word ("minister", "Gen.", "governor"), from `data/person-titles.yaml`.
 * @param word a token
 */
export const isTitle = (word: string): boolean => isTitleLower(word.toLowerCase());

/**
 * {@link isTitle} for a word already in lower case (the tagger's hot path).
 * @param lower a token in lower case
 */
export function isTitleLower(lower: string): boolean {
  return titleWords().titles.has(lower.endsWith('.') ? lower.slice(0, -1) : lower);
}
/**
 * The phrases that say a person took a post, the post after them ("took over as", "was appointed"), from
 * `takingPost` of `data/person-titles.yaml`.
 */
export const postTakingPhrases = (): ReadonlySet<string> => titleWords().takingPost;

/**
 * How many title words open a name ("Finance Minister Ana Ruiz": 2), by {@link isTitle}.
 * @param words the name's words
 */
export function leadingTitles(words: readonly string[]): number {
  let i = 0;
  while (i < words.length && isTitle(words[i] as string)) i++;
  return i;
}

const LINK = new Set(['of', 'the', 'for', "'s", '’s']);

/**
 * The role a sentence gives the person named at tokens `from..to`: the title run before the name
 * ("Spanish Prime Minister", "central bank governor"), an apposition after it (", governor of the
 * central bank,") or one before it ("the mediator, Laura Chen"). A role holds at least one title
 * word (`data/person-titles.yaml`).
 * @param sentence the sentence
 * @param tokens its tokens
 * @param from the name's first token
 * @param to the name's last token
 * @returns the role as written, or null
 */
export function findRole(
  sentence: string,
  tokens: readonly Token[],
  from: number,
  to: number,
): string | null {
  return (
    roleBefore(sentence, tokens, from) ??
    roleAfter(sentence, tokens, to) ??
    appositionBefore(sentence, tokens, from)
  );
}

// patterns of the functions below, made once: inside a function a pattern with \p{…} outside a class
// is built by `new RegExp` at each call in the bundle (esbuild lowers it for Node targets)
const CAPITAL_FIRST = /^\p{Lu}/u;
const LOWER_FIRST = /^\p{Ll}/u;
/**
 * Up to six capitalised or title words (and "of", "the" between them) right before the name. A quote's
 * speaker named with her body is read by `titleBefore` of speaker-roles.ts, with other stops: why the
 * two differ is said there.
 */
function roleBefore(sentence: string, tokens: readonly Token[], from: number): string | null {
  let first = from;
  let titled = false;
  for (let i = from - 1; i >= 0 && from - i <= 6; i--) {
    const w = (tokens[i] as Token).text;
    if (isTitle(w)) titled = true;
    // "US bank chief Ben Bernanke", "airline chief Ana Ruiz": a body's kind before the title is the body
    // the title is of
    else if (titled && isBodyNoun(w)) {
      first = i;
      continue;
    } else if (w === '&' && i > 0 && CAPITAL_FIRST.test((tokens[i - 1] as Token).text)) {
      // "Kessel & Roe spokeswoman Ana Ruiz": a firm's name joined by "&" is the body the title is of
      // (the role had been "Roe spokeswoman")
      first = i;
      continue;
    } else if (!CAPITAL_FIRST.test(w) && !LINK.has(w.toLowerCase())) break;
    // a headline in title case capitalises its prepositions: "Statement From Commissioner Susan Pryce"
    // has the role "Commissioner" (a stop word other than "of", "the", "for" ends the run)
    else if (i > 0 && isStopWord(w.toLowerCase()) && !LINK.has(w.toLowerCase())) break;
    first = i;
  }
  // "Yesterday the minister Pedro Alves said": the day opening the sentence is no word of the role (the
  // actors' role had been "Yesterday the minister", and the quotes took it from them)
  if (first === 0 && titled) {
    const cut = sentence.length - withoutOpeningTime(sentence).length;
    while (first < from && (tokens[first] as Token).start < cut) first++;
  }
  while (
    first < from &&
    (LINK.has((tokens[first] as Token).text.toLowerCase()) ||
      (LOWER_FIRST.test((tokens[first] as Token).text) &&
        !isTitle((tokens[first] as Token).text) &&
        !(first + 1 < from && isBodyNoun((tokens[first] as Token).text))) ||
      // "But ICRA vice-president Kinjal Shah": a sentence's opening word is no part of the title (an
      // acronym is: "WHO spokesman Ian Simpson")
      (first === 0 && isOpeningStopWord((tokens[first] as Token).text)))
  )
    first++;
  if (!titled || first === from) return null;
  // "Spokeswoman Ana Ruiz of Norvale Transit": a role ending on "of" or "for" is the role of someone
  // before the name, which is what the role is of (the body had the role "Spokeswoman Ana Ruiz")
  if (/^(?:of|for)$/iu.test((tokens[from - 1] as Token).text)) return null;
  const role = sentence.slice(
    (tokens[first] as Token).start,
    (tokens[rankBefore(tokens, first, from)] as Token).end,
  );
  return onlyCourtesy(role) ? null : role;
}

/**
 * The last token of a role before a name less the abbreviated ranks that end it, when a title stays
 * before them: "Northern Fleet commander Gen. Ana Ruiz" is the fleet's commander ("Gen." says how she
 * is addressed), "Health Minister Dr. Ana Ruiz" the minister; "Lt. Col. Ana Ruiz" keeps her rank, the
 * only titles she is given.
 * @param tokens the sentence's tokens
 * @param first the role's first token
 * @param from the name's first token
 */
function rankBefore(tokens: readonly Token[], first: number, from: number): number {
  let last = from - 1;
  while (last > first && isAbbreviatedTitle((tokens[last] as Token).text)) last--;
  if (last === from - 1) return last;
  for (let i = first; i <= last; i++) {
    const word = (tokens[i] as Token).text;
    if (isTitle(word) && !isAbbreviatedTitle(word)) return last;
  }
  return from - 1;
}

/**
 * Whether a token is a title written short, its full stop and all ("Gen.", "Adm.", "Dr.").
 * @param word a token
 */
export const isAbbreviatedTitle = (word: string): boolean =>
  word.length > 2 && word.endsWith('.') && isTitle(word);

/** Whether a word in lower case is a noun of a body's kind (`data/kind-nouns.yaml`: "bank", "airline"). */
const isBodyNoun = (word: string) => LOWER_FIRST.test(word) && nounKind(word) === 'organisation';

/** Whether a word is a stop word written as one opening a sentence ("But", "A"), not an acronym ("WHO"). */
const isOpeningStopWord = (word: string) =>
  isStopWord(word.toLowerCase()) && (word.length === 1 || word !== word.toUpperCase());

/**
 * ", governor of the central bank," after a name: the phrase up to a comma or the sentence's end. A
 * body's short form in brackets may close it ("head of the Varnland Aviation Safety Agency (VASA),"), not
 * part of the role: the bracket had ended the phrase, and the role with it.
 */
const APPOSITION = /^,\s+((?:the |a |an )?[^,;:"“”()]{3,90}?)(?:\s\([\p{Lu}\p{N}&.-]{2,12}\))?(?:,|\.?$)/u;
/** Conjunctions and prepositions that open a clause or an adjunct after a name's comma, no role. */
const CLAUSE_OPENER =
  /^(?:but|and|or|nor|yet|so|to|for|in|on|at|by|with|from|of|as|if|because|while|when|where|whose|though|although)$/u;
/** The determiners a role may open with: "the bank's deputy governor", "his secretary". */
const DETERMINER = /^(?:the|an?|his|her|its|their|our|my|your)$/iu;

/** ", the bank's deputy governor," — a phrase of at most twelve words holding a title word. */
function roleAfter(sentence: string, tokens: readonly Token[], to: number): string | null {
  const after = sentence.slice((tokens[to] as Token).end);
  // "Tobin Rask Jr., executive chairman of …": the suffix's stop is no end of the sentence
  const rest = isGenerationSuffix((tokens[to] as Token).text) ? after.replace(/^\.(?=,)/u, '') : after;
  const m = APPOSITION.exec(rest);
  if (!m) return null;
  const phrase = (m[1] as string).trim();
  const words = phrase.split(/\s+/);
  if (words.length > 12 || !words.some((w) => isTitle(w.replace(/['’]s$/, '')))) return null;
  // a capitalised first word that is not a title starts a list of names or a new clause
  const head = words[0] as string;
  if (CAPITAL_FIRST.test(head) && !isTitle(head) && !/^(?:The|A|An)$/.test(head)) return null;
  // a conjunction or a preposition opens a clause or an adjunct, no role: "Bartleby, but to the success
  // of some candidate for the mayoralty" (not "now", "then", "also", "one of": "then the bank's head")
  if (CLAUSE_OPENER.test(head)) return null;
  // "Lorenz, his secretary, his programmer and his graduate students": a list of people, the name first
  const next = rest.slice(m[0].length).trimStart().toLowerCase();
  if (m[0].endsWith(',') && DETERMINER.test(head) && next.startsWith(`${head.toLowerCase()} `)) return null;
  if (/\b(?:said|says|told|added|who|which|that)\b/.test(phrase)) return null;
  // "an energy economist" is one, as "the bank's deputy governor" is; "a member of the board since
  // 2019": when one took the role is no part of it
  return phrase.replace(/^(?:the|an?)\s+/i, '').replace(SINCE, '');
}

/** When one took a role, closing it: " since 2019", " since March", " until last year". */
const SINCE = /\s(?:since|until)\s[^,;]*$/u;

const BEFORE_NAME =
  /(?:^|,\s|\b(?:and|said|says|told)\s)((?:the|a|an|its|their|his|her)\s[^,;:"“”()]{2,60}?)(?:\s\([\p{Lu}\p{N}&.-]{2,12}\))?,\s$/iu;

/** "the bank's deputy governor, Tomás Varela": a phrase of at most eight words with a title word. */
function appositionBefore(sentence: string, tokens: readonly Token[], from: number): string | null {
  const start = (tokens[from] as Token).start;
  // the pattern ends with ",\s": most names follow no comma, and the pattern was tried on all of them
  if (start < 2 || sentence.charCodeAt(start - 2) !== 44 || !/\s/.test(sentence[start - 1] as string))
    return null;
  const m = BEFORE_NAME.exec(sentence.slice(0, start));
  if (!m) return null;
  const words = (m[1] as string).split(/\s+/);
  if (words.length > 8 || !words.some((w) => isTitle(w.replace(/['’]s$/, '')))) return null;
  // "the idea of Halvard's chief executive, Tobin Rask": the phrase is of what it names before
  // "of", no title, and the title after it the role of someone the sentence may not name
  const head = (m[1] as string)
    .split(/\s(?:of|for|at)\s/u)[0]
    ?.split(' ')
    .at(-1) as string;
  if (/\s(?:of|for|at)\s/u.test(m[1] as string) && !isTitle(head.replace(/['’]s$/u, ''))) return null;
  return (m[1] as string).replace(/^(?:the|a|an)\s+/i, '');
}

/**
 * A role less the function words a cut left at its end ("the director of the Turkish Friendship Hospital
 * in the Mughraqa area in the", where the role's pattern stops at its length), less a relative clause
 * and an opening article, or null when none is left.
 * @param role a role as a pattern cut it
 */
export function roleWithoutDanglingEnd(role: string): string | null {
  // "a former director of student services who now advises universities on …": the relative clause
  // says more of the person, and a cut one no role
  const clause = RELATIVE.exec(role);
  const own = clause ? role.slice(0, clause.index) : role;
  const trimmed = withoutAddress(own.replace(DANGLING_END, '').replace(ROLE_ARTICLE, ''));
  if (trimmed === '') return null;
  // "The bank's CEO" (the sentence's first word) is written as the other roles of a body's noun are,
  // "bank's chief executive"
  return trimmed.replace(CAPITAL_THE_POSSESSIVE, '');
}
/**
 * A role of more than one word less a form of address at its end ("Chief Education Officer Dr" →
 * "Chief Education Officer") and a courtesy style at its start ("Honourable Deputy Premier" → "Deputy
 * Premier"; `courtesy` and `addressTitles` of `data/person-titles.yaml`).
 */
function withoutAddress(role: string): string {
  const space = role.lastIndexOf(' ');
  if (space < 0) return role;
  const { courtesy, addressTitles } = titleWords();
  const word = (w: string) => w.toLowerCase().replace(/\.$/, '');
  const last = word(role.slice(space + 1));
  const cut = courtesy.has(last) || addressTitles.has(last) ? role.slice(0, space) : role;
  const first = cut.indexOf(' ');
  return first > 0 && courtesy.has(word(cut.slice(0, first))) ? cut.slice(first + 1) : cut;
}
/** A capitalised "The" before a common noun's possessive: "The bank's CEO". */
const CAPITAL_THE_POSSESSIVE = /^The\s(?=\p{Ll}[\p{Ll}-]*['’]s\s)/u;
/** A relative clause inside a role: " who …", " which …", " whose …". */
const RELATIVE = /\s(?:who|which|whose)\s/u;
/** An article before a role, unless a possessive follows it: "an analyst", not "the agency's head". */
export const ROLE_ARTICLE = /^(?:the|an?)\s(?![\p{L}-]+['’]s\s)/iu;
/** Function words ending a text cut short: "… area in the", "… of a". */
const DANGLING_END = /(?:\s+(?:in|of|at|for|to|on|and|the|a|an|with|from|by))+$/u;
