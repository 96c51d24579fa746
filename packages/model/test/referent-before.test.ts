import { describe, expect, it } from 'vitest';
import type { ActorKind } from '../src/briefing.js';
import {
  backReference,
  namedSubject,
  quoteSpeakerOf,
  referentBefore,
  speakerPronoun,
  withReferent,
  withSubjectBefore,
} from '../src/referent-before.js';

const kinds: Record<string, ActorKind> = {
  'Norvale Transit': 'organisation',
  Norvale: 'organisation',
  Kestrel: 'organisation',
  'Ana Ruiz': 'person',
  Ruiz: 'person',
};
const kindOf = (name: string) => kinds[name];

/** The sentence at the end of `texts` as read alone: with its referent named, or why not. */
function readAlone(...texts: string[]): string | null {
  const sentences = texts.map((text) => ({ text }));
  const r = referentBefore(sentences, texts.length - 1, kindOf);
  return r === null || r === 'unresolved' ? r : withReferent(texts.at(-1) as string, r.reference, r.name);
}

describe('backReference: a subject that stands for what the sentences before name', () => {
  it('reads a pronoun or a definite noun of a kind, after an opening or none', () => {
    expect(
      [
        'It intends to cut that number to 360.',
        'Last year it carried 1.2 million passengers.',
        'In a letter to its staff on Wednesday, the firm said that its fleet is old.',
        'The carrier, founded in 1998, signed the deal.',
        'Moreover, he said that the board would not interfere.',
        'Both raised their fares on Monday.',
        'Asked what would happen if the board and the ministry disagreed on the route, he said that it would not.',
        'Through the use of new alloys and hull designs it will be a fifth lighter.',
        'In the year after it was founded the ferry line grew.',
      ].map((t) => backReference(t)?.kind ?? null),
    ).toMatchInlineSnapshot(`
      [
        "thing",
        "thing",
        "organisation",
        "organisation",
        "person",
        "several",
        "person",
        "thing",
        null,
      ]
    `);
  });

  it('reads no subject that names itself or points forward', () => {
    expect(
      [
        'It is expected that the ferry will sail on Monday.',
        'Norvale Transit, the company said, will sail on Monday.',
        "The company's ferries sailed on Monday.",
        'Norvale said it will sail on Monday.',
        'The harbour closed on Monday.',
      ].map((t) => backReference(t)),
    ).toMatchInlineSnapshot(`
      [
        null,
        null,
        null,
        null,
        null,
      ]
    `);
  });
});

describe('namedSubject: the name a sentence opens with as its subject', () => {
  it('takes the name past its description, bracket or aside; none for two or an unclear clause', () => {
    expect(
      [
        'The Ruritanian ferry operator Norvale Transit announced on Monday that it would cut routes.',
        'Since March, Norvale has run 600 ferries.',
        'Norvale Transit (NT) said it would go.',
        'Norvale Transit, the state ferry operator, will cut jobs.',
        'The Kestrel 400, or Skylark, is a small car ferry.',
        'Norvale and Kestrel have both begun to offer buyouts.',
        'Kestrel will open the yard in 2026 and the ferry should sail in 2028.',
        'It could part ways with the business.',
        'Analysts expect a loss.',
      ].map(namedSubject),
    ).toMatchInlineSnapshot(`
      [
        "Norvale Transit",
        "Norvale",
        "Norvale Transit",
        "Norvale Transit",
        "Kestrel 400",
        null,
        null,
        null,
        null,
      ]
    `);
  });
});

describe('referentBefore: whom the subject stands for', () => {
  it('names it from the sentence before, past subjects that point back too', () => {
    expect([
      readAlone('Since March, Norvale has run 600 ferries.', 'It intends to cut that number to 360 by 2027.'),
      readAlone(
        'Norvale Transit said on Tuesday that it would close a depot.',
        'The firm has received state aid.',
        'The company has warned that it may sell two ships.',
      ),
      readAlone('Ana Ruiz spoke on Tuesday.', 'Moreover, she said that the depot would close.'),
    ]).toMatchInlineSnapshot(`
      [
        "[Norvale] intends to cut that number to 360 by 2027.",
        "[Norvale Transit] has warned that it may sell two ships.",
        "Moreover, [Ana Ruiz] said that the depot would close.",
      ]
    `);
  });

  it('names it behind a noun of a trade that names a firm, no person (supplier, provider)', () => {
    expect([
      readAlone('Kestrel signed a deal with the city.', 'The supplier has promised 40 trams by May.'),
      readAlone('Norvale said fares would rise.', 'In a statement, the provider blamed higher power prices.'),
    ]).toMatchInlineSnapshot(`
      [
        "[Kestrel] has promised 40 trams by May.",
        "In a statement, [Norvale] blamed higher power prices.",
      ]
    `);
  });

  it('names none of another kind (a noun then stays as written), of two clauses, of two firms, or one the opening names', () => {
    expect([
      readAlone('Ana Ruiz spoke on Tuesday.', 'The company has warned that it may sell two ships.'),
      readAlone('Kestrel will build it in 2026 and the jet should fly in 2028.', 'It will carry 90 cars.'),
      readAlone('Norvale and Kestrel have begun to offer buyouts.', 'Both raised their fares on Monday.'),
      readAlone('Ana Ruiz spoke.', "According to Norvale's statement, the company will appeal."),
      readAlone(
        'Ana Ruiz spoke.',
        'Asked what would happen if Ana Ruiz disagreed on the route, she said that it would not.',
      ),
    ]).toMatchInlineSnapshot(`
      [
        null,
        "unresolved",
        "unresolved",
        null,
        null,
      ]
    `);
  });
});

describe('speakerPronoun and quoteSpeakerOf: a quotation whose speaker is "he" or "she"', () => {
  it("names the speaker the brief's quotes give the cited sentence", () => {
    const text = '"We will bring the plan back," she said on Wednesday.';
    const reference = speakerPronoun(text);
    const speakerOf = quoteSpeakerOf([
      { speaker: 'Marta Oyelaran', citations: [{ sourceId: 'a', quote: text, start: 100, end: 154 }] },
    ]);
    const name = speakerOf({ sourceId: 'a', quote: text, start: 100, end: 154 });
    expect(reference && name ? withReferent(text, reference, name) : null).toMatchInlineSnapshot(
      `""We will bring the plan back," [Marta Oyelaran] said on Wednesday."`,
    );
    expect(speakerOf({ sourceId: 'b', quote: text, start: 100, end: 154 })).toBeNull();
  });

  it("reads the verbs of saying of data/saying-verbs.yaml, an attribution's own among them", () => {
    expect(
      [
        '"The depot stays open," she declared.',
        '"Why now?" he asked.',
        '"We are done here," she concluded.',
        '"Fares will rise," he said.',
        '"Fares will rise," he smiled.',
      ].map((t) => speakerPronoun(t)?.start ?? null),
    ).toMatchInlineSnapshot(`
      [
        24,
        11,
        20,
        19,
        null,
      ]
    `);
  });
});

describe('withSubjectBefore: an "it" named by the subject the sentence before opens with', () => {
  const read = (before: string, text: string) => withSubjectBefore([{ text: before }, { text }], 1);

  it('puts a name or "the" and a noun in the place of "it"', () => {
    expect(
      read(
        'The Orvan index fell 3% on Tuesday as the strike closed the quay.',
        'It closed 2% higher on Thursday.',
      ),
    ).toBe('[The Orvan index] closed 2% higher on Thursday.');
    expect(
      read('Norvale Transit raised its fares by a tenth on Monday.', 'It cut them again on 3 May.'),
    ).toBe('[Norvale Transit] cut them again on 3 May.');
  });

  it('leaves "he", a sentence before of two subjects, and one that opens with no such subject', () => {
    expect(
      read('Tomas Vell left the Kestrel Union on Monday.', 'He joined Norvale Transit on 3 May.'),
    ).toBeNull();
    expect(
      read(
        'Velmar Works will build the trams in 2026 and the ferries should sail in 2027.',
        'It will carry 90 cars.',
      ),
    ).toBeNull();
    expect(read('Some analysts expected a fall on Tuesday.', 'It closed 2% higher on Thursday.')).toBeNull();
    expect(read('The Orvan index fell 3% on Tuesday.', 'The index closed 2% higher on Thursday.')).toBeNull();
  });
});
