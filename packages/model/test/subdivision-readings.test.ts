import { describe, expect, it } from 'vitest';
import { builtInIndex } from '../src/built-in-index.js';
import { findEntities } from '../src/find-entities.js';
import { splitSentences } from '../src/sentences.js';

/** The names and kinds of the entities of a text, as `findEntities` reads them with the built-in index. */
function entitiesOf(text: string): string[] {
  const sentences = splitSentences(text).map((s) => s.text);
  return findEntities(sentences, builtInIndex())
    .map((e) => `${e.name}:${e.kind}`)
    .sort();
}

describe('a country name another country has for a state', () => {
  it('is the state after a place and a comma, or as "the state of"', () => {
    expect(entitiesOf('Crews worked in Macon, Georgia, on Monday.')).toContain('Georgia:place');
    expect(entitiesOf('Rain fell across the state of Georgia on Monday.')).toContain('Georgia:place');
  });

  it("is the state beside two of the same country's other states", () => {
    expect(entitiesOf('Recounts began in Georgia. Ohio and Iowa certified their results.')).toContain(
      'Georgia:place',
    );
  });

  it('stays the country beside one of them, its own capital, a country or a possessive', () => {
    expect(entitiesOf('Georgia sent envoys to talks in New York.')).toContain('Georgia:country');
    expect(
      entitiesOf('Envoys met in Tbilisi, Georgia, on Monday and left Tbilisi, Georgia, on Friday.'),
    ).toContain('Georgia:country');
    expect(entitiesOf('The president of Georgia met the envoys.')).toContain('Georgia:country');
    expect(entitiesOf('Armenia, Georgia and Azerbaijan signed the pact.')).toContain('Georgia:country');
    expect(entitiesOf("In Washington, Georgia's envoy met senators.")).toContain('Georgia:country');
  });

  it("is no country where the country's own places outnumber the cues", () => {
    expect(
      entitiesOf('Georgia, in Tbilisi and Batumi, voted. Officials in Abkhazia, Georgia, said so.'),
    ).toContain('Georgia:country');
  });
});

describe('a capital placed in a subdivision after a comma', () => {
  it('is a town, not its country, where the country is named no other way', () => {
    expect(entitiesOf('The band played in Paris, Texas. Paris police closed the road.')).toEqual([
      'Paris:place',
      'Texas:place',
    ]);
  });

  it("stays the country before one of the capital's own country's subdivisions", () => {
    expect(entitiesOf('Frost hit Lima, Cusco and Arequipa.')).toContain('Peru:country');
  });
});
