// Joins people by surname: a surname alone joins the one full name, and same surname and first name are one.
import { type Group, mergeInto } from './actor-group.js';
import type { ArticleEntity } from './find-entities.js';
import { surname } from './find-people.js';
import { isGivenName } from './given-names.js';
import { nameParticles } from './name-particles.js';

// the surname before a generation's suffix ("Kennedy" of "James P. Kennedy Jr."), see `surname`
const surnameKey = (name: string) =>
  surname(name)
    .replace(/^(?:al|el|ad|as|ash|an|ar|at|az)-/i, '')
    .toLowerCase();

/**
 * Whether a name is a surname alone: one word, or one after the particles of European surnames ("Van
 * Rossum", "von der Leyen"; not an Arabic "Al", a given name in "Al Gore").
 */
function isSurnameAlone(name: string): boolean {
  const { inside } = nameParticles();
  return name
    .split(/\s+/)
    .slice(0, -1)
    .every((w) => inside.has(w.toLowerCase()));
}

/**
 * Whether two names are full names of one surname and other given names: two people ("Myles Garrett" of
 * a football report, "Wendy Garrett" of a science one, each also "Garrett").
 */
function otherGivenNames(a: string, b: string): boolean {
  const x = a.indexOf(' ');
  const y = b.indexOf(' ');
  return (
    x > 0 &&
    y > 0 &&
    a.slice(0, x) !== b.slice(0, y) &&
    !isSurnameAlone(a) &&
    !isSurnameAlone(b) &&
    surnameKey(a) === surnameKey(b)
  );
}

/** Whether a person's group and a person's entity that share a form (the surname) are two people. */
export function otherPerson(g: Group, e: ArticleEntity): boolean {
  return g.kind === 'person' && e.kind === 'person' && otherGivenNames(g.name, e.name);
}

/**
 * Whether a surname's group also holds a full name of another given name than the person's: "Garrett"
 * of a source that wrote "Wendy Garrett" is not the "Myles Garrett" of another, whose aliases she had
 * joined.
 */
function namesAnother(g: Group, person: Group): boolean {
  for (const form of g.forms.keys()) if (otherGivenNames(form, person.name)) return true;
  return false;
}

/**
 * The full names of three words or more a given name opens, by each inner word in lower case (neither
 * the given name nor the surname: "etienne" of "Camille Etienne Gbedey").
 * @param full the full names by surname
 */
function innerWords(full: ReadonlyMap<string, Group[]>): Map<string, Group[]> {
  const out = new Map<string, Group[]>();
  for (const list of full.values())
    for (const g of list) {
      const words = g.name.split(' ');
      // a name a given name opens, no span the tagger ran on ("Minnesotan Scott LeDoux")
      if (words.length < 3 || !isGivenName(words[0] as string)) continue;
      for (const w of new Set(words.slice(1, -1).map((x) => x.toLowerCase()))) {
        const had = out.get(w) ?? [];
        had.push(g);
        out.set(w, had);
      }
    }
  return out;
}

/** People by surname: a surname alone joins the one full name; same surname and first name are one. */
export function mergePeople(groups: Group[]): Group[] {
  const full = new Map<string, Group[]>();
  for (const g of groups) {
    if (g.kind !== 'person' || isSurnameAlone(g.name)) continue;
    const list = full.get(surnameKey(g.name)) ?? [];
    list.push(g);
    full.set(surnameKey(g.name), list);
  }
  const gone = new Set<Group>();
  const into = (target: Group, g: Group) => {
    mergeInto(target, g);
    gone.add(g);
  };
  for (const list of full.values()) {
    // known people first: a spelling the gazetteer lacks joins the known name
    list.sort((a, b) => Number(b.known) - Number(a.known) || b.mentions - a.mentions);
    // the first name of each opening (three letters, any case) takes every later one the gazetteer does
    // not know: what comparing every two in turn did, in one pass (that grew with the square of the
    // full names of one surname, 1.1–1.4 CPU s for 8,000 "Smith"s of as many openings; session 90)
    const first = new Map<string, Group>();
    for (const b of list) {
      const opening = b.name.slice(0, 3).toLowerCase();
      const a = first.get(opening);
      if (a === undefined) first.set(opening, b);
      else if (!b.known) into(a, b);
    }
  }
  let inner: Map<string, Group[]> | undefined;
  for (const g of groups) {
    // "Ruiz" alone, even tagged as an organisation ("the Ruiz administration"), is the one Ruiz; but a
    // one-word organisation or place named more often than the person is one in its own right ("Varrow"
    // across a brief on carmakers, not the "Michigan Varrow" a tagger made of "Dearborn, Michigan Varrow's")
    if (gone.has(g) || !isSurnameAlone(g.name) || g.known) continue;
    let candidates = (full.get(surnameKey(g.name)) ?? []).filter((c) => !gone.has(c));
    // "Etienne said" of "Camille Etienne Gbedey", "López" of "Andrés Manuel López Obrador": a word
    // alone that is an inner word of one full name of three words or more, when no name ends on it, in
    // the sources of that name ("Edward" of another page is not "Arthur Edward Waite")
    if (candidates.length === 0) {
      inner ??= innerWords(full);
      candidates = (inner.get(g.name.toLowerCase()) ?? []).filter(
        (c) => !gone.has(c) && [...g.sources].every((id) => c.sources.has(id)),
      );
    }
    const person = candidates.length === 1 ? (candidates[0] as Group) : undefined;
    if (person && (g.kind === 'person' || person.mentions >= g.mentions) && !namesAnother(g, person))
      into(person, g);
  }
  return groups.filter((g) => !gone.has(g));
}
