import { z } from 'zod';
import { LowerWords, lazyData } from './data-file.js';
import { IRREGULAR_PAST } from './english-cues.js';

const CounterfactualWords = z.object({ modals: LowerWords, conditions: LowerWords, subjects: LowerWords });

/** The patterns of {@link isCounterfactual}, built once from `data/counterfactual-words.yaml`. */
const counterfactualPatterns = lazyData('counterfactual-words.yaml', CounterfactualWords, (words) => {
  const modals = words.modals.join('|');
  const subject = String.raw`(?:${words.subjects.join('|')}|\p{Lu}\p{L}*)\b`;
  // the inverted clause's own verb, a few words after its subject: "not", "been" or a participle
  // ("Had the merger gone", "had the new owners not", "had Orla agreed"), not a thing had ("Aisby,
  // unlike others, had a harbour open day")
  const verb = String.raw`(?:\s+\S+){0,4}?\s+(?:not|never|been|\p{Ll}+(?:ed|en|wn|ne)|${IRREGULAR_PAST.join('|')})\b`;
  return {
    modal: new RegExp(String.raw`\b(?:${modals})\b`, 'iu'),
    // the condition's "had" before the clause ends (a comma, a semicolon or a dash)
    conditionHad: new RegExp(String.raw`\b(?:${words.conditions.join('|')})\b[^,;:—–]*?\bhad\b`, 'iu'),
    invertedHad: new RegExp(
      String.raw`(?:(?:^|[,;:—–(]\s*)|\b(?:${modals})(?:n['’]t|\s+not|\s+never)?\s+have\s+\S+(?:\s+\S+){0,6}?\s+)[Hh]ad\s+${subject}${verb}`,
      'u',
    ),
  };
});

/**
 * Whether a sentence is a counterfactual: a modal of `data/counterfactual-words.yaml` ("would", "could",
 * "might") and a condition in the past perfect, either a condition word before a "had" of the same
 * clause ("If the merger had gone ahead last spring, the ferries would have been renamed by 2027") or a
 * "had" inverted before its subject, opening the sentence or a clause or after a modal perfect ("Had the
 * vote not failed, the line could have opened in May", "The plant would have closed in 2019 had the
 * council not stepped in"). Its date is of what did not happen: no event, nor a thing to watch.
 * @param text a sentence
 */
export function isCounterfactual(text: string): boolean {
  const { modal, conditionHad, invertedHad } = counterfactualPatterns();
  return modal.test(text) && (conditionHad.test(text) || invertedHad.test(text));
}
