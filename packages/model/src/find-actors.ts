import { AliasTrie } from './alias-trie.js';
import type { Article } from './article.js';
import type { Actor } from './briefing.js';
import { type Person, surname } from './find-people.js';
import type { GazetteerEntry } from './gazetteer.js';

const MAX_ACTORS = 40;

/** Matches every alias of a gazetteer in one pass, longest alias first. */
export class ActorMatcher {
  private readonly aliases = new AliasTrie();

  /**
   * @param entries the gazetteer (built-in, extended by the config, plus people found in the text)
   */
  constructor(readonly entries: readonly GazetteerEntry[]) {
    entries.forEach((e, i) => {
      for (const alias of [e.name, ...e.aliases]) this.aliases.add(alias, i);
    });
  }

  /**
   * Finds the actors a text mentions.
   * @param text any text
   * @returns entry indices, one per mention, in order
   */
  mentions(text: string): number[] {
    return this.aliases.matches(text.replace(/’/g, "'"));
  }
}

/**
 * Counts the actors across articles: one actor per real-world entity, whatever name each source uses.
 * @param articles the sources
 * @param gazetteer the known entities
 * @param people people the sources introduce with a role (added as person actors)
 * @returns actors by mentions (most first), only those mentioned at least twice or in two sources
 */
export function findActors(
  articles: readonly Article[],
  gazetteer: readonly GazetteerEntry[],
  people: readonly Person[],
): Actor[] {
  const entries: GazetteerEntry[] = [...gazetteer];
  const fromGazetteerOrRole = entries.length + people.length;
  const known = new Set(gazetteer.flatMap((e) => [e.name, ...e.aliases]));
  for (const p of people) {
    if (known.has(p.name) || known.has(surname(p.name))) continue;
    entries.push({ name: p.name, kind: 'person', aliases: [surname(p.name)] });
    known.add(p.name);
  }
  const matcher = new ActorMatcher(entries);
  const mentions = new Array<number>(entries.length).fill(0);
  const sources = entries.map(() => new Set<string>());
  for (const a of articles) {
    for (const i of matcher.mentions(`${a.title ?? ''}\n${a.text}`)) {
      mentions[i] = (mentions[i] ?? 0) + 1;
      sources[i]?.add(a.id);
    }
  }
  const ranked: { i: number; name: string; mentions: number }[] = [];
  entries.forEach((e, i) => {
    const n = mentions[i] ?? 0;
    const s = sources[i] as Set<string>;
    // a single mention counts for a known entity or a person the text introduces with a role
    if (n === 0 || (n < 2 && s.size < 2 && i >= fromGazetteerOrRole)) return;
    ranked.push({ i, name: e.name, mentions: n });
  });
  // only the actors kept get their lists sorted: thousands of sources each, for thousands of names
  return ranked
    .sort((a, b) => b.mentions - a.mentions || (a.name < b.name ? -1 : 1))
    .slice(0, MAX_ACTORS)
    .map(({ i, mentions: n }) => {
      const e = entries[i] as GazetteerEntry;
      return {
        name: e.name,
        kind: e.kind,
        aliases: [...e.aliases].sort(),
        mentions: n,
        sourceIds: [...(sources[i] as Set<string>)].sort(),
      };
    });
}
