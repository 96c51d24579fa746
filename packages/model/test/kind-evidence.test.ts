import { describe, expect, it } from 'vitest';
import type { ArticleEntity } from '../src/article-entity.js';
import { readsAsNoPerson } from '../src/kind-evidence.js';

const entity = (name: string): ArticleEntity => ({
  name,
  kind: 'person',
  entry: null,
  forms: [name],
  mentions: 1,
  role: null,
  country: null,
});

describe('readsAsNoPerson', () => {
  const none = new Map<string, number>();
  it('keeps a person whose words are none an everyday word of English', () => {
    expect(readsAsNoPerson(entity('Ondrel Vasquira'), none, new Set())).toBe(false);
  });
  it('reads a name with an everyday word as no person', () => {
    expect(readsAsNoPerson(entity('Pillow Vasquira'), none, new Set())).toBe(true);
    expect(readsAsNoPerson(entity('Tavello Helmets'), none, new Set())).toBe(true);
  });
  it('reads a name whose last word is a frequent word of English as no person', () => {
    expect(readsAsNoPerson(entity('Tavello Orbital'), none, new Set())).toBe(true);
  });
  it('reads as no person a name whose first word the article says alone, or not of words of letters', () => {
    expect(readsAsNoPerson(entity('Ondrel Vasquira'), none, new Set(['Ondrel']))).toBe(true);
    expect(readsAsNoPerson(entity('Kestro X-9'), none, new Set())).toBe(true);
  });
});
