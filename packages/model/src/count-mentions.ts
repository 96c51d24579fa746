import type { ArticleEntity, Mention, ReadSentence } from './article-entity.js';
import type { ActorKind } from './briefing.js';
import { countMention, KIND } from './count-taken-mention.js';
import { countryOf, withoutCountry } from './country-before-name.js';
import { nameKey } from './entity-index.js';
import type { EntityTally } from './entity-tally.js';
import { kindByContext } from './kind-by-context.js';
import { namesCapitalAsTown, rereadAsSurname } from './known-place-mentions.js';
import { followsTitleOf, modifiesNoun } from './mention-context.js';
import { opensWithPlaceAdjective, stripParticle, THE } from './name-shapes.js';
import { namesNothing, namesNothingByShape } from './no-name-mentions.js';
import { placeLedKind, travelCodeKind } from './place-led-names.js';
import {
  type BodyOwner,
  bodyOfCountry,
  countryOwner,
  namedOwner,
  organisationOwned,
  ownedBody,
} from './possessed-bodies.js';
import { shortFormOf } from './short-forms.js';
import type { Token } from './tokenize-words.js';

/** Takes one mention of sentence `r` into the tally: a new entity, or one more mention of one. */
export function tallyMention(
  t: EntityTally,
  r: number,
  one: ReadSentence,
  m: Mention,
  foreign: boolean,
): void {
  const { index } = t;
  const { sentence, tokens } = one;
  const form = m.form as string;
  const key = m.key as string;
  if (namesNothing(t, r, one, m, foreign)) return;
  markNoPerson(t, tokens, m);
  if (namesNothingByShape(one, m)) return;
  // "outside the Stockholm central station", "died in a Paris hospital": a capital naming a facility
  // is the city where it is, no mention of its country
  // "Fulton County, Georgia": a country's name the article reads as another country's state is that
  // state, apart from the country (its people's adjective, "Georgians", is no actor of its own)
  const state = m.entry !== null && t.asSubdivision.has(m.entry);
  if (state && form !== index.entries[m.entry as number]?.name) return;
  // "Athens, Georgia", then "Athens police said": a capital the article places in a subdivision, where
  // it names the capital's country no other way, is the town
  const city = m.entry !== null && (state || namesCapitalAsTown(t, tokens, m));
  rereadAsSurname(t, tokens, m);
  if (city) {
    m.entry = null;
    m.type = 'LOC';
  }
  let entity = foundEntity(t, one, m, city);
  // "US Federal Grain Board", "French Foreign Legion": a country's name or demonym before a name
  const core = m.entry === null ? withoutCountry(form, index) : null;
  if (!entity && core) entity = bodyAfterCountry(t, form, core);
  // "Turkey's Foreign Ministry" beside "Pakistan's Foreign Ministry": a country's possessive keys the body
  // with its country, as its adjective does; another owner's the article names, with that owner ("the
  // Tarnby Party's" and "the Valdor Party's Central Committee")
  const owner = core === null && m.entry === null && !city ? ownerBefore(t, r, one, m) : null;
  if (owner) entity = ownedBody(entity, owner, key, t.entities);
  const named = kindByContext(t, tokens, m) ?? placeLedKind(t, tokens, m) ?? travelCodeKind(t, r, tokens, m);
  if (!entity) {
    const kind =
      m.entry !== null ? (index.entries[m.entry]?.kind ?? 'other') : ((m.type && KIND[m.type]) ?? named);
    if (!kind) return;
    entity = addEntity(t, m, kind, core, owner, city);
  }
  // "the U.N.'s Food and Agriculture Organization": an organisation's possessive names its body too
  const withOwner = owner?.name ?? (city ? null : organisationOwned(sentence, tokens, m.from, form, index));
  if (withOwner && !entity.forms.includes(withOwner)) entity.forms.push(withOwner);
  countMention(t, r, one, m, entity, core, named);
}

/**
 * Marks a mention's key as no person's: a name after "the" ("the Kennedy Space Center") or after a
 * title's "of", for the given-name rule of settleEntities.
 */
function markNoPerson(t: EntityTally, tokens: readonly Token[], m: Mention): void {
  // a name after "the" is no person's, for the given-name rule of settleEntities ("the Kennedy Space
  // Center"); but a one-word name before the noun it modifies may be ("the Philips campaign" of "Karl
  // Philips", a candidate a tagger read as the company; eval:actors unchanged)
  if (
    m.from > 0 &&
    ((THE.test((tokens[m.from - 1] as Token).text) && !(m.from === m.to && modifiesNoun(tokens, m.to))) ||
      followsTitleOf(tokens, m.from))
  )
    t.noPersonKeys.add(m.key as string);
}

/**
 * The entity a mention names that the tally holds already: the town's of a capital read as one, the
 * known entry's, the form's; else, of a name no gazetteer knows, the entity it is a short form of.
 */
function foundEntity(
  t: EntityTally,
  one: ReadSentence,
  m: Mention,
  city: boolean,
): ArticleEntity | undefined {
  const key = m.key as string;
  let entity = city ? t.cities.get(key) : m.entry !== null ? t.byEntry.get(m.entry) : t.byForm.get(key);
  if (!entity && m.entry === null && !city) {
    const form = m.form as string;
    entity = shortFormOf(form, one.sentence, one.tokens, m, t.entities, t.keys);
    const surnameOf = entity && stripParticle(entity.name.split(/\s+/).at(-1) as string);
    if (entity && m.type === 'PER' && entity.entry === null && surnameOf === stripParticle(form))
      entity.kind = 'person';
  }
  return entity;
}

/**
 * The entity of the name after a country's name or demonym (`core` of `form`), when it is not another
 * country's body.
 */
function bodyAfterCountry(t: EntityTally, form: string, core: string): ArticleEntity | undefined {
  const { index } = t;
  // not another country's ("UAE Air Force" beside "US Air Force": one "Air Force" each)
  const bare = t.byForm.get(nameKey(core));
  const country = countryOf(form, core, index);
  if (!bare || (bare.owner === undefined && (bare.country === null || bare.country === country))) return bare;
  // "the Pakistani Foreign Ministry" after "Pakistan's" and "Turkey's Foreign Ministry": its own country's
  if (country !== null) return bodyOfCountry(t.entities, country, nameKey(core));
  return undefined;
}

/** The owner a possessive before a body's name says it is of: a country, else a name just counted. */
function ownerBefore(t: EntityTally, r: number, one: ReadSentence, m: Mention): BodyOwner | null {
  const { sentence, tokens } = one;
  const form = m.form as string;
  return (
    countryOwner(sentence, tokens, m.from, form, t.index) ??
    (t.last !== null && t.last.r === r ? namedOwner(sentence, tokens, m.from, form, t.last) : null)
  );
}

/**
 * A new entity of kind `kind` for a mention, put in the tally: named as its entry, its owner or its
 * form, keyed by its entry, and by its key when it is a capital read as a town.
 */
function addEntity(
  t: EntityTally,
  m: Mention,
  kind: ActorKind,
  core: string | null,
  owner: BodyOwner | null,
  city: boolean,
): ArticleEntity {
  const { index } = t;
  const form = m.form as string;
  const entity: ArticleEntity = {
    // "Halvorsen Resources Inc", not "Toronto-listed Halvorsen Resources Inc" (a form still)
    name:
      m.entry !== null
        ? (index.entries[m.entry]?.name ?? form)
        : owner
          ? owner.name
          : core && opensWithPlaceAdjective(form)
            ? core
            : form,
    kind,
    entry: m.entry,
    forms: [],
    mentions: 0,
    role: null,
    country: owner ? owner.country : core ? countryOf(form, core, index) : null,
  };
  if (owner?.owner !== undefined) entity.owner = owner.owner;
  t.entities.push(entity);
  t.keys.add(entity);
  if (m.entry !== null) t.byEntry.set(m.entry, entity);
  if (city) t.cities.set(m.key as string, entity);
  return entity;
}
