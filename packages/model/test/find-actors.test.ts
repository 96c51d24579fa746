import { describe, expect, it } from 'vitest';
import type { Group } from '../src/actor-group.js';
import { findActors } from '../src/find-actors.js';
import type { ArticleEntity } from '../src/find-entities.js';
import { mergePeople } from '../src/merge-people.js';

/** An entity no gazetteer knows, as `findEntities` gives one that only opened sentences. */
const opening = (name: string): ArticleEntity => ({
  name,
  kind: 'place',
  entry: null,
  forms: [name],
  mentions: 1,
  role: null,
  country: null,
  opening: true,
});

/** The actors of a brief of one source naming `name` only as an opening word, beside another's text. */
const actorsBeside = (name: string, other: string) =>
  findActors([
    { sourceId: 'a', entities: [opening(name)], text: `${name}: the figures` },
    { sourceId: 'b', entities: [], text: other },
  ]).map((a) => a.name);

describe('findActors: a word that only opened sentences, written in lower case by another source', () => {
  it('is no actor', () => {
    expect(actorsBeside('Malaria', 'A new malaria vaccine cut deaths.')).toEqual([]);
  });

  it('is one when the lower case is part of an address, a hyphened word or a word in capitals', () => {
    expect(actorsBeside('Linkedin', 'See linkedin.com/in/x or mail linkedin@example.org.')).toEqual([
      'Linkedin',
    ]);
    expect(actorsBeside('Erin', 'Die Leser erin\u00adnern sich; a pre-erin-era text.')).toEqual(['Erin']);
    expect(actorsBeside('GE', 'Sie ge sagt.')).toEqual(['GE']);
  });
});

/** A person as `findEntities` gives one: a full name and the surname said alone after it. */
const person = (name: string, mentions: number): ArticleEntity => ({
  name,
  kind: 'person',
  entry: null,
  forms: [name, name.slice(name.lastIndexOf(' ') + 1)],
  mentions,
  role: null,
  country: null,
});

describe('findActors: people of one surname in two sources', () => {
  it('are two when their given names differ', () => {
    const actors = findActors([
      { sourceId: 'football', entities: [person('Myles Tarrant', 10)] },
      { sourceId: 'science', entities: [person('Wendy Tarrant', 2)] },
    ]);
    expect(actors.map((a) => [a.name, a.aliases, a.sourceIds])).toEqual([
      ['Myles Tarrant', ['Tarrant'], ['football']],
      ['Wendy Tarrant', ['Tarrant'], ['science']],
    ]);
  });

  it('are two when the surname alone names another given name in its source', () => {
    const named: ArticleEntity = {
      ...person('Wendy Tarrant', 3),
      name: 'Tarrant',
      forms: ['Tarrant', 'Wendy Tarrant'],
    };
    const actors = findActors([
      { sourceId: 'football', entities: [{ ...person('Myles Tarrant', 10), forms: ['Myles Tarrant'] }] },
      { sourceId: 'science', entities: [named] },
    ]);
    expect(actors.map((a) => [a.name, a.sourceIds])).toEqual([
      ['Myles Tarrant', ['football']],
      ['Wendy Tarrant', ['science']],
    ]);
  });

  it('are one when the given name is the same', () => {
    const actors = findActors([
      { sourceId: 'a', entities: [person('Myles Tarrant', 10)] },
      { sourceId: 'b', entities: [person('Myles Tarrant', 2)] },
    ]);
    expect(actors.map((a) => [a.name, a.sourceIds])).toEqual([['Myles Tarrant', ['a', 'b']]]);
  });
});

describe('findActors: more actors than the list holds', () => {
  it('keeps a person with a role before a known place said as often', () => {
    const places: ArticleEntity[] = Array.from({ length: 80 }, (_, i) => ({
      name: `Province ${String.fromCharCode(65 + (i % 26))}${String.fromCharCode(65 + Math.floor(i / 26))}`,
      kind: 'place',
      entry: 1000 + i,
      forms: [],
      mentions: 1,
      role: null,
      country: null,
    }));
    for (const p of places) p.forms.push(p.name);
    const analyst = { ...person('Rhona Vale', 1), role: 'analyst' };
    const actors = findActors([{ sourceId: 'a', entities: [...places, analyst] }]);
    expect(actors).toHaveLength(80);
    expect(actors.some((a) => a.name === 'Rhona Vale')).toBe(true);
  });
});

/** A body an owner's possessive keyed ({@link ArticleEntity.owner}), with the forms its article used. */
const owned = (name: string, owner: string, forms: string[]): ArticleEntity => ({
  name,
  kind: 'organisation',
  entry: null,
  forms,
  mentions: 1,
  role: null,
  country: null,
  owner,
});

describe('findActors: bodies two owners key', () => {
  it('keeps them apart across sources, even when one name is the tail of the other', () => {
    const actors = findActors([
      { sourceId: 'a', entities: [owned('Central Committee', 'Tarnby Party', ['Central Committee'])] },
      {
        sourceId: 'b',
        entities: [
          owned("Valdor Party's Central Committee", 'Valdor Party', [
            "Valdor Party's Central Committee",
            'Central Committee',
          ]),
        ],
      },
    ]);
    expect(actors.map((a) => [a.name, a.sourceIds])).toEqual([
      ['Central Committee', ['a']],
      ["Valdor Party's Central Committee", ['b']],
    ]);
  });
});

describe('findActors: a given name alone in many sources', () => {
  /** A source naming "Harry" alone and the full names of other people. */
  const harry = (sourceId: string, ...full: string[]) => ({
    sourceId,
    entities: [person('Harry', 2), ...full.map((f) => person(f, 1))],
  });
  /** The sources of each "Harry", in the order the actors come. */
  const harries = (articles: ReturnType<typeof harry>[]) =>
    findActors(articles)
      .filter((a) => a.name === 'Harry')
      .map((a) => a.sourceIds.join(' '))
      .sort();

  it('joins along a chain of sources that share a person, each with the next', () => {
    expect(
      harries([harry('a', 'Talvo Vab'), harry('b', 'Talvo Vab', 'Brisk Vac'), harry('c', 'Brisk Vac')]),
    ).toEqual(['a b c']);
  });

  it('reads the sources in order: a later source joins the first, not an earlier one passed over', () => {
    // "Harry" of a shares no one with b's, but c's shares a person with each: c joins a, and b, read
    // before c joined, stays apart, as when every two were compared in turn (session 89)
    expect(
      harries([harry('a', 'Talvo Vab'), harry('b', 'Brisk Vac'), harry('c', 'Talvo Vab', 'Brisk Vac')]),
    ).toEqual(['a c', 'b']);
  });

  it('joins 8,000 sources in pairs in well under a second (every two were compared)', () => {
    const articles = Array.from({ length: 8000 }, (_, i) =>
      harry(`s${i}`, `Talvo V${i}a`, `Brisk V${i - (i % 2)}b`),
    );
    const t = process.cpuUsage();
    const found = harries(articles);
    const u = process.cpuUsage(t);
    expect(found.every((s) => s.split(' ').length === 2)).toBe(true);
    expect((u.user + u.system) / 1e6).toBeLessThan(2);
  });
});

describe('mergePeople: full names of one surname', () => {
  /** A group of a person's full name in one source. */
  const group = (name: string, mentions: number, known = false) =>
    ({
      name,
      kind: 'person',
      known,
      forms: new Map([[name, 1]]),
      roles: null,
      mentions,
      sources: new Set([name]),
      kinds: new Map(),
      country: null,
      into: null,
      opening: false,
    }) as Group;

  it('joins each to the first of its opening, known first, then most said; another known one stays', () => {
    const out = mergePeople([
      group('Annika Vell', 1),
      group('Anna Vell', 3),
      group('Bo Vell', 2),
      group('Anne Vell', 2, true),
      group('ANNA Vell', 1, true),
    ]);
    expect(out.map((g) => `${g.name}: ${[...g.sources].join(', ')}`)).toEqual([
      'Bo Vell: Bo Vell',
      'Anne Vell: Anne Vell, Anna Vell, Annika Vell',
      'ANNA Vell: ANNA Vell',
    ]);
  });

  it('reads 8,000 of as many openings in well under a second (every two were compared)', () => {
    const letters = (n: number) =>
      [0, 1, 2].map((k) => String.fromCharCode(97 + (Math.floor(n / 26 ** k) % 26))).join('');
    const groups = Array.from({ length: 8000 }, (_, i) => group(`${letters(i)}q Vell`, 1));
    const t = process.cpuUsage();
    expect(mergePeople(groups)).toHaveLength(8000);
    const u = process.cpuUsage(t);
    expect((u.user + u.system) / 1e6).toBeLessThan(0.5);
  });
});
