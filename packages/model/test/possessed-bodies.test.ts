import { describe, expect, it } from 'vitest';
import { builtInIndex } from '../src/built-in-index.js';
import { countryOwner } from '../src/possessed-bodies.js';
import { tokenizeWords } from '../src/tokenize-words.js';

/** The owner of the body's name `form` in `sentence`, found at its first word. */
function ownerIn(sentence: string, form: string) {
  const tokens = tokenizeWords(sentence);
  const at = sentence.indexOf(form);
  const from = tokens.findIndex((t) => t.start === at);
  return countryOwner(sentence, tokens, from, form, builtInIndex());
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
