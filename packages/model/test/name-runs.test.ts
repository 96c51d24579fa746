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

  it('tries names only before where the context matches, as a scan of every start would find them', () => {
    // nameThen as it was: the pattern's next name from each start, then the context after it
    const scanned = (text: string, after: RegExp, from: number, opens: (at: number) => boolean) => {
      const next = new RegExp(NAME, 'gu');
      for (let at = from; at <= text.length; ) {
        next.lastIndex = at;
        const m = next.exec(text);
        if (!m) return null;
        const found = opens(m.index) ? nameThenAt(text, m.index, after) : null;
        if (found) return found;
        at = m.index + ((text.codePointAt(m.index) as number) > 0xffff ? 2 : 1);
      }
      return null;
    };
    // units no name holds (digits, brackets, semicolons) beside those it may
    const breakers = fc.constantFrom(' (', '); ', '; ', ' 2 ', ': ', '/', ' & ', '\n', ' — ', '“', '”');
    const mixed = fc.array(fc.oneof(texts, breakers), { maxLength: 4 }).map((parts) => parts.join(''));
    const afters = [...AFTERS, String.raw`,\s(?:the|a)\s[\p{L}\s]{0,20}$`, String.raw`\s\p{Lu}`];
    fc.assert(
      fc.property(mixed, fc.constantFrom(...afters), fc.nat(40), fc.nat(3), (text, after, from, every) => {
        const sticky = new RegExp(after, 'uy');
        const start = Math.min(from, text.length);
        // a start a caller's pattern allows, such as one after a space or the text's start
        const opens = (at: number) => every === 0 || at % (every + 1) !== 1;
        const found = nameThen(text, sticky, start, opens);
        const expected = scanned(text, sticky, start, opens);
        expect(found && [found.index, found.end, [...found.after]]).toEqual(
          expected && [expected.index, expected.end, [...expected.after]],
        );
      }),
      { numRuns: 3000 },
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
