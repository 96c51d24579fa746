import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openingSubject, VERB_FORM } from '../src/opening-subject.js';

const VERB = new RegExp(`^(?:${VERB_FORM})$`, 'u');
/** Invented words of a subject, its asides and its verbs. */
const WORDS = [
  'The',
  'Norvale',
  'Transit',
  'Kestrel',
  '400',
  '(NT)',
  'ferry',
  'operator,',
  'company',
  'It',
  'She',
  'said',
  'has',
  'ordered',
  'runs',
  'also',
  'state',
  'trams.',
  'of',
  "Norvale's",
];

describe('openingSubject: the subject a sentence opens with, and where its verb starts', () => {
  it('reads a name, a pronoun, a description, past an opening and an aside', () => {
    expect(
      [
        'The Ruritanian ferry operator Norvale Transit announced a new route.',
        'However, the ferry company has warned of delays.',
        'In a letter to its staff on Monday, Kestrel Union said it would strike.',
        'Norvale Transit, the state ferry operator, will order 40 trams.',
        'Norvale Transit (NT) said it would appeal.',
        'It ordered 40 trams.',
        "Norvale's board said it would appeal.",
        'The head of Norvale said it would appeal.',
      ].map((text) => {
        const s = openingSubject(text);
        return (
          s && `${s.kind} ${s.name ?? s.head} | ${text.slice(s.start, s.end)} | ${text.slice(s.verbStart)}`
        );
      }),
    ).toMatchInlineSnapshot(`
      [
        "name Norvale Transit | The Ruritanian ferry operator Norvale Transit | announced a new route.",
        "definite company | the ferry company | has warned of delays.",
        "name Kestrel Union | Kestrel Union | said it would strike.",
        "name Norvale Transit | Norvale Transit | will order 40 trams.",
        "name Norvale Transit | Norvale Transit | said it would appeal.",
        "pronoun It | It | ordered 40 trams.",
        null,
        null,
      ]
    `);
  });

  it('gives a span before its verb, the verb a verb form, and the head its last word', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS), { maxLength: 14 }), (words) => {
        const text = words.join(' ');
        const s = openingSubject(text);
        if (s === null) return;
        expect(s.start).toBeLessThanOrEqual(s.end);
        expect(s.end).toBeLessThanOrEqual(s.verbStart);
        expect(text.slice(s.verbStart).split(' ')[0]).toMatch(VERB);
        expect(s.head).toBe(s.words.at(-1));
        if (s.name !== null) expect(s.words.join(' ').endsWith(s.name)).toBe(true);
      }),
    );
  });

  it('reads the same subject after a connective, moved by its length', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS), { maxLength: 12 }), (words) => {
        const text = words.join(' ');
        const plain = openingSubject(text);
        const after = openingSubject(`Meanwhile ${text}`);
        if (plain === null || after === null || /^[^"“”,]{1,90},/u.test(text)) return;
        expect({
          ...after,
          start: after.start - 10,
          end: after.end - 10,
          verbStart: after.verbStart - 10,
        }).toEqual(plain);
      }),
    );
  });
});
