import { trimmableConnectives } from './connective-words.js';
import { AUXILIARY_VERBS, IRREGULAR_PAST, REFERENT_OPENERS } from './english-cues.js';
import { literalsPattern } from './escape-reg-exp.js';

/**
 * A word that ends a subject as its verb, as a pattern's source (no anchors, no groups): an auxiliary, an
 * irregular past, a past in "-ed" or a present in "-s" ("said", "has", "ordered", "runs"; not "was" alone
 * in a word such as "wasp"). Read by {@link openingSubject} and `described-subject.ts`.
 */
export const VERB_FORM = String.raw`${literalsPattern(AUXILIARY_VERBS)}|${literalsPattern(IRREGULAR_PAST)}|\p{Ll}{2,}ed|\p{Ll}{2,}[^s\s]s`;
const VERB = new RegExp(`^(?:${VERB_FORM})$`, 'u');

/** A connective a sentence may open with before its subject ("However, …", "In addition …"). */
const TRIMMABLE = new RegExp(String.raw`^(?:${literalsPattern(trimmableConnectives())}),?\s+`, 'u');
/** An opening phrase set off by a comma ("In a letter to its staff on Monday, "): up to 12 words, no quotation. */
const OPENING_PHRASE = /^[^,"“”]{1,90},\s+/u;
/** A capitalised word of a name ("Norvale", "Ost-Kestrel", "N&K"), as a pattern's source. */
const CAPITALISED = String.raw`\p{Lu}[\p{L}\d.&'’-]*`;
/** A figure after a capitalised word of a name ("Kestrel 400", "Route 9-11"), as a pattern's source. */
const FIGURE = String.raw`\d[\d-]*`;
/** A name alone before a comma ("Norvale Transit, the company said"): a subject, no opening phrase. */
const NAME_BEFORE_COMMA = new RegExp(String.raw`^${CAPITALISED}(?:\s+(?:${CAPITALISED}|${FIGURE}))*,`, 'u');
const OPENS_ADVERBIAL = new RegExp(String.raw`^(?:${literalsPattern(REFERENT_OPENERS)})\s`, 'u');

/**
 * The connective a sentence opens with before its subject ("However, ", "In addition "), or null.
 * @param text a sentence
 */
export function trimmableOpening(text: string): RegExpExecArray | null {
  return TRIMMABLE.exec(text);
}

/**
 * An opening phrase set off by a comma of 12 words at most ("In a letter to its staff on Monday, ": the
 * cluster briefs' openings before "the firm" run to 7 words; a longer one is a clause) that is no name
 * alone ("Norvale Transit, the ferry operator, said" opens with its subject), or null.
 * @param text a sentence
 */
export function openingPhrase(text: string): RegExpExecArray | null {
  const m = OPENING_PHRASE.exec(text);
  if (!m || m[0].split(/\s+/).length > 13) return null;
  return NAME_BEFORE_COMMA.test(m[0]) && !OPENS_ADVERBIAL.test(m[0]) ? null : m;
}

/** A word of a name: capitalised, or a figure after a capitalised word ("Kestrel 400"), an "&". */
const NAME_WORD = new RegExp(`^(?:${CAPITALISED}|${FIGURE}|&)$`, 'u');
/** Words that open a subject capitalised and are no name. */
const NOT_A_NAME =
  /^(?:It|He|She|They|We|You|I|This|That|These|Those|Its|Their|His|Her|Both|A|An|Some|All|Most)$/u;
/** Words a subject holds none of: a preposition, a conjunction, a relative pronoun. */
const NOT_IN_SUBJECT = /^(?:and|or|nor|of|in|at|for|to|with|from|by|on|who|which|that)$/u;
/** How many words a subject and its asides run to before its verb. */
const MOST_WORDS = 10;

/** The subject a sentence opens with and where its verb starts ({@link openingSubject}). */
export interface OpeningSubject {
  /** Where the subject's first word starts in the sentence (past a connective or an opening phrase). */
  start: number;
  /** Where its last word ends (before an aside set off by commas, whose words are not the subject's). */
  end: number;
  /** Its words, without a bracketed abbreviation ("(NT)") and brackets. */
  words: readonly string[];
  /** Its last word: the head of a description ("company"), a name's last word ("Transit"). */
  head: string;
  /**
   * What it is: `name` when it ends in capitalised words, not a pronoun or a determiner ("The Ruritanian
   * operator Norvale Transit", "Kestrel 400"); `pronoun` ("It", "they" after an opening); `definite`, "The" and
   * words in lower case ("The ferry company", "the firm" after an opening); `other` for anything else ("Some analysts").
   */
  kind: 'name' | 'pronoun' | 'definite' | 'other';
  /** The name it ends in, when `kind` is `name`, without "The" ("Norvale Transit"); else null. */
  name: string | null;
  /** Where its verb starts in the sentence. */
  verbStart: number;
}

/**
 * The subject a sentence opens with, after a connective or an opening phrase ({@link trimmableOpening},
 * {@link openingPhrase}): the words up to the first verb form ({@link VERB_FORM}) within ten words, past a
 * bracketed abbreviation ("Norvale Transit (NT) said") and an aside set off by commas ("Norvale Transit,
 * the state ferry operator, will …"); null when no verb comes, an aside has no closing comma or no verb
 * after it, or the words hold a preposition, a conjunction or a possessive ("The head of Norvale said",
 * "Norvale's board said": the subject is then no plain phrase).
 * @param text a sentence
 */
export function openingSubject(text: string): OpeningSubject | null {
  const start = (trimmableOpening(text) ?? openingPhrase(text))?.[0].length ?? 0;
  const parts = text.slice(start).split(/(\s+)/);
  // tokens[i] starts at at[i] in the sentence (split keeps the spaces between as odd parts)
  const tokens: string[] = [];
  const at: number[] = [];
  for (let i = 0, pos = start; i < parts.length; pos += (parts[i] as string).length, i++)
    if (i % 2 === 0) {
      tokens.push(parts[i] as string);
      at.push(pos);
    }
  const np: string[] = [];
  let end = start;
  let verbAt = -1;
  for (let i = 0; i < tokens.length && i < MOST_WORDS; i++) {
    let w = tokens[i] as string;
    if (np.length > 0 && /^\([^)]{1,20}\)$/u.test(w)) continue;
    // an aside after the subject, set off by commas, up to its closing comma
    if (w.endsWith(',') && np.length > 0) {
      np.push(w.slice(0, -1));
      end = (at[i] as number) + w.length - 1;
      const close = tokens.findIndex((t, j) => j > i && j <= i + 10 && t.endsWith(','));
      if (close < 0) return null;
      const after = tokens[close + 1];
      if (after === undefined || !VERB.test(after)) return null;
      verbAt = close + 1;
      break;
    }
    w = w.replace(/[()]/gu, '');
    if (np.length > 0 && VERB.test(w)) {
      verbAt = i;
      break;
    }
    if (NOT_IN_SUBJECT.test(w) || /['’]s$/u.test(w)) return null;
    np.push(w);
    end = (at[i] as number) + (tokens[i] as string).length;
  }
  if (verbAt < 0 || np.length === 0) return null;
  const name = nameEnding(np);
  return {
    start,
    end,
    words: np,
    head: np.at(-1) as string,
    kind: name !== null ? 'name' : kindOf(np),
    name,
    verbStart: at[verbAt] as number,
  };
}

/** The capitalised words a subject ends in, past "The", when they are a name ("Norvale Transit"); else null. */
function nameEnding(np: readonly string[]): string | null {
  let from = np.length;
  while (from > 0 && NAME_WORD.test(np[from - 1] as string)) from--;
  const name = np.slice(from);
  if (name[0] === 'The') name.shift();
  if (name.length === 0 || !/^\p{Lu}/u.test(name[0] as string) || NOT_A_NAME.test(name[0] as string))
    return null;
  return name.join(' ');
}

/** What a subject that ends in no name is: a pronoun alone, "The" and words in lower case, or other. */
function kindOf(np: readonly string[]): 'pronoun' | 'definite' | 'other' {
  if (np.length === 1 && /^(?:it|he|she|they|we|you|i)$/iu.test(np[0] as string)) return 'pronoun';
  if ((np[0] === 'The' || np[0] === 'the') && np.length > 1 && np.slice(1).every((w) => /^\p{Ll}/u.test(w)))
    return 'definite';
  return 'other';
}
