// Names of a firm's sites ("Tarrant Stamping Plant", "Ostrel Assembly of Ostrel"): places of a firm, no actors.
import { endsAsOrganisation, withoutTrade } from './organisation-words.js';
import { isListedSiteNoun, isPlantNoun, namesAPlace } from './place-words.js';
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

/**
 * Whether the tokens around a name say it is one of a list of sites: it follows a noun of sites in lower
 * case and a comma, and the list goes on after it ("close its Dunmore plant, Tarrant Casting in Ostrel
 * and …"), or it follows "including" or "such as" closing a phrase of at most eight words headed by
 * such a noun in the plural ("rocket fire on bases used by trainers, including Kestrel Field and …";
 * `listedSites` in `data/place-words.yaml`). Not a body's nor a trade's name ("the plant, Kestrel
 * Motors, …"), nor a place's, which the brief keeps. Two briefs had an air base and a plant so listed
 * among their bodies.
 * @param tokens the sentence's tokens
 * @param from the name's first token
 * @param to the name's last token
 * @param form the name as written
 * @throws ZodError when the data file does not have its schema
 */
export function listedAsSite(tokens: readonly Token[], from: number, to: number, form: string): boolean {
  const before = tokenAt(tokens, from - 1)?.text;
  if (before === ',') {
    if (!isListedSiteNoun(tokenAt(tokens, from - 2)?.text ?? '')) return false;
    const next = tokenAt(tokens, to + 1)?.text;
    if (next !== 'in' && next !== ',' && next !== 'and') return false;
  } else if (before === 'including' || (before === 'as' && tokenAt(tokens, from - 2)?.text === 'such')) {
    if (!pluralSiteBefore(tokens, before === 'as' ? from - 3 : from - 2)) return false;
  } else return false;
  return !endsAsOrganisation(form) && withoutTrade(form) === null && !namesAPlace(form);
}

/** Whether a noun of sites in the plural stands among the eight tokens up to `at`, within its clause. */
function pluralSiteBefore(tokens: readonly Token[], at: number): boolean {
  for (let i = at; i >= 0 && i > at - 8; i--) {
    const word = (tokens[i] as Token).text;
    if (word === '.' || word === ';' || word === ':') return false;
    if (word.endsWith('s') && isListedSiteNoun(word)) return true;
  }
  return false;
}

const LOWER_FIRST = /^\p{Ll}/u;
