// Names of a firm's sites ("Tarrant Stamping Plant", "Ostrel Assembly of Ostrel"): places of a firm, no actors.
import { endsAsOrganisation, withoutTrade } from './organisation-words.js';
import { isPlantNoun, namesAPlace } from './place-words.js';
import { type Token, tokenAt } from './tokenize-words.js';

/**
 * Whether a name names a firm's site by its words: its head noun (its last word, or its last before
 * "of") is a noun of a firm's works ("Dunmore Engine Plant", "Tarrant Stamping Plant of Tarrant";
 * `plants` in `data/place-words.yaml`), or the words after its "of" open it too, a site named by its
 * town and of that town ("Ostrel Assembly of Ostrel"): a legislature or a bank of a place is named by
 * the place once ("National Assembly of Varnland", "Bank of Ostrel").
 * @param name a name
 * @throws ZodError when the data file does not have its schema
 */
export function namesASite(name: string): boolean {
  const of = name.indexOf(' of ');
  const head = of < 0 ? name : name.slice(0, of);
  const space = head.lastIndexOf(' ');
  if (space < 0) return false;
  if (isPlantNoun(head.slice(space + 1))) return true;
  if (of < 0) return false;
  const town = name.slice(of + 4);
  return town.length > 0 && head.startsWith(`${town} `);
}

/**
 * Whether the tokens after a name of two words or more say it names a firm's site: a noun of a firm's
 * works right after it, in lower case ("the Brackwater Casting plant"), or "of" and the name's own first
 * word ("Ostrel Assembly of Ostrel", where the tagger cut the name before "of"). Before a noun of works,
 * not a body's name ("the Kestrel Motors plant", "the Halvard Group factory": the firm that owns it) nor
 * a place's ("the Ostrel Valley plant").
 * @param tokens the sentence's tokens
 * @param from the name's first token
 * @param to the name's last token
 * @param form the name as written
 * @throws ZodError when the data file does not have its schema
 */
export function siteAfter(tokens: readonly Token[], from: number, to: number, form: string): boolean {
  if (from >= to) return false;
  const next = tokenAt(tokens, to + 1)?.text ?? '';
  // named by its town and of that town: what its head noun is says nothing more ("Assembly" ends a
  // legislature's name as well)
  if (next === 'of') return tokenAt(tokens, to + 2)?.text === (tokens[from] as Token).text;
  return (
    LOWER_FIRST.test(next) &&
    isPlantNoun(next) &&
    !endsAsOrganisation(form) &&
    withoutTrade(form) === null &&
    !namesAPlace(form)
  );
}

const LOWER_FIRST = /^\p{Ll}/u;
