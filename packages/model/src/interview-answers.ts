import { escapeRegExp } from './escape-reg-exp.js';
import { isTitle, postTakingPhrases, ROLE_ARTICLE } from './find-roles.js';
import { isCommonWord } from './given-name-spans.js';
import { isGivenName } from './given-names.js';
import type { CreditedQuotation } from './quote-spans.js';
import type { Sentence } from './sentences.js';
import { isAgentNoun } from './speaker-nouns.js';

/** A paragraph opening on an interview's question or answer label. */
const QUESTION = /^Q:\s/u;
const ANSWER = /^A:\s/u;
/** A full name a given name opens (no everyday word: "The", "Will"): a given name and a capitalised surname. */
const FULL_NAME = /(?<![\p{L}'’-])(\p{Lu}\p{Ll}+)\s(\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)?)(?![\p{L}'’-])/gu;
/**
 * The most sentences of an answer taken as its quote, the bound `blockQuotations` holds a statement set
 * apart to (press releases set two or three); an answer's paragraph may run on far longer.
 */
const MAX_ANSWER_SENTENCES = 4;
/** The fewest questions and answers that make a page an interview, not a line that opens on "A:". */
const MIN_PAIRS = 2;

/**
 * The answers of an interview set out as questions and answers ("Q: …" then "A: …", each opening its
 * paragraph), as the quotes of the one person the text names before its first question ('Ilse Varga, the
 * board's new chair, spoke to us after her first week.'). None when the text names no one
 * there or more than one (the interviewer may be named beside the one who answers), or holds fewer than
 * two questions and two answers.
 * @param sentences the article's sentences
 * @param text the text their offsets are in
 * @returns each answer by the sentence it ends on, as a credited quotation of that person, or null
 */
export function interviewAnswers(
  sentences: readonly Sentence[],
  text: string,
): Map<number, CreditedQuotation> | null {
  const opens = (i: number) =>
    i === 0 ||
    text.slice((sentences[i - 1] as Sentence).end, (sentences[i] as Sentence).start).includes('\n\n');
  const questions: number[] = [];
  const answers: number[] = [];
  sentences.forEach((s, i) => {
    if (QUESTION.test(s.text) && opens(i)) questions.push(i);
    else if (ANSWER.test(s.text) && opens(i)) answers.push(i);
  });
  if (questions.length < MIN_PAIRS || answers.length < MIN_PAIRS) return null;
  const firstQuestion = questions[0] as number;
  const names = new Set<string>();
  for (const m of text.slice(0, (sentences[firstQuestion] as Sentence).start).matchAll(FULL_NAME))
    if (isGivenName(m[1] as string) && !isCommonWord((m[1] as string).toLowerCase())) names.add(m[0]);
  if (names.size !== 1) return null;
  const name = [...names][0] as string;
  const role = introducedRole(text.slice(0, (sentences[firstQuestion] as Sentence).start), name);
  const found = new Map<number, CreditedQuotation>();
  for (const from of answers) {
    if (from < firstQuestion) continue;
    let last = from;
    while (last + 1 < sentences.length && !opens(last + 1) && last + 1 - from < MAX_ANSWER_SENTENCES) last++;
    const start = (sentences[from] as Sentence).start + ((sentences[from] as Sentence).text.indexOf(':') + 1);
    const quote = text.slice(start, (sentences[last] as Sentence).end).trim();
    if (quote.length > 0) found.set(last, { text: quote, from, name, role });
  }
  return found.size > 0 ? found : null;
}

/**
 * The role an interview's introduction gives the one who answers: set off after the name ("Ilse Varga,
 * the board's new chair, spoke to us"), or the post the name took ("Mara Holt took over as chief
 * executive of Norvale Ferries in March": `takingPost` of `data/person-titles.yaml`), up to a comma, a
 * stop or a word of time; only a role with a title word (`data/person-titles.yaml`) or a doer's noun
 * at its head ("harbour master"), else none ("became famous in Port Avel").
 * @param intro the text before the first question
 * @param name the full name of the one who answers
 */
function introducedRole(intro: string, name: string): string | null {
  const posts = [...postTakingPhrases()].join('|');
  const m = new RegExp(
    String.raw`(?<![\p{L}'’-])${escapeRegExp(name)}(?:,\s|\s(?:${posts})\s)([^,.;:"“”]{3,80}?)(?=,|[.;:]\s|[.;:]?$|\s(?:in|on|last|this|since|after|from|until)\s)`,
    'u',
  ).exec(intro);
  const role = m?.[1]?.trim().replace(ROLE_ARTICLE, '');
  if (!role) return null;
  // "chief executive of Norvale Ferries", "harbour master of Port Avel": a title, or a noun of one who
  // does something (`isAgentNoun`) before "of" or last
  const head = (role.split(' of ')[0] as string).split(' ');
  const words = role.split(' ').map((w) => w.replace(/['’]s$/u, ''));
  return words.some(isTitle) || isAgentNoun(head.at(-1) as string) ? role : null;
}
