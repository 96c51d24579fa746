import type { ArticleEntity, ReadSentence } from './article-entity.js';
import { type EntityIndex, nameKey } from './entity-index.js';
import { CAPITAL_FIRST } from './name-shapes.js';
import {
  isCommonWordOfBodies,
  isOrganisationHead,
  isOrganisationWord,
  isTradeWord,
} from './organisation-words.js';

/**
 * Joins a name that runs two names of the article into one across a boundary the text marks to the
 * names it runs together: two names a hyphen joins, each named alone elsewhere in the article ("the
 * Norvale-Kestrel Union deal" beside "Norvale" and "the Kestrel Union"), or a known place's or country's
 * name that closes a town's address, run into a name the article names alone ("… in Dunmore, Ohio
 * Halvard's shares fell" beside "Halvard": a list's last item run into the next sentence). Each of the
 * names takes the run-on's mentions (not its form, which names neither), a place the article names only
 * there becoming an entity of its own; the run-on is no entity of its own. Not a name the gazetteer
 * knows, nor where the rest is only a body's head word, a trade's or a word common to bodies' names
 * ("Ohio Assembly"), nor where the name alone is said no more often than the run-on, nor a place that
 * opens the name elsewhere than after a town and a comma ("the Ohio Ferrymen" beside "the Ferrymen").
 * @param entities the article's entities, kinds decided
 * @param index the known names
 * @param read the article's sentences as read, for where each mention stands
 * @returns them without the run-on names, with the places made
 */
export function joinRunOnNames(
  entities: ArticleEntity[],
  index: EntityIndex,
  read: readonly ReadSentence[],
): ArticleEntity[] {
  let byForm: Map<string, ArticleEntity | null> | undefined;
  const joined = new Set<ArticleEntity>();
  const added: ArticleEntity[] = [];
  for (const e of entities) {
    if (e.entry !== null || !e.forms.every((f) => f.includes('-') || f.includes(' '))) continue;
    byForm ??= entitiesByForm(entities);
    const parts = runOnParts(e, byForm, index, read);
    if (parts === null) continue;
    for (const p of parts) {
      p.mentions += e.mentions;
      if (!entities.includes(p)) added.push(p);
    }
    joined.add(e);
  }
  return joined.size === 0 ? entities : [...entities.filter((e) => !joined.has(e)), ...added];
}

/** A new entity of the known place `entry`, said as `form` (its mentions counted by the caller). */
function placeEntity(index: EntityIndex, entry: number, form: string): ArticleEntity {
  const known = index.entries[entry];
  return {
    name: known?.name ?? form,
    kind: known?.kind ?? 'place',
    entry,
    forms: [form],
    mentions: 0,
    role: null,
    country: null,
  };
}

/** The article's entities by the key of each form; null for a form two entities share. */
function entitiesByForm(entities: readonly ArticleEntity[]): Map<string, ArticleEntity | null> {
  const out = new Map<string, ArticleEntity | null>();
  for (const e of entities)
    for (const f of e.forms) {
      const k = nameKey(f);
      out.set(k, out.has(k) && out.get(k) !== e ? null : e);
    }
  return out;
}

/**
 * The entities a run-on name `e` joins ({@link joinRunOnNames}), the same for each of its forms, or null
 * when it is no run-on.
 */
function runOnParts(
  e: ArticleEntity,
  byForm: Map<string, ArticleEntity | null>,
  index: EntityIndex,
  read: readonly ReadSentence[],
): ArticleEntity[] | null {
  let parts: ArticleEntity[] | null = null;
  let addressed: boolean | undefined;
  for (const form of e.forms) {
    let found = hyphenParts(e, form, byForm);
    if (found === null) {
      addressed ??= afterTownAndComma(e, read);
      if (addressed) found = placeLedParts(e, form, byForm, index);
    }
    if (found === null) return null;
    if (parts !== null && (parts.length !== found.length || parts.some((p, i) => p !== found[i])))
      return null;
    parts = found;
  }
  return parts;
}

/**
 * Whether each mention of `e` stands right after a capitalised word and a comma ("Dunmore, Ohio
 * Halvard"): the place closes a town's address, and what follows it is a name of its own. A place
 * opening a name elsewhere is the name's ("the Ohio Ferrymen" beside "the Ferrymen").
 */
function afterTownAndComma(e: ArticleEntity, read: readonly ReadSentence[]): boolean {
  let any = false;
  for (const { tokens, mentions } of read)
    for (const m of mentions) {
      if (m.entry !== null || m.form === undefined || !e.forms.includes(m.form)) continue;
      if (tokens[m.from - 1]?.text !== ',' || !CAPITAL_FIRST.test(tokens[m.from - 2]?.text ?? ''))
        return false;
      any = true;
    }
  return any;
}

/** The two entities named alone that a hyphen joins in `form` ("Norvale-Kestrel Union"), or null. */
function hyphenParts(
  e: ArticleEntity,
  form: string,
  byForm: ReadonlyMap<string, ArticleEntity | null>,
): ArticleEntity[] | null {
  for (let at = form.indexOf('-'); at > 0; at = form.indexOf('-', at + 1)) {
    const left = form.slice(0, at);
    const right = form.slice(at + 1);
    if (!CAPITAL_FIRST.test(right)) continue;
    const a = byForm.get(nameKey(left));
    const b = byForm.get(nameKey(right));
    if (a && b && a !== b && a !== e && b !== e) return [a, b];
  }
  return null;
}

/**
 * The entity of the name a known place's or country's name runs into in `form` ("Ohio Halvard"), named
 * alone more often than `e`, and the place's own entity when the article has one; or null.
 */
function placeLedParts(
  e: ArticleEntity,
  form: string,
  byForm: Map<string, ArticleEntity | null>,
  index: EntityIndex,
): ArticleEntity[] | null {
  const words = form.split(' ');
  // a place's name of one to three words: "Ohio", "New South Wales"
  for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
    const place = words.slice(0, n).join(' ');
    const entry = index.lookup(place);
    const kind = entry === undefined ? undefined : index.entries[entry]?.kind;
    if (kind !== 'place' && kind !== 'country') continue;
    const rest = words.slice(n);
    const first = rest[0] as string;
    if (!CAPITAL_FIRST.test(first)) return null;
    if (
      rest.every(
        (w) => isOrganisationWord(w) || isOrganisationHead(w) || isTradeWord(w) || isCommonWordOfBodies(w),
      )
    )
      return null;
    // the name alone said more often than the run-on: a name the article gives only with its place is
    // the place's own (GMB dev, GMB train's first 1,200 articles, WikiGold: no such run-on found)
    const named = byForm.get(nameKey(rest.join(' ')));
    if (!named || named === e || named.mentions <= e.mentions) return null;
    const own = byForm.get(nameKey(place));
    if (own === named || own === e) return null;
    // the place said only in the run-on is an entity of its own, as the gazetteer names it
    if (own) return [named, own];
    const made = placeEntity(index, entry as number, place);
    byForm.set(nameKey(place), made);
    return [named, made];
  }
  return null;
}
