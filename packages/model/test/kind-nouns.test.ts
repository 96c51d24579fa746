import { describe, expect, it } from 'vitest';
import { readYamlData } from '../src/data-file.js';
import { followsTradeGiant, isOpeningNoun, kindModified, kindNamed } from '../src/kind-nouns.js';
import { modelFile } from '../src/model-files.js';
import { tokenizeWords } from '../src/tokenize-words.js';

/** The kind `kindNamed` gives the name `name` in `sentence`. */
function kindOf(sentence: string, name: string): string | null {
  const tokens = tokenizeWords(sentence);
  const from = tokens.findIndex((t) => t.text === name.split(' ')[0]);
  return kindNamed(tokens, from, from + name.split(' ').length - 1);
}

describe('kindNamed and isOpeningNoun: what the nouns beside a name say it is', () => {
  it('reads a noun right before a name, also capitalised as the sentence opens', () => {
    expect(kindOf('according to the regional transport authority Norrtrafik, which', 'Norrtrafik')).toBe(
      'organisation',
    );
    expect(kindOf('Manufacturer Corvida said it could make doses.', 'Corvida')).toBe('organisation');
    expect(kindOf('Midfielder Adebayo joins the club.', 'Adebayo')).toBe('person');
    // a capitalised noun inside a sentence is a name's own word
    expect(kindOf('Shares of Manufacturer Corvida rose.', 'Corvida')).toBeNull();
  });

  it('reads no kind from a noun that is an adjective after "but" or a degree word', () => {
    expect(kindOf('The soft-spoken but firm Lindqvist often seems unfazed.', 'Lindqvist')).toBeNull();
    expect(kindOf('A very firm Lindqvist said no.', 'Lindqvist')).toBeNull();
    expect(kindOf('the Swedish firm Lindqvist said', 'Lindqvist')).toBe('organisation');
    expect(kindOf('singer and songwriter Ana Ruiz performed', 'Ana Ruiz')).toBe('person');
  });

  it("reads a work's noun beside its title, across the title's quotation marks", () => {
    expect(kindOf('Critics praised the film "Blue Orchard" on Sunday.', 'Blue Orchard')).toBe('other');
    expect(kindOf('"The Blue Orchard", a drama about two sisters, won.', 'Blue Orchard')).toBe('other');
    expect(
      kindOf('It went to “Winter Harbour”, a Danish thriller produced in Aarhus.', 'Winter Harbour'),
    ).toBe('other');
    // a quotation mark on one side only is no title's
    expect(kindOf('the film Blue Orchard" said', 'Blue Orchard')).toBe('other');
    expect(kindOf('"Blue Orchard", the organisers said.', 'Blue Orchard')).toBeNull();
  });

  it("reads a medicine's noun before its brand as a thing's", () => {
    expect(kindOf('The maker is recalling its blood-pressure drug Cardivex.', 'Cardivex')).toBe('other');
    expect(kindOf('Regulators approved the vaccine Immunova on Friday.', 'Immunova')).toBe('other');
  });

  it('cuts only the nouns that open no names at a sentence start', () => {
    const opens = (sentence: string) => isOpeningNoun(tokenizeWords(sentence), 0);
    expect(opens('Manufacturer Corvida said')).toBe(true);
    expect(opens('"Chipmaker Halvion agrees to buy"')).toBe(false); // the quote is token 0
    expect(isOpeningNoun(tokenizeWords('"Chipmaker Halvion agrees to buy"'), 1)).toBe(true);
    expect(opens('Bank Leumi said')).toBe(false);
    expect(opens('Lake Chad shrank')).toBe(false);
    expect(opens('Manufacturer prices rose')).toBe(false);
  });

  it("gives every opening noun a kind: each is an organisation's or a person's noun", () => {
    const file = readYamlData(modelFile('data/kind-nouns.yaml')) as Record<string, string[]>;
    const kinds = new Set([...(file.organisation ?? []), ...(file.person ?? [])]);
    expect((file.opening ?? []).filter((n) => !kinds.has(n))).toEqual([]);
  });
});

describe('kindModified: a noun after a one-word name that it modifies', () => {
  /** The kind `kindModified` gives the word `name` in `sentence`. */
  const modified = (sentence: string, name: string) => {
    const tokens = tokenizeWords(sentence);
    return kindModified(
      tokens,
      tokens.findIndex((t) => t.text === name),
    );
  };

  it("reads a company's or a thing's noun right after the name", () => {
    expect(modified('as Brent crude climbed', 'Brent')).toBe('other');
    expect(modified('said Leerink analyst Tom Varga', 'Leerink')).toBe('organisation');
    expect(modified('students receive Pell grants', 'Pell')).toBe('other');
  });

  it("reads no noun a person's name modifies, nor a verb or a capitalised word", () => {
    expect(modified('critics of the Bush administration', 'Bush')).toBeNull();
    expect(modified('Okafor said on Tuesday', 'Okafor')).toBeNull();
    expect(modified('Brent Crude Index', 'Brent')).toBeNull();
    expect(modified('the end of it, Ruiz', 'Ruiz')).toBeNull();
  });
});

describe('followsTradeGiant: a trade word and "giant" before a name', () => {
  const follows = (sentence: string, name: string) => {
    const tokens = tokenizeWords(sentence);
    return followsTradeGiant(
      tokens,
      tokens.findIndex((t) => t.text === name),
    );
  };

  it('reads a firm after a trade word and a noun of a big firm', () => {
    expect(follows('It will invest in auto parts giant Marlowe.', 'Marlowe')).toBe(true);
    expect(follows('The retail behemoth Kestrel opened.', 'Kestrel')).toBe(true);
  });

  it('reads none after "giant" alone or after a word of no trade', () => {
    expect(follows('The giant Keldor telescope opened.', 'Keldor')).toBe(false);
    expect(follows('The jazz giant Marrow played.', 'Marrow')).toBe(false);
    expect(follows('The oil firm Brandt grew.', 'Brandt')).toBe(false);
  });
});
