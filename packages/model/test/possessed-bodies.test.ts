import { describe, expect, it } from 'vitest';
import { builtInIndex } from '../src/built-in-index.js';
import { countryOwner, organisationOwned } from '../src/possessed-bodies.js';
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
    expect(ownerIn("Japan's Toyota said so.", 'Toyota')).toBeNull();
    expect(ownerIn("The Bank of America's Investment Committee met.", 'Investment Committee')).toBeNull();
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
