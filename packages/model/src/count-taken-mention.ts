// What a mention taken into an article's tally says of its entity: kind votes, forms, role and aliases.
import { absorb } from './absorb-entity.js';
import type { ArticleEntity, Mention, ReadSentence } from './article-entity.js';
import type { ActorKind } from './briefing.js';
import { SPOKE } from './english-cues.js';
import { nameKey } from './entity-index.js';
import type { EntityType } from './entity-tagger.js';
import type { CountedMention, EntityTally } from './entity-tally.js';
import { findRole, isTitle } from './find-roles.js';
import { isGivenName } from './given-names.js';
import {
  followsHoldingNoun,
  followsLaunchAdjective,
  kindModified,
  modelNounAfter,
  namesAnIndex,
  namesAPlan,
} from './kind-nouns.js';
import { afterPreposition, joinsList, modifiesNoun, pronounAfter } from './mention-context.js';
import { modelCodeAfter } from './model-code-after.js';
import { opensSentence } from './name-evidence.js';
import { isPersonalName, lastWord, THE } from './name-shapes.js';
import { endsAsOrganisation, isOrganisationHead, withoutTrade } from './organisation-words.js';
import { isOwned, sameOwner } from './possessed-bodies.js';
import { ACRONYM_FORM, definedAlias, isBareForm } from './short-forms.js';
import { listedAsSite, siteAfter } from './site-names.js';
import { isStopWord } from './text-stats.js';
import { isPossessiveMark, type Token, tokenAt } from './tokenize-words.js';

/** An indefinite article: what stands before a class's name, not a model's ("a Formula Two car"). */
const INDEFINITE = /^(?:a|an|A|An)$/;

/** The actor kind each of the tagger's types names; a name of no kind (MISC) none. */
export const KIND: Record<EntityType, ActorKind | null> = {
  PER: 'person',
  ORG: 'organisation',
  LOC: 'place',
  MISC: null,
};

/**
 * Counts a taken mention of an entity: its kind votes, forms, role and the aliases the text defines
 * there (apart from {@link tallyMention}, whose deoptimisations on rare branches recompiled both).
 */
export function countMention(
  t: EntityTally,
  r: number,
  one: ReadSentence,
  m: Mention,
  entity: ArticleEntity,
  core: string | null,
  named: ActorKind | null,
): void {
  const {
    read,
    index,
    byForm,
    typedPerson,
    typed,
    described,
    notOpening,
    titledNames,
    pronounced,
    modifiedAs,
    spoke,
    indexed,
    definite,
  } = t;
  const { sentence, tokens } = one;
  // "from Nvidia, Gigabyte, MSI and Asus": names a comma or "and" alone joins are listed together
  if (
    t.last !== null &&
    t.last.r === r &&
    t.last.entity !== entity &&
    joinsList(tokens, t.last.to + 1, m.from)
  ) {
    const before = t.last.entity;
    const a = t.listed.get(entity);
    if (a) a.push(before);
    else t.listed.set(entity, [before]);
    const b = t.listed.get(before);
    if (b) b.push(entity);
    else t.listed.set(before, [entity]);
  }
  const before = t.last !== null && t.last.r === r ? t.last : null;
  t.last = { r, from: m.from, to: m.to, type: m.type, entity };
  const form = m.form as string;
  const key = m.key as string;
  entity.mentions += 1;
  // "Brent crude", "Leerink analyst Tom Varga": a one-word name a noun after it says is a thing's or a
  // company's; "Brent said" says nothing against a person
  if (m.from === m.to && entity.entry === null) {
    const thing = kindModified(tokens, m.to);
    if (thing) modifiedAs.set(entity, thing);
    if (m.to + 1 < tokens.length && SPOKE.has((tokens[m.to + 1] as Token).text)) spoke.add(entity);
  }
  if (entity.entry === null && before !== null && afterBodysPossessive(tokens, before, m))
    t.bodysThings.set(entity, (t.bodysThings.get(entity) ?? 0) + 1);
  if (entity.entry === null && m.from === m.to && followsHoldingNoun(tokens, m.from)) t.heldIn.add(entity);
  if (entity.entry === null && modelCodeAfter(tokens, m.to)) entity.coded = (entity.coded ?? 0) + 1;
  // "the Tarrant Vista and Sable Crest cars": a name of two words or more before a vehicle's noun is a
  // model's as a name before a code is; not a body's ("the Kestrel Motors trucks"), nor a class's after
  // "a" ("a Formula Two car" of WikiGold)
  else if (
    entity.entry === null &&
    m.from < m.to &&
    !INDEFINITE.test(tokenAt(tokens, m.from - 1)?.text ?? '') &&
    modelNounAfter(tokens, m.to) &&
    !endsAsOrganisation(form) &&
    withoutTrade(form) === null
  )
    entity.coded = (entity.coded ?? 0) + 1;
  // "the Brackwater Casting plant", "Ostrel Assembly of Ostrel", "its Dunmore plant, Tarrant Casting in
  // Ostrel": a firm's site, or a site in a list of them, no actor
  if (
    entity.entry === null &&
    (siteAfter(tokens, m.from, m.to, form) || listedAsSite(tokens, m.from, m.to, form))
  )
    entity.sited = (entity.sited ?? 0) + 1;
  // "the Nikkei index", "the NRX 100 index": a market's index, named after or beside its maker
  if (entity.entry === null && namesAnIndex(tokens, m.to)) indexed.add(entity);
  // "the plan, called \"Fresh Start\"": a plan's name, no actor
  if (entity.entry === null && namesAPlan(tokens, m.from, m.to)) t.planNamed.add(entity);
  // "the completely new Orvane Castell": a product's name after a launch's adjective
  if (entity.entry === null && followsLaunchAdjective(tokens, m.from))
    t.launched.set(entity, (t.launched.get(entity) ?? 0) + 1);
  // "the Taurus", "the Falcon's bodyshell": a thing's one-word name after "the" (not a modifier before a
  // noun: "the Creole service" of GMB train, a broadcaster's)
  if (
    entity.entry === null &&
    m.from === m.to &&
    m.from > 0 &&
    THE.test((tokens[m.from - 1] as Token).text) &&
    !modifiesNoun(tokens, m.to)
  ) {
    const forms = definite.get(entity) ?? new Set<string>();
    forms.add(form);
    definite.set(entity, forms);
  }
  // "builds the Halvard Corsair": a name of two words or more after "the", which a maker's model takes
  // and a company's name seldom does; not one before a noun ("the Halvard Defence unit"), a function word
  // after it is none ("renames the Halvard Five Hundred to …")
  if (
    entity.entry === null &&
    m.from < m.to &&
    m.from > 0 &&
    THE.test((tokens[m.from - 1] as Token).text) &&
    !(modifiesNoun(tokens, m.to) && !isStopWord(tokenAt(tokens, m.to + 1)?.text ?? ''))
  )
    entity.definiteFull = (entity.definiteFull ?? 0) + 1;
  if (m.entry === null && !notOpening.has(entity) && (m.from !== m.to || !opensSentence(tokens, m.from)))
    notOpening.add(entity);
  if (m.type === 'PER') typedPerson.set(entity, (typedPerson.get(entity) ?? 0) + 1);
  if (entity.kind === 'person' && !pronounced.has(entity) && pronounAfter(read, r, m.to))
    pronounced.add(entity);
  const kind = m.type ? KIND[m.type] : null;
  if (entity.entry === null && kind) {
    const votes = typed.get(entity) ?? new Map<ActorKind, number>();
    // "the United States Coast Guard" read as a place as a whole: the tagger saw the country's name,
    // and says nothing of what the rest is
    if (!(kind === 'place' && core) && !surnameOfPerson(entity, m, form, kind, typedPerson))
      votes.set(kind, (votes.get(kind) ?? 0) + 1);
    typed.set(entity, votes);
  }
  if (entity.entry === null && named) {
    const said = described.get(entity) ?? new Map<ActorKind, number>();
    said.set(named, (said.get(named) ?? 0) + 1);
    described.set(entity, said);
  }
  if (!entity.forms.includes(form)) entity.forms.push(form);
  if (core && !entity.forms.includes(core)) entity.forms.push(core);
  byForm.set(key, entity);
  // "the Air Force" after "the US Air Force": the name without its country, said again, is the same
  // (then the latest country's: "Peru's Foreign Ministry", "the Chilean Foreign Ministry", "the Foreign
  // Ministry": Chile's, as the name alone after a possessive's)
  if (core) {
    const bare = byForm.get(nameKey(core));
    if (!bare || (isOwned(bare) && !sameOwner(bare, entity))) byForm.set(nameKey(core), entity);
  }
  if (entity.kind === 'person') entity.role ??= findRole(sentence, tokens, m.from, m.to);
  // "ICRA vice-president Kinjal Shah", "A spokesman for the prime minister, Abdulkadir Walayo,": a
  // name of two or three personal words, read as a body's or a place's, right after a title word, or
  // opening with a given name and with a role beside it (not one ending on "of the": "director of
  // the La Opinion"), is a person's
  else if (
    entity.entry === null &&
    m.to > m.from &&
    m.to - m.from <= 2 &&
    isPersonalName(form) &&
    ((m.from > 0 && isTitle((tokens[m.from - 1] as Token).text)) ||
      (isGivenName((tokens[m.from] as Token).text) &&
        !LINK_END.test(findRole(sentence, tokens, m.from, m.to) ?? ' of')))
  )
    titledNames.add(entity);
  const defined = definedAlias(sentence, (tokens[m.to] as Token).end, form, afterPreposition(tokens, m.from));
  // a place's name in brackets after it is a dateline's credit ("Hong Kong (CNN Business)") or a
  // region's ("Springfield (Illinois)"), no other name of it; an acronym may be ("Bosnia and Herzegovina
  // (BiH)")
  if (
    defined &&
    index.lookup(defined) === undefined &&
    ((entity.kind !== 'place' && entity.kind !== 'country') || ACRONYM_FORM.test(defined))
  ) {
    const said = byForm.get(nameKey(defined));
    if (!said) byForm.set(nameKey(defined), entity);
    // an acronym used before the text spells it out ("the JRB met", then "the Joint Review
    // Board (JRB)") was an entity of its own until here: it is this one
    else if (said !== entity && ACRONYM_FORM.test(defined) && isBareForm(said, defined))
      absorb(t, entity, said);
  }
  // so was a body's head noun said first ("Commission to table lower gas cap", a headline over "The
  // European Commission will propose")
  const head = entity.kind === 'organisation' && form.includes(' ') ? lastWord(form) : '';
  if (head && isOrganisationHead(head)) {
    const said = byForm.get(nameKey(head));
    if (said && said !== entity && isBareForm(said, head)) absorb(t, entity, said);
  }
}

/**
 * Whether a mention is the last word alone of a full name the tagger read as a person's, read now as
 * another kind: "Kirstie Alley is another celebrity …", then "Alley said", "Alley explained" — the
 * tagger read each "Alley" alone as a body, and 40 such votes outweighed the full name's one. The word
 * alone says nothing the full name has not.
 */
function surnameOfPerson(
  entity: ArticleEntity,
  m: Mention,
  form: string,
  kind: ActorKind,
  typedPerson: ReadonlyMap<ArticleEntity, number>,
): boolean {
  if (m.from !== m.to || kind === 'person' || (typedPerson.get(entity) ?? 0) === 0) return false;
  for (const f of entity.forms) if (f.length > form.length && f.endsWith(` ${form}`)) return true;
  return false;
}

/**
 * Whether a mention stands right after a body's possessive ("Kestrel TV's Morning Hour", "Tarvik's Osprey
 * V"), where a body names what it has: a programme, a product, a unit. Not a name a given name opens, nor
 * a one-word name read as a person's ("Kestrel TV's Ana Brisk", "the union's Brisk": its people), nor one
 * a lower-case noun follows ("Tarvik's Ostrel plant": a place named for what is there).
 * @param tokens the sentence's tokens
 * @param before the mention counted last in the sentence
 * @param m the mention
 */
function afterBodysPossessive(tokens: readonly Token[], before: CountedMention, m: Mention): boolean {
  return (
    before.to + 2 === m.from &&
    isPossessiveMark((tokens[m.from - 1] as Token).text) &&
    readsAsBody(before) &&
    !(m.from === m.to && m.type === 'PER') &&
    !isGivenName((tokens[m.from] as Token).text) &&
    !modifiesNoun(tokens, m.to)
  );
}

/**
 * Whether a counted mention names a body: read as one, or by its words whatever the tagger read there
 * ("Dalvik Aerospace's" read as a person's).
 * @param c the counted mention
 */
function readsAsBody(c: CountedMention): boolean {
  const { entity } = c;
  // not a country's or a place's, whose possessive goes before its own places ("Ostrel's Tarn Airport")
  if (entity.entry !== null && entity.kind !== 'organisation') return false;
  if (
    entity.kind === 'organisation' ||
    (c.type === 'ORG' && entity.kind !== 'person' && entity.kind !== 'place')
  )
    return true;
  return endsAsOrganisation(entity.name) || withoutTrade(entity.name) !== null;
}

/** A role that ends on a link word ("director of the", "spokesman for the") is a title of the body after it. */
const LINK_END = /\s(?:of|the|for|at|in|on|to|with)$/i;
