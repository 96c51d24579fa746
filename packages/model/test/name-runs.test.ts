import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nameParticles } from '../src/name-particles.js';
import { NAME, NAME_START, nameEndAt, nameThen, nameThenAt } from '../src/name-runs.js';
import { sayingVerbs } from '../src/saying-verbs.js';

const VERBS = String.raw`(?:\b(?:${sayingVerbs().verbs.join('|')})|${sayingVerbs().withHearer.join('|')})\b`;
// what the speaker cues set after a name: each opens with a comma, or with a space and a word no name has
const AFTERS = [
  String.raw`(,\s\d{1,3},)?\s${VERBS}`,
  String.raw`,\s\d{1,3},\s`,
  String.raw`,\s((?:the\s)?[^,"“”]{3,80}?),\s${VERBS}`,
  String.raw`\s((?:of|at|from)\s(?:the\s)?\p{Lu}[\p{L}&.'’-]*),?\s${VERBS}`,
];
const NAMES = [
  ...['Ana', 'Ruiz', 'James', 'P.', 'J.', 'Kennedy', 'Jr', 'Sr', 'Dr.', 'Gen.', 'de', 'van', 'der', 'al'],
  ...[
    'al-Amin',
    'ibn-Saud',
    'el-Sisi',
    'bin',
    'Jean-Paul',
    'O’Neill',
    "Biden's",
    'Biden’s',
    '"Bo"',
    '“Bo”',
    '𝐀na',
    'Ünal',
    'Øst',
  ],
];
const OTHERS = ['said', 'told', 'says', 'the', 'of', 'from', 'University', 'a', 'spokesman', '34', 'who'];
const SEPARATORS = [' ', ' ', ' ', ', ', ',', '.', '., ', '. ', '-', '  ', '’s ', "'"];
const piece = fc.oneof(
  { arbitrary: fc.constantFrom(...NAMES), weight: 3 },
  { arbitrary: fc.constantFrom(...OTHERS), weight: 1 },
);
const texts = fc
  .array(fc.tuple(piece, fc.constantFrom(...SEPARATORS)), { maxLength: 12 })
  .map((parts) => parts.map(([word, separator]) => word + separator).join(''));

describe('name runs: one NAME pattern, the context after it by small patterns', () => {
  it('finds what the pattern of the name and its context finds, from every start', () => {
    fc.assert(
      fc.property(texts, fc.constantFrom(...AFTERS), (text, after) => {
        const whole = new RegExp(`(${NAME})${after}`, 'u').exec(text);
        const found = nameThen(text, new RegExp(after, 'uy'));
        expect(found && [found.index, text.slice(found.index, found.end), ...found.after.slice(1)]).toEqual(
          whole && [whole.index, ...whole.slice(1)],
        );
        for (let at = 0; at < text.length; at++) {
          const here = new RegExp(`(${NAME})${after}`, 'uy');
          here.lastIndex = at;
          const one = here.exec(text);
          const mine = nameThenAt(text, at, new RegExp(after, 'uy'));
          // the name's end, not the text from `at`: from inside a surrogate pair ("𝐀na") a sticky /u
          // pattern starts at the pair's first unit, and so does nameThenAt
          expect(mine?.end ?? null).toEqual(one ? one.index + (one[1] as string).length : null);
          const last = new RegExp(NAME, 'uy');
          last.lastIndex = at;
          expect(nameEndAt(text, at)).toEqual(last.test(text) ? last.lastIndex : -1);
          // a name opens as NAME_START says, which the role before a name looks ahead for
          const opens = new RegExp(NAME_START, 'uy');
          opens.lastIndex = at;
          if (nameEndAt(text, at) >= 0) expect(opens.test(text)).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('tries the suffix with its stop after a name that ends in "Jr" before one', () => {
    const text = 'James P. Kennedy Jr., the U.S. Attorney, said so.';
    const found = nameThen(text, /,\s((?:the\s)?[^,"“”]{3,80}?),\s(?:said)\b/uy);
    expect(found && text.slice(found.index, found.end)).toBe('James P. Kennedy Jr.');
    // two tokens before "Jr" are needed: "Kennedy Jr" alone has one
    expect(nameThen('Kennedy Jr., the attorney, said so.', /,\s/uy)).toBeNull();
    // nor after a particle: "Corp van Sr." has no suffix, and the name ends before "Sr"
    for (const text of ['Ana de Corp van Sr., said', 'Ana de Corp Sr., said', 'Ana Corp Sr.x, said']) {
      const whole = new RegExp(`(${NAME}),\\s`, 'u').exec(text);
      const found = nameThen(text, /,\s/uy);
      expect(found && [found.index, text.slice(found.index, found.end)]).toEqual(
        whole && [whole.index, whole[1]],
      );
    }
  });

  it('reads particles that no context after a name can open with', () => {
    // what `nameThen` assumes of `data/name-particles.yaml`: no particle is capitalised (a token) or a
    // word a context after a name opens with (a verb of saying, "of", "at", "from")
    const opens = new RegExp(`^(?:${VERBS}|of|at|from)$`, 'u');
    for (const particle of nameParticles().name) {
      expect(particle).toMatch(/^\p{Ll}+$/u);
      expect(particle).not.toMatch(opens);
    }
  });
});
