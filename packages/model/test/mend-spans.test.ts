import { describe, expect, it } from 'vitest';
import type { EntitySpan, EntityType } from '../src/entity-tagger.js';
import { mendSpans } from '../src/mend-spans.js';
import { tokenizeWords } from '../src/tokenize-words.js';

/** The spans `mendSpans` makes of a sentence from the tagger's spans, given as the tagged words. */
function mend(
  sentence: string,
  tagged: [EntityType, string][],
  person: (words: string) => boolean = () => false,
): string[] {
  const tokens = tokenizeWords(sentence);
  const spans: EntitySpan[] = tagged.map(([type, words]) => {
    const first = words.split(' ')[0] as string;
    const from = tokens.findIndex((t) => t.text === first);
    const to = from + tokenizeWords(words).length - 1;
    const start = (tokens[from] as { start: number }).start;
    const end = (tokens[to] as { end: number }).end;
    return { type, text: sentence.slice(start, end), start, end, from, to };
  });
  return mendSpans(
    sentence,
    tokens,
    spans,
    () => false,
    (from, to) =>
      person(sentence.slice((tokens[from] as { start: number }).start, (tokens[to] as { end: number }).end)),
  ).map((s) => `${s.type}:${s.text}`);
}

describe('mendSpans: what it makes of the spans a tagger gives in text unlike its training news', () => {
  it('keeps a body "of" two things of two words whole, unless the words after "and" are a person', () => {
    const person = (words: string) => words === 'Jake Sullivan';
    expect(
      mend(
        'Ruth Hale of the London School of Hygiene and Tropical Medicine cited the Department of Defense and Jake Sullivan.',
        [
          ['PER', 'Ruth Hale'],
          ['LOC', 'London School of Hygiene and Tropical Medicine'],
          ['ORG', 'Department of Defense and Jake Sullivan'],
        ],
        person,
      ),
    ).toEqual([
      'PER:Ruth Hale',
      'ORG:London School of Hygiene and Tropical Medicine',
      'ORG:Department of Defense',
      'PER:Jake Sullivan',
    ]);
  });

  it('cuts two full names an ampersand apart into two people, unless the words before say a company', () => {
    expect(
      mend('The show is hosted by Lena Harlow & Owen Tilley on weekdays.', [
        ['ORG', 'Lena Harlow & Owen Tilley'],
      ]),
    ).toEqual(['PER:Lena Harlow', 'PER:Owen Tilley']);
    expect(
      mend('Callers reached Clara Wend & Martin Obery at noon.', [['LOC', 'Clara Wend & Martin Obery']]),
    ).toEqual(['PER:Clara Wend', 'PER:Martin Obery']);
    expect(
      mend('A spokeswoman for Lena Harlow & Owen Tilley said so.', [['ORG', 'Lena Harlow & Owen Tilley']]),
    ).toEqual(['ORG:Lena Harlow & Owen Tilley']);
  });

  it('widens a person over the capitalised words around the part the tagger saw', () => {
    expect(
      mend('The round was chaired by the chief of staff, Gen. Abdul Karim Rashid Halabi, on Sunday.', [
        ['PER', 'Karim'],
      ]),
    ).toEqual(['PER:Abdul Karim Rashid Halabi']);
  });

  it('widens a person over surnames with an apostrophe or an inner capital', () => {
    expect(
      mend("Michael O'Leary, Sinead O’Connor and Christa McAuliffe met Leonardo DiCaprio.", [
        ['PER', 'Michael'],
        ['PER', 'Sinead'],
        ['PER', 'Christa'],
        ['PER', 'Leonardo'],
      ]),
    ).toEqual([
      "PER:Michael O'Leary",
      'PER:Sinead O’Connor',
      'PER:Christa McAuliffe',
      'PER:Leonardo DiCaprio',
    ]);
  });

  it("splits a person's name off an organisation's last word", () => {
    expect(
      mend(
        'Secretary of the Air Force James Roche met Varrow Motor Company Jim Dalton and the Space Force Academy.',
        [
          ['ORG', 'Air Force James Roche'],
          ['PER', 'Varrow Motor Company Jim Dalton'],
          ['ORG', 'Space Force Academy'],
        ],
      ),
    ).toEqual([
      'ORG:Air Force',
      'PER:James Roche',
      'ORG:Varrow Motor Company',
      'PER:Jim Dalton',
      'ORG:Space Force Academy',
    ]);
  });

  it('widens a name after "for" over the body\'s head noun the tagger left out, and the word of no kind before it', () => {
    expect(
      mend(
        'The Varnian Center for Coastal Studies and the Vote for Reform Party met Stanley for Kestrel Group.',
        [
          ['MISC', 'Varnian'],
          ['ORG', 'Coastal Studies'],
          ['ORG', 'Reform Party'],
          ['PER', 'Stanley'],
          ['ORG', 'Kestrel Group'],
        ],
      ),
    ).toEqual([
      'ORG:Varnian Center for Coastal Studies',
      'ORG:Reform Party',
      'PER:Stanley',
      'ORG:Kestrel Group',
    ]);
  });

  it('splits a person off a body and an office\'s portfolio after "for", not a body named "for" something', () => {
    expect(
      mend(
        'Deputy Undersecretary of the Air Force for Acquisition Darleen Druyun left the Centre for Economic Policy Research.',
        [
          ['ORG', 'Air Force for Acquisition Darleen Druyun'],
          ['ORG', 'Centre for Economic Policy Research'],
        ],
      ),
    ).toEqual(['ORG:Air Force', 'PER:Darleen Druyun', 'ORG:Centre for Economic Policy Research']);
  });

  it("widens an organisation that is only its head word over the name before it, not over a country's span", () => {
    expect(
      mend(
        'The strike killed Iran Tanvir Force commander Reza Mehr, and Kestrel Energy Group said nothing.',
        [
          ['LOC', 'Iran'],
          ['ORG', 'Force'],
          ['PER', 'Reza Mehr'],
          ['ORG', 'Group'],
        ],
      ),
    ).toEqual(['LOC:Iran', 'ORG:Tanvir Force', 'PER:Reza Mehr', 'ORG:Kestrel Energy Group']);
  });

  it('not over a title, the first word of the sentence, or another span', () => {
    expect(
      mend('Minister Karim Rashid met Halabi Holdings in Tripoli.', [
        ['PER', 'Karim'],
        ['ORG', 'Halabi Holdings'],
        ['LOC', 'Tripoli'],
      ]),
    ).toEqual(['PER:Karim Rashid', 'ORG:Halabi Holdings', 'LOC:Tripoli']);
  });

  it('joins a person to the surname particles open, and gives a particle name its given name', () => {
    expect(
      mend('Guido van Rossum wrote it, Commissioner Anna von der Heide said.', [
        ['PER', 'Guido'],
        ['LOC', 'Rossum'],
        ['PER', 'Anna'],
        ['PER', 'Heide'],
      ]),
    ).toEqual(['PER:Guido van Rossum', 'PER:Anna von der Heide']);
    expect(
      mend('Vincent van Gogh lived in Arles.', [
        ['ORG', 'van Gogh'],
        ['LOC', 'Arles'],
      ]),
    ).toEqual(['PER:Vincent van Gogh', 'LOC:Arles']);
  });

  it('joins a one-word name of any kind but an organisation to a hyphened particle surname right after it', () => {
    expect(
      mend('Rivals want to unseat Karim al-Tarnbi’s cabinet, Ras al-Khaimah said.', [
        ['LOC', 'Karim'],
        ['MISC', 'al-Tarnbi'],
        ['LOC', 'Ras al-Khaimah'],
      ]),
    ).toEqual(['PER:Karim al-Tarnbi', 'LOC:Ras al-Khaimah']);
    expect(
      mend('Forces of Ansar al-Sharia and Hezbollah al-Nujaba moved.', [
        ['LOC', 'Ansar'],
        ['LOC', 'al-Sharia'],
        ['ORG', 'Hezbollah'],
        ['MISC', 'al-Nujaba'],
      ]),
    ).toEqual(['LOC:Ansar', 'LOC:al-Sharia', 'ORG:Hezbollah', 'MISC:al-Nujaba']);
  });

  it('joins a surname after a nickname in quotes, whatever the tagger typed it', () => {
    expect(
      mend('The commander, Gen. Robert "Bobby" Valencia, said so.', [
        ['PER', 'Robert'],
        ['PER', 'Bobby'],
        ['LOC', 'Valencia'],
      ]),
    ).toEqual(['PER:Robert "Bobby" Valencia']);
  });

  it('joins a place\'s head noun and its name over "of", and gives a name the head the tagger left out', () => {
    expect(
      mend('Tankers left the Strait of Hormuz for the Port of Antwerp.', [
        ['LOC', 'Strait'],
        ['LOC', 'Hormuz'],
        ['LOC', 'Port'],
        ['ORG', 'Antwerp'],
      ]),
    ).toEqual(['LOC:Strait of Hormuz', 'LOC:Port of Antwerp']);
    expect(mend('Roads in the Province of Valmera closed.', [['LOC', 'Valmera']])).toEqual([
      'LOC:Province of Valmera',
    ]);
    // an organisation's or a title's head before "of" is not a place's
    expect(
      mend('The Bank of Valmera and the Secretary of State met.', [
        ['LOC', 'Valmera'],
        ['ORG', 'State'],
      ]),
    ).toEqual(['LOC:Valmera', 'ORG:State']);
  });

  it("cuts a day of the week a person's or a place's name ran on into, not an organisation's", () => {
    expect(
      mend('Dick Cheney Monday met officials in New Delhi Wednesday at Ruby Tuesday.', [
        ['PER', 'Dick Cheney Monday'],
        ['LOC', 'New Delhi Wednesday'],
        ['ORG', 'Ruby Tuesday'],
      ]),
    ).toEqual(['PER:Dick Cheney', 'LOC:New Delhi', 'ORG:Ruby Tuesday']);
  });
});

describe('mendSpans with no span given', () => {
  it('returns a new empty list where no step makes a span, which its caller may add to', () => {
    const sentence = 'The council met on a quiet evening and voted.';
    const given: EntitySpan[] = [];
    const out = mendSpans(sentence, tokenizeWords(sentence), given, () => false);
    expect(out).toEqual([]);
    expect(out).not.toBe(given);
    out.push({ type: 'ORG', text: 'x', start: 0, end: 1, from: 0, to: 0 });
    expect(given).toEqual([]);
  });

  it('keeps the spans the first steps make of the words alone, and mends them as the others', () => {
    expect(mend('Shares of Permata Agro Bhd fell on Monday.', [])).toEqual(['ORG:Permata Agro Bhd']);
    expect(mend('The march ended on Jalan Tun Razak at noon.', [])).toEqual(['LOC:Jalan Tun Razak']);
  });
});

describe('mendSpans cuts at separators only spans that hold one', () => {
  it('cuts a rank of two titles a hyphen joins off the name after it', () => {
    expect(
      mend('They met Brigadier-General Mart Sepp today.', [['ORG', 'Brigadier-General Mart Sepp']]),
    ).toEqual(['PER:Mart Sepp']);
  });

  it("cuts a trade's noun off the name it opens before a given name, not a surname nor a body's name", () => {
    expect(mend('Wrestler Tomas Vek won the bout.', [['ORG', 'Wrestler Tomas Vek']])).toEqual([
      'PER:Tomas Vek',
    ]);
    expect(mend('Fans cheered as Superstar Lena Holt arrived.', [['ORG', 'Superstar Lena Holt']])).toEqual([
      'PER:Lena Holt',
    ]);
    // no given name after the noun: a surname may be a trade's, a body's name may open with one
    expect(mend('The prize went to Singer Vek Oland.', [['PER', 'Singer Vek Oland']])).toEqual([
      'PER:Singer Vek Oland',
    ]);
    expect(mend('Wrestler Weekly Magazine reported it.', [['ORG', 'Wrestler Weekly Magazine']])).toEqual([
      'ORG:Wrestler Weekly Magazine',
    ]);
  });

  it('cuts a run of two names over "and" and a comma, and a title off a name with none', () => {
    expect(
      mend('They met Ana Ruiz and Tom Berg, Lena Park today.', [
        ['PER', 'Ana Ruiz and Tom Berg , Lena Park'],
      ]),
    ).toEqual(['PER:Ana Ruiz', 'PER:Tom Berg', 'PER:Lena Park']);
    expect(mend('Then Adviser Tom Berg spoke.', [['PER', 'Adviser Tom Berg']])).toEqual(['PER:Tom Berg']);
  });
});

describe('mendSpans widens a body over the head word the tagger left out', () => {
  it('takes the head word where the name ends on it, not where more of the name follows', () => {
    expect(mend('The Justice Department says the fine stands.', [['ORG', 'Justice']])).toEqual([
      'ORG:Justice Department',
    ]);
    expect(mend('Osk joined Major League Rugby side Valdor.', [['ORG', 'Major']])).toEqual(['ORG:Major']);
  });
  it('takes the words before the "and" of a name on a head noun that ends places\' names too, not a day', () => {
    expect(mend('The Foreign and Dominion Office said so.', [['ORG', 'Dominion Office']])).toEqual([
      'ORG:Foreign and Dominion Office',
    ]);
    expect(mend('Osk left on Monday and Harbour Office staff stayed.', [['ORG', 'Harbour Office']])).toEqual([
      'ORG:Harbour Office',
    ]);
  });

  it("drops a weekday run on after a name, not after a show's word, in quotes, nor after one word", () => {
    expect(
      mend('The Harbour Gazette Friday says the docks close.', [['ORG', 'Harbour Gazette Friday']]),
    ).toEqual(['ORG:Harbour Gazette']);
    expect(
      mend('She spoke on the television program Harbour News Sunday.', [['ORG', 'Harbour News Sunday']]),
    ).toEqual(['ORG:Harbour News Sunday']);
    expect(mend('She spoke on "Harbour News Sunday" at noon.', [['ORG', 'Harbour News Sunday']])).toEqual([
      'ORG:Harbour News Sunday',
    ]);
    expect(mend('Crowds marked Lantern Sunday in Valdor.', [['ORG', 'Lantern Sunday']])).toEqual([
      'ORG:Lantern Sunday',
    ]);
    expect(
      mend('Crowds marked Harbour Day and Lantern Sunday in Valdor.', [
        ['ORG', 'Harbour Day and Lantern Sunday'],
      ]),
    ).toContain('ORG:Lantern Sunday');
  });

  it('drops a pair of weekdays over "and" run on after a name, not after one word that is no known name', () => {
    expect(
      mend('The Harbour Gazette Friday and Saturday ran the story.', [
        ['ORG', 'Harbour Gazette Friday and Saturday'],
      ]),
    ).toEqual(['ORG:Harbour Gazette']);
    expect(
      mend('Crowds marked Lantern Saturday and Sunday in Valdor.', [['ORG', 'Lantern Saturday and Sunday']]),
    ).toContain('ORG:Lantern Saturday');
  });
});

describe('mendSpans widens a name after "of" over the body\'s word the tagger left out', () => {
  it('takes the body\'s word and the people\'s adjective before it, with a name after "of" or none', () => {
    expect(
      mend('The Valdoran Ministry of Fisheries said so.', [
        ['MISC', 'Valdoran'],
        ['PER', 'Fisheries'],
      ]),
    ).toEqual(['ORG:Valdoran Ministry of Fisheries']);
    expect(mend('The Valdoran Ministry of Fisheries rejected it.', [['MISC', 'Valdoran']])).toEqual([
      'ORG:Valdoran Ministry of Fisheries',
    ]);
    expect(mend('The Valdoran Department of Fisheries and Oceans said so.', [['MISC', 'Valdoran']])).toEqual([
      'ORG:Valdoran Department of Fisheries and Oceans',
    ]);
  });
  it('not without the adjective: the tagger\'s reading of such a name stands ("Workers\' Party of Korea")', () => {
    expect(mend('The Party of Tarnby met.', [['LOC', 'Tarnby']])).toEqual(['LOC:Tarnby']);
    expect(mend('The Movement of Democratic Forces met.', [['ORG', 'Democratic Forces']])).toEqual([
      'ORG:Democratic Forces',
    ]);
  });
  it("not over an owner's possessive, nor a person's name of two words, nor after a title", () => {
    expect(
      mend("He served in the Valdoran Brigade of Tamm's Division.", [
        ['MISC', 'Valdoran'],
        ['ORG', 'Tamm'],
      ]),
    ).toEqual(['MISC:Valdoran', 'ORG:Tamm']);
    expect(
      mend('The Valdoran Council of Ivo Tamm met.', [
        ['MISC', 'Valdoran'],
        ['PER', 'Ivo Tamm'],
      ]),
    ).toEqual(['MISC:Valdoran', 'PER:Ivo Tamm']);
    expect(
      mend('The Valdoran Minister of Fisheries said so.', [
        ['MISC', 'Valdoran'],
        ['ORG', 'Fisheries'],
      ]),
    ).toEqual(['MISC:Valdoran', 'ORG:Fisheries']);
  });
});

describe('mendSpans splits a place from a party member and a name', () => {
  /** The spans of "<place> Republican Ann Roe" tagged whole as a body, `place` saying which words are one. */
  const split = (sentence: string, whole: string, place: (words: string) => boolean) => {
    const tokens = tokenizeWords(sentence);
    const from = tokens.findIndex((t) => whole.startsWith(t.text));
    const to = from + tokenizeWords(whole).length - 1;
    const start = (tokens[from] as { start: number }).start;
    const end = (tokens[to] as { end: number }).end;
    const words = (a: number, b: number) =>
      sentence.slice((tokens[a] as { start: number }).start, (tokens[b] as { end: number }).end);
    return mendSpans(
      sentence,
      tokens,
      [{ type: 'ORG', text: whole, start, end, from, to }],
      () => false,
      () => false,
      (a, b) => place(words(a, b)),
    ).map((s) => `${s.type}:${s.text}`);
  };

  it('makes the words before the member word a place where they are a known one, the rest a person', () => {
    expect(
      split(
        'Valdor Republican Ann Roe said the bill would pass.',
        'Valdor Republican Ann Roe',
        (w) => w === 'Valdor',
      ),
    ).toEqual(['LOC:Valdor', 'PER:Ann Roe']);
  });

  it("keeps the tagger's type for words before it no gazetteer knows as a place", () => {
    expect(
      split('Marrow Republican Ann Roe said the bill would pass.', 'Marrow Republican Ann Roe', () => false),
    ).toEqual(['ORG:Marrow', 'PER:Ann Roe']);
  });
});

describe('mendSpans types a known place after a place and a comma as a place', () => {
  /** The types of the spans "Marrowby/LOC, <second>/<type>" come out with, `place` saying which words are one. */
  const after = (second: string, type: EntityType, place: (words: string) => boolean) => {
    const sentence = `The poet was born in Marrowby, ${second} in 1921.`;
    const tokens = tokenizeWords(sentence);
    const span = (words: string, t: EntityType): EntitySpan => {
      const from = tokens.findIndex((x) => x.text === words.split(' ')[0]);
      const to = from + tokenizeWords(words).length - 1;
      const start = (tokens[from] as { start: number }).start;
      const end = (tokens[to] as { end: number }).end;
      return { type: t, text: sentence.slice(start, end), start, end, from, to };
    };
    const words = (a: number, b: number) =>
      sentence.slice((tokens[a] as { start: number }).start, (tokens[b] as { end: number }).end);
    return mendSpans(
      sentence,
      tokens,
      [span('Marrowby', 'LOC'), span(second, type)],
      () => false,
      () => false,
      (a, b) => place(words(a, b)),
    ).map((s) => `${s.type}:${s.text}`);
  };

  it('makes the known place a place whatever the tagger read it as', () => {
    expect(after('Valdor', 'ORG', (w) => w === 'Valdor')).toEqual(['LOC:Marrowby', 'LOC:Valdor']);
  });

  it('leaves a name no gazetteer knows as a place as the tagger read it', () => {
    expect(after('Tarn Holdings', 'ORG', () => false)).toEqual(['LOC:Marrowby', 'ORG:Tarn Holdings']);
  });
});

describe('mendSpans types one word read as a body before a comma and a known place as a place', () => {
  /** The spans of a sentence whose words `tagged` gives, `place` saying which words are a known place. */
  const before = (sentence: string, tagged: [EntityType, string][], place: (words: string) => boolean) => {
    const tokens = tokenizeWords(sentence);
    const words = (a: number, b: number) =>
      sentence.slice((tokens[a] as { start: number }).start, (tokens[b] as { end: number }).end);
    const spans = tagged.map(([type, w]): EntitySpan => {
      const from = tokens.findIndex((x) => x.text === w.split(' ')[0]);
      const to = from + tokenizeWords(w).length - 1;
      const start = (tokens[from] as { start: number }).start;
      const end = (tokens[to] as { end: number }).end;
      return { type, text: sentence.slice(start, end), start, end, from, to };
    });
    return mendSpans(
      sentence,
      tokens,
      spans,
      () => false,
      () => false,
      (a, b) => place(words(a, b)),
    ).map((s) => `${s.type}:${s.text}`);
  };
  const valdor = (w: string) => w === 'Valdor';

  it('makes the word a place where the known place closes the phrase', () => {
    expect(
      before(
        'The wing moved to Dunholt, Valdor, in June.',
        [
          ['ORG', 'Dunholt'],
          ['LOC', 'Valdor'],
        ],
        valdor,
      ),
    ).toEqual(['LOC:Dunholt', 'LOC:Valdor']);
    expect(
      before(
        '1943; Dunholt, Valdor; 1944.',
        [
          ['ORG', 'Dunholt'],
          ['LOC', 'Valdor'],
        ],
        valdor,
      ),
    ).toEqual(['LOC:Dunholt', 'LOC:Valdor']);
  });

  it('leaves a list, a clause after the place, its possessive and a name the tagger cut', () => {
    const leaves = (sentence: string, first: string) =>
      expect(
        before(
          sentence,
          [
            ['ORG', first],
            ['LOC', 'Valdor'],
          ],
          valdor,
        ),
      ).toEqual([`ORG:${first}`, 'LOC:Valdor']);
    leaves('It backs Tarnex, Valdor and Ostmark.', 'Tarnex');
    leaves('It backs Ostmark, Tarnex, Valdor, and Brill.', 'Tarnex');
    leaves('For Tarnex, Valdor is the first market.', 'Tarnex');
    leaves("The agency Tarnex, Valdor's oldest, said so.", 'Tarnex');
    leaves('The tunnel ran to Otay Tarnex, Valdor.', 'Tarnex');
    expect(
      before(
        'The wing moved to Dunholt, Valdor, in June.',
        [
          ['ORG', 'Dunholt'],
          ['LOC', 'Valdor'],
        ],
        () => false,
      ),
    ).toEqual(['ORG:Dunholt', 'LOC:Valdor']);
  });
});

describe('mendSpans joins a body and one word after its "of" read as a person or as of no kind', () => {
  it('makes the body whole where the word ends the name or a title or a name follows', () => {
    expect(
      mend('The Grand Wardens of Tallow said on Monday.', [
        ['ORG', 'Grand Wardens'],
        ['PER', 'Tallow'],
      ]),
    ).toEqual(['ORG:Grand Wardens of Tallow']);
    expect(
      mend('Grand Wardens of Tallow Chairman Ivo Renn said.', [
        ['ORG', 'Grand Wardens'],
        ['MISC', 'Tallow'],
        ['PER', 'Ivo Renn'],
      ]),
    ).toEqual(['ORG:Grand Wardens of Tallow', 'PER:Ivo Renn']);
  });

  it('leaves a place after "of", and a word a capitalised word of no name follows', () => {
    expect(
      mend('The Harbour Board of Tallow said.', [
        ['ORG', 'Harbour Board'],
        ['LOC', 'Tallow'],
      ]),
    ).toEqual(['ORG:Harbour Board', 'LOC:Tallow']);
    expect(
      mend('The Grand Wardens of Tallow Lane said.', [
        ['ORG', 'Grand Wardens'],
        ['MISC', 'Tallow'],
      ]),
    ).toEqual(['ORG:Grand Wardens', 'MISC:Tallow']);
  });
});
