import { withoutOpeningTime } from './date-phrases.js';
import type { Person } from './find-people.js';
import { ROLE_ARTICLE } from './find-roles.js';
import { isGivenName } from './given-names.js';
import { nameThenAt } from './name-runs.js';
import { isOrganisationWord } from './organisation-words.js';
import { SAYING_VERBS, TOLD } from './quote-patterns.js';
import { apposedPerson, matchApposedSaid } from './reported-speakers.js';
import { sayingVerbs } from './saying-verbs.js';
import { withoutLeadingTitles } from './speaker-titles.js';

/**
 * A verb that reports what its subject said or answered, after the comma that closes an apposition, an
 * adverb before it at most: "…, said", "…, flatly denied" (`verbs`, `withHearer` and `answering` of
 * `data/saying-verbs.yaml`).
 */
const verbAfterComma = (): string =>
  String.raw`,\s(?:(?:also|\p{Ll}+ly)\s)?(?:${SAYING_VERBS}|${TOLD}|${sayingVerbs().answering.join('|')})\b`;
let nameFirst: RegExp | undefined;
let roleFirst: RegExp | undefined;
/** A comma opening what follows a name set off as a sentence's subject: most sentences have none. */
const COMMA = /,\s/u;
/** A word in lower case: a role's ("the port's director", "chief engineer at Kestrel Bank"). */
const LOWER_WORD = /(?:^|\s)\p{Ll}/u;
/** A capital opening a word. */
const CAPITAL = /^\p{Lu}/u;
/** A role that is an age alone ("Ana Ruiz, 34, denied …"): the person, no role. */
const AGE = /^\d{1,3}$/u;
/** A clause on who the person is: no role to show ("Mara Holt, who chairs the board, said …"). */
const WHO = /^(?:who|whose)\s/u;

/**
 * The person a sentence reports as saying or answering something, named with a role in apposition
 * around the subject: "Ana Ruiz, the port's director, denied that the quay would close." (the name first,
 * then the role, an age or a "who" clause between commas) or "Kestrel Bank's chief economist, Ilse
 * Varga, rejected the reports." (the role first, the name between commas; see `matchApposedSaid`),
 * then the verb (`data/saying-verbs.yaml`'s verbs of saying and of answering). A day opening the
 * sentence is passed over (`withoutOpeningTime`). The name is a person's (`isPersonName`); a role
 * opening with a given name is another name in a list ("Ana Ruiz, Pedro Alves, and …"), none.
 * Asked of the one sentence before a quotation that stands alone, no attribution of its own.
 * @param sentence a sentence with no quotation
 * @returns the person with the role the apposition gives (null for an age or a clause), or null
 */
export function apposedReporter(sentence: string): Person | null {
  if (!COMMA.test(sentence)) return null;
  const text = withoutOpeningTime(sentence);
  nameFirst ??= new RegExp(String.raw`,\s([^,"“”;:()]{1,80}?)${verbAfterComma()}`, 'uy');
  const first = nameThenAt(text, 0, nameFirst);
  if (first) {
    const role = (first.after[1] as string).trim();
    const own = withoutLeadingTitles(text.slice(0, first.end));
    const opens = role.split(' ', 1)[0] as string;
    const roled = LOWER_WORD.test(role) && !(CAPITAL.test(opens) && isGivenName(opens));
    if (isPersonName(own.name) && (roled || AGE.test(role)))
      return {
        name: own.name,
        role: AGE.test(role) || WHO.test(role) ? own.role : role.replace(ROLE_ARTICLE, ''),
      };
  }
  roleFirst ??= new RegExp(verbAfterComma(), 'uy');
  const m = matchApposedSaid(text, roleFirst);
  if (!m?.[1] || !LOWER_WORD.test(m[1])) return null;
  const person = apposedPerson(m);
  return isPersonName(person.name) ? person : null;
}

/**
 * Whether a name set off so is a person's: two words or more, a given name first, and no word of a
 * body's name last ("Kestrel Bank, the operator's lender, denied …" is the bank's answer, no one's).
 * @param name a name after its titles
 */
function isPersonName(name: string): boolean {
  const words = name.split(' ');
  return words.length > 1 && isGivenName(words[0] as string) && !isOrganisationWord(words.at(-1) as string);
}
