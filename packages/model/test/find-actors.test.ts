import { describe, expect, it } from 'vitest';
import { findActors } from '../src/find-actors.js';
import type { ArticleEntity } from '../src/find-entities.js';

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
