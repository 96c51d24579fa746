/**
 * Whether a sentence reports news or gives context: the cues an editor reads when choosing the lead of
 * a brief. General English, no topic words.
 */

/** Openers that tie a sentence to what came before it, so it cannot stand first or alone. */
const DEPENDENT_OPENER =
  /^["“]?(?:Although|Though|Even though|While|Whilst|Whereas|Despite|In spite of|Amid|Amidst|Given|Because|Since|As|If|Unless|Even|But|And|Yet|So|Or|Nor|Still|Instead|Otherwise|Likewise|Similarly|Hence|Consequently|Besides|Then|This|That|These|Those|Such|It|Its|They|Their|He|His|She|Her|We|Our|There|Here|Both|Another|Other|The latter|The former|On the other hand|In contrast|By contrast|In turn|To this end|In this regard|In this context|At the same time|For this reason|As a result|In response)\b/u;
/** A contrast or consequence marker right after the subject: "Iran, on the other hand, views …". */
const DEPENDENT_INSERT =
  /^[^,]{1,50},\s+(?:on the other hand|however|meanwhile|in turn|for its part|therefore|though|too|in contrast|by contrast|instead|likewise|similarly|thus|as well),/iu;
/** A subject that points back ("The outcome of these talks …"): a demonstrative in the first words. */
const POINTS_BACK =
  /^(?:\S+\s+){0,5}?(?:these|those|such|this(?!\s+(?:month|week|year|morning|afternoon|evening|weekend|spring|summer|autumn|fall|winter)\b))\s+\p{L}/iu;
/** Connectives a point can drop and still say the same thing. */
const TRIMMABLE =
  /^(?:However|Meanwhile|Moreover|Furthermore|In addition|Additionally|Therefore|Thus|Nevertheless|Nonetheless|Accordingly|Indeed|In fact|In other words|Of course|For example|For instance|Ultimately|Also|Notably|Importantly|Separately|Earlier|Later),\s+/u;
/** Verbs of opinion, assessment and outlook: a sentence built on them is analysis, not a report. */
const ASSESSMENT =
  /\b(?:views?|viewed|believes?|believed|seems?|seemed|appears?|underscores?|highlights?|signals?|suggests?|implies|implications?|significant|significance|crucial|inevitabl[ey]|arguably|should|must|could|might|may|perhaps|likely|apparently|reportedly|so-called|claims?|alleged(?:ly)?|supposedly)\b/gu;
/** Past-tense verbs of action (regular -ed, and the common irregular ones). */
const ACTION =
  /\b(?:[a-z]{3,}ed|met|held|took|made|gave|went|came|began|left|won|lost|cut|sent|struck|led|fled|hit|paid|broke|chose|drew|flew|rose|fell|sold|shot|signed|told|said|announced|agreed|voted|launched|killed|arrested|says|announces|agrees|votes|signs|launches|will [a-z]+|has [a-z]+ed|have [a-z]+ed)\b/gu;
const DATE =
  /\b(?:(?:Jan|Febr)uary|March|April|May|June|July|August|September|October|November|December|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|today|tonight|(?:19|20)\d{2})\b/u;
/** A capitalised name after the first word: an actor. */
const NAME = /(?<=\S\s+(?:["“(]?))\p{Lu}[\p{L}-]+/u;

/**
 * Whether a sentence opens by leaning on the one before it ("Although …", "This means …", "He said …",
 * "Iran, on the other hand, …"): such a sentence cannot be a point of its own.
 * @param text a sentence
 */
export function leansOnContext(text: string): boolean {
  const rest = text.replace(TRIMMABLE, '');
  return DEPENDENT_OPENER.test(rest) || DEPENDENT_INSERT.test(rest) || POINTS_BACK.test(rest);
}

/**
 * Drops a leading connective a point does not need ("However, ") and capitalises what is left.
 * @param text a sentence
 * @returns the point's text
 */
export function dropConnective(text: string): string {
  const rest = text.replace(TRIMMABLE, '');
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

/**
 * Whether a sentence is context rather than news: it states neither an action in the past tense nor a
 * date ("The situation is a natural consequence of …").
 * @param text a sentence
 */
export function isContext(text: string): boolean {
  return !DATE.test(text) && !hasAction(text);
}

/** Words before which an -ed word is an adjective ("the armed forces", "various related groups"). */
const BEFORE_ADJECTIVE =
  /(?:^|\s)(?:the|a|an|various|its|their|his|her|our|my|your|of|and|or|with|for|in|on|by|at|from|many|other|some|all|these|those|more|most|well|less|highly|newly|so-called|two|three|several)\s+$/iu;

function hasAction(text: string): boolean {
  for (const m of text.matchAll(ACTION)) {
    const w = m[0];
    if (/^(?:need|speed|seed|feed|bed|shed|red|bred|creed|deed|indeed)$/.test(w)) continue;
    if (
      /ed$/.test(w) &&
      !w.includes(' ') &&
      BEFORE_ADJECTIVE.test(text.slice(Math.max(0, m.index - 20), m.index))
    )
      continue;
    return true;
  }
  return false;
}

/**
 * How much a sentence reads as a report of an event: one each for an action verb in the past tense,
 * a date and a named actor, less one for each mark of assessment or opinion (two at most).
 * @param text a sentence
 * @returns from -2 to 3; 1 or more is news, below 0 is context or opinion
 */
export function newsScore(text: string): number {
  const opinion = Math.min(2, text.match(ASSESSMENT)?.length ?? 0);
  return (hasAction(text) ? 1 : 0) + (DATE.test(text) ? 1 : 0) + (NAME.test(text) ? 1 : 0) - opinion;
}

/**
 * How many marks of assessment or opinion a sentence carries ("could", "so-called", "views", "likely").
 * @param text a sentence
 */
export function assessmentMarks(text: string): number {
  return text.match(ASSESSMENT)?.length ?? 0;
}
