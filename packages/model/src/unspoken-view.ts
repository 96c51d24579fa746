import { z } from 'zod';
import { LowerPhrases, LowerWords, lazyData } from './data-file.js';
import { MONTH_NAMES, WEEKDAYS } from './month-names.js';
import { blankQuotations } from './quoted-passages.js';
import { isSayingVerb } from './saying-verbs.js';

const ViewWords = z.object({
  certain: LowerPhrases,
  auxiliaries: LowerWords,
  participles: LowerPhrases,
  presents: LowerPhrases,
  subjects: LowerWords,
});
const phrase = (w: string) => w.split(' ').join(String.raw`\s+`);
/**
 * The patterns of `data/view-words.yaml`, built once: a cheap gate (a judgement in lower case, as `judged` reads it),
 * the certainty opening a sentence, and a judgement after a subject of things.
 * @throws ZodError when the data file does not have its schema
 */
const viewPatterns = lazyData('view-words.yaml', ViewWords, (w) => {
  const judgement = String.raw`(?:(?:${w.auxiliaries.join('|')})\s+(?:${w.participles.map(phrase).join('|')})|(?:${w.presents.map(phrase).join('|')}))`;
  const certain = w.certain.map(phrase).join('|');
  // a subject's first word as a sentence opens on it or as it stands after an opening phrase
  const subject = w.subjects
    .map((s) => `[${s.charAt(0)}${s.charAt(0).toUpperCase()}]${s.slice(1)}`)
    .join('|');
  return {
    // the judgement as `judged` reads it, in lower case, and the certainty at the start: every candidate
    // of a large brief comes here, and a gate of any case, certainties anywhere, took 2.4 times as long
    // (`statesAView` over 187,000 sentences of 3,000 bench pages: 241 → 99 ms)
    gate: new RegExp(String.raw`\b${judgement}\b`, 'u'),
    certain: new RegExp(String.raw`^(?:${certain})\b`, 'iu'),
    // after at most one opening phrase up to a comma ("Regarding the harbour, the delays …"), a subject
    // opening on one of `subjects` and a word in lower case, then the judgement
    judged: new RegExp(
      String.raw`^(?:[^,;:]{1,60},\s+)?(?:${subject})\s+\p{Ll}[^;:]*?\s+${judgement}\b`,
      'u',
    ),
  };
});

/** A month's or weekday's name, a day named from today's, or a figure: the sentence is tied to a day or a case. */
const DATED = new RegExp(
  String.raw`\d|\b(?:${[...MONTH_NAMES, ...WEEKDAYS].join('|')}|yesterday|today|tonight|tomorrow)\b`,
  'u',
);

/** Whether a text, its quotations blanked, names a speaker's act: a verb of saying or "according to". */
function hasSpeaker(text: string): boolean {
  if (/\baccording\s+to\b/iu.test(text)) return true;
  for (const w of text.matchAll(/\p{Ll}+/gu)) if (isSayingVerb(w[0])) return true;
  return false;
}

/**
 * Whether a sentence states a view with no speaker: the writer's certainty ("There can be no doubt that …")
 * or a cause judged in the perfect or the present ("… have contributed to growing doubts", "…
 * fuels the dispute") of a subject of things, one opening on a word of `subjects` and a word in lower
 * case ("The delays of the new line …", not "The Kestrel Union …", which acts), in a sentence with no
 * verb of saying and no "according to" outside its quotations, no date and no figure. Such a sentence
 * is no thing that happened nor a thing someone named said: the key points weigh it as opinion. A cause
 * told in the past of a day ("The storm led to the closure of the port on Monday") is an event's, and
 * a thing one actor did ("Kestrel Bank has contributed to the flood fund") is left alone.
 * @param text a sentence
 */
export function statesAView(text: string): boolean {
  const read = viewPatterns();
  // the cheap gate first: most sentences hold no word a view opens with
  if (!(read.certain.test(text) || read.gate.test(text)) || DATED.test(text)) return false;
  const own = blankQuotations(text);
  if (hasSpeaker(own)) return false;
  return read.certain.test(own) || read.judged.test(own);
}
