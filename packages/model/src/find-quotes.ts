import type { Article } from './article.js';
import type { Quote } from './briefing.js';
import { cite } from './citation.js';
import { findPeople, NAME, type Person, surname } from './find-people.js';
import type { Sentence } from './sentences.js';

const QUOTED = /["“]([^"“”]{12,}?)["”]/gu;
const SAID_NAME = new RegExp(
  String.raw`(?:said|says|added|stressed|noted|explained|told\s[\p{L}-]+)\s(${NAME})`,
  'u',
);
const NAME_SAID = new RegExp(String.raw`(${NAME})\s(?:said|says|added|stressed|noted|explained|told)\b`, 'u');
const PRONOUN_SAID = /\b(?:he|she)\s(?:said|says|added|told|stressed|noted|explained)\b/iu;
const ACCORDING_TO =
  /according to (?:an? |the )?((?:[\p{Lu}][\p{L}-]*\s?){1,4})(statement|spokesman|spokesperson|official|officials|report|source|sources)?/u;

/**
 * Finds direct quotes and who said them: a name after "said"/"told", a name before "said", a
 * pronoun resolved to the person last introduced, or "according to a Pentagon statement".
 * @param article the source
 * @param sentences its sentences
 * @param people registry of people introduced so far (name → role), filled as sentences are read
 * @returns the quotes, in text order
 */
export function findQuotes(
  article: Article,
  sentences: readonly Sentence[],
  people: Map<string, Person>,
): Quote[] {
  const quotes: Quote[] = [];
  let lastPerson: Person | null = null;
  for (const s of sentences) {
    for (const p of findPeople(s.text)) {
      const known = people.get(p.name) ?? p;
      people.set(p.name, { name: p.name, role: known.role ?? p.role });
      lastPerson = people.get(p.name) as Person;
    }
    const parts = [...s.text.matchAll(QUOTED)].map((m) => (m[1] as string).trim());
    if (parts.length === 0) continue;
    const outside = s.text.replace(QUOTED, ' ');
    let speaker: Person | null = null;
    const named = SAID_NAME.exec(outside)?.[1] ?? NAME_SAID.exec(outside)?.[1];
    if (named) speaker = resolve(named, people) ?? { name: named, role: null };
    else {
      const bySurname = [...people.values()].find((p) =>
        new RegExp(`\\b${surname(p.name)}\\s(?:said|says|added|told)\\b`, 'u').test(outside),
      );
      if (bySurname) speaker = bySurname;
      else if (PRONOUN_SAID.test(outside) && lastPerson) speaker = lastPerson;
      else {
        const according = ACCORDING_TO.exec(outside);
        if (according)
          speaker = { name: `${according[1]?.trim()}${according[2] ? ` ${according[2]}` : ''}`, role: null };
      }
    }
    if (speaker === null) continue;
    if (speaker.role === null || speaker.name.split(' ').length >= 2)
      lastPerson = speaker.role ? speaker : lastPerson;
    quotes.push({
      text: parts.join(' … '),
      speaker: speaker.name,
      role: speaker.role,
      sourceId: article.id,
      citations: [cite(article, s.start, s.end)],
    });
  }
  return quotes;
}

function resolve(name: string, people: Map<string, Person>): Person | null {
  const exact = people.get(name);
  if (exact) return exact;
  for (const p of people.values()) if (p.name.endsWith(` ${name}`) || surname(p.name) === name) return p;
  return null;
}
