import type { ArticleEntity } from './article-entity.js';
import { nameKey } from './entity-index.js';
import { CAPITAL_FIRST } from './name-shapes.js';

/**
 * Splits a name that runs an acronym into the name it stands for ("the NTRF Norvale Transit Relief
 * Fund", "the Norvale Transit Relief Fund NTRF": the text writes the two side by side) into the name
 * with the acronym as its alias: the entity is named by the full name, keeps the acronym as a form, and
 * takes in the article's entities said by the acronym alone or by the full name alone. The acronym's
 * letters must be the initials of the name's capitalised words, all of them and in order, so a name
 * opening with a code of its own ("the KX Norvale Ferry") stays whole. Only a name no gazetteer knows,
 * and only when every form of it is such a run-on.
 * @param entities the article's entities, kinds decided
 * @returns them with each run-on renamed and the entities it took in left out
 */
export function splitAcronymRunOns(entities: ArticleEntity[]): ArticleEntity[] {
  const taken = new Set<ArticleEntity>();
  for (const e of entities) {
    if (e.entry !== null || taken.has(e)) continue;
    const split = e.forms.map(acronymAndName);
    if (split.length === 0 || split.some((s) => s === null)) continue;
    const pairs = split as [string, string][];
    const wanted = new Set(pairs.flatMap(([a, n]) => [nameKey(a), nameKey(n)]));
    const forms = [...new Set(pairs.flatMap(([a, n]) => [n, a]))];
    for (const o of entities) {
      if (o === e || taken.has(o) || !o.forms.every((f) => wanted.has(nameKey(f)))) continue;
      // a gazetteer's entry said by the acronym or the name keeps its own name and kind
      if (o.entry !== null) continue;
      e.mentions += o.mentions;
      for (const f of o.forms) if (!forms.includes(f)) forms.push(f);
      taken.add(o);
    }
    e.forms = forms;
    e.name = pairs[0]?.[1] as string;
  }
  return taken.size === 0 ? entities : entities.filter((e) => !taken.has(e));
}

/**
 * The acronym and the name of a form that runs one into the other, the acronym first or last
 * ("NTRF Norvale Transit Relief Fund"), or null when the form is no such run-on.
 */
function acronymAndName(form: string): [string, string] | null {
  const words = form.split(' ');
  if (words.length < 3) return null;
  const first = words[0] as string;
  const last = words[words.length - 1] as string;
  if (spellsInitials(first, words.slice(1))) return [first, words.slice(1).join(' ')];
  if (spellsInitials(last, words.slice(0, -1))) return [last, words.slice(0, -1).join(' ')];
  return null;
}

/**
 * Whether `acronym`, two capitals or more and nothing else, is the initials of the capitalised `words`
 * in order (a small word between them, "of", "for", is passed over or spelled: "NFR" and "NFFR" both
 * stand for "Norvale Fund for Ferries").
 */
function spellsInitials(acronym: string, words: readonly string[]): boolean {
  if (!/^\p{Lu}{2,8}$/u.test(acronym)) return false;
  if (!words.every((w) => CAPITAL_FIRST.test(w) || /^\p{Ll}{1,4}$/u.test(w))) return false;
  if (!CAPITAL_FIRST.test(words[0] as string) || !CAPITAL_FIRST.test(words[words.length - 1] as string))
    return false;
  const capitals = words.filter((w) => CAPITAL_FIRST.test(w)).map((w) => w[0]);
  const all = words.map((w) => w[0]?.toUpperCase());
  return capitals.join('') === acronym || all.join('') === acronym;
}
