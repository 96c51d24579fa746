import { describe, expect, it } from 'vitest';
import type { ArticleEntity } from '../src/article-entity.js';
import { builtInIndex } from '../src/built-in-index.js';
import type { EntityType } from '../src/entity-tagger.js';
import { countryOwner, namedOwner, organisationOwned } from '../src/possessed-bodies.js';
import { tokenizeWords } from '../src/tokenize-words.js';

/** The owner of the body's name `form` in `sentence`, found at its first word. */
function ownerIn(sentence: string, form: string) {
  const tokens = tokenizeWords(sentence);
  const at = sentence.indexOf(form);
  const from = tokens.findIndex((t) => t.start === at);
  return countryOwner(sentence, tokens, from, form, builtInIndex());
}

/** The body's name `form` in `sentence` with the organisation that owns it, found at its first word. */
function organisationIn(sentence: string, form: string) {
  const tokens = tokenizeWords(sentence);
  const at = sentence.indexOf(form);
  return organisationOwned(
    sentence,
    tokens,
    tokens.findIndex((t) => t.start === at),
    form,
    builtInIndex(),
  );
}

describe('countryOwner', () => {
  it("keys a body's name after a country's possessive with the country", () => {
    expect(ownerIn("Chile's Foreign Ministry said so.", 'Foreign Ministry')).toEqual({
      country: 'Chile',
      name: "Chile's Foreign Ministry",
    });
    expect(ownerIn("Then the United States' Supreme Court ruled.", 'Supreme Court')?.name).toBe(
      "United States' Supreme Court",
    );
    expect(ownerIn("The United States' Supreme Court ruled.", 'Supreme Court')?.name).toBe(
      "United States' Supreme Court",
    );
  });

  it("leaves a company's name, a name no body's word ends and a country inside a longer name", () => {
    expect(ownerIn("Japan's Nissan Motor Company said so.", 'Nissan Motor Company')).toBeNull();
    expect(ownerIn("Japan's Sorano said so.", 'Sorano')).toBeNull();
    expect(
      ownerIn("The Union Trust of America's Investment Committee met.", 'Investment Committee'),
    ).toBeNull();
    expect(ownerIn('The Chilean Foreign Ministry said so.', 'Foreign Ministry')).toBeNull();
  });
});

describe('organisationOwned', () => {
  it("names a body after an organisation's possessive with its owner", () => {
    expect(
      organisationIn(
        "The U.N.'s Food and Agriculture Organization said so.",
        'Food and Agriculture Organization',
      ),
    ).toBe("U.N.'s Food and Agriculture Organization");
    expect(
      organisationIn("The African Union's Peace and Security Council met.", 'Peace and Security Council'),
    ).toBe("African Union's Peace and Security Council");
  });

  it("leaves a name no body's word ends, an owner the gazetteer does not read as an organisation, and no possessive", () => {
    expect(organisationIn("The African Union's Kelby Declaration stands.", 'Kelby Declaration')).toBeNull();
    expect(organisationIn("Chile's Foreign Ministry said so.", 'Foreign Ministry')).toBeNull();
    expect(
      organisationIn('The African Union Peace and Security Council met.', 'Peace and Security Council'),
    ).toBeNull();
  });
});

/**
 * The owner, no country, of the body's name `form` in `sentence`, the mention counted before it being
 * `owner` (its words as written, the tagger's `type`) of an entity named `name` of kind `kind`.
 */
function namedIn(
  sentence: string,
  form: string,
  owner: string,
  type: EntityType | null,
  kind: ArticleEntity['kind'],
  name = owner,
) {
  const tokens = tokenizeWords(sentence);
  const from = tokens.findIndex((t) => t.start === sentence.indexOf(form));
  const at = sentence.indexOf(owner);
  const first = tokens.findIndex((t) => t.start === at);
  const last = tokens.findIndex((t) => t.end === at + owner.length);
  const entity: ArticleEntity = {
    name,
    kind,
    entry: null,
    forms: [name],
    mentions: 1,
    role: null,
    country: null,
  };
  return namedOwner(sentence, tokens, from, form, { r: 0, from: first, to: last, type, entity });
}

describe('namedOwner', () => {
  it("keys a body's name after an organisation's or a place's possessive with its owner", () => {
    expect(
      namedIn(
        "The Tarnby Party's Central Committee met.",
        'Central Committee',
        'Tarnby Party',
        'ORG',
        'organisation',
      ),
    ).toEqual({ country: null, owner: 'Tarnby Party', name: "Tarnby Party's Central Committee" });
    expect(
      namedIn(
        "The Tarnby Party's Central Committee met.",
        'Central Committee',
        'The Tarnby Party',
        'ORG',
        'organisation',
        'Tarnby Party',
      )?.name,
    ).toBe("Tarnby Party's Central Committee");
    expect(namedIn("Kessel's City Council met.", 'City Council', 'Kessel', null, 'place')?.owner).toBe(
      'Kessel',
    );
    // a title read the name as a person's first; this mention is read as a body's, by its whole name
    expect(
      namedIn(
        "The Tarnby Party's Central Committee met.",
        'Central Committee',
        'Tarnby Party',
        'ORG',
        'person',
      )?.owner,
    ).toBe('Tarnby Party');
  });

  it("leaves a person's possessive, a person's short form, a name no body's word ends and an owner apart", () => {
    expect(
      namedIn(
        "Moen's National Security Council met.",
        'National Security Council',
        'Moen',
        'PER',
        'organisation',
      ),
    ).toBeNull();
    expect(
      namedIn(
        "Moen's National Security Council met.",
        'National Security Council',
        'Moen',
        'ORG',
        'person',
        'Halvard Moen',
      ),
    ).toBeNull();
    expect(
      namedIn(
        "The Tarnby Party's Kelby Declaration stands.",
        'Kelby Declaration',
        'Tarnby Party',
        'ORG',
        'organisation',
      ),
    ).toBeNull();
    expect(
      namedIn(
        'The Tarnby Party and the Central Committee met.',
        'Central Committee',
        'Tarnby Party',
        'ORG',
        'organisation',
      ),
    ).toBeNull();
  });
});
