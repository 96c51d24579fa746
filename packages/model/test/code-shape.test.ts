import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CODE_CUE, cueEnd, holdsTwoCues, looksLikeCode } from '../src/code-shape.js';
import { STOP_WORDS } from '../src/text-stats.js';

describe('looksLikeCode: a sentence shaped as code, not prose', () => {
  it.each([
    'SELECT region, SUM(amount) AS total FROM orders GROUP BY region; region │ total ───────┼─────── north │ 120',
    'HTTP/1.1 404 Not Found Content-Type: text/plain Cache-Control: no-cache',
    '$ sudo systemctl restart nginx --now',
    'const rows = await db.query(sql); console.log(rows.length);',
    'class Order(Base): __tablename__ = "orders"; id = Column(Integer, primary_key=True)',
    '{"name": "north", "total": 120, "open": true}',
    // the cue in the first and the last of four tokens only: code needs two tokens with it, and has them
    'x=1 apple banana y=2',
  ])('reads code: %s', (text) => {
    expect(looksLikeCode(text)).toBe(true);
  });
  it.each([
    'To rebuild the cache, the office calls the reset_cache() function once a week from the billing.py script.',
    'The minister said the plan (which costs $50 million) would start in May.',
    'Mozilla Location Service[edit]',
    'Sales rose 12% (to 4.1 billion) in the year to March, i.e. faster than expected.',
    // Python's keywords are English function words: a short line of them reads as prose, and names nothing
    'for item in order.items: if item.price > limit: flagged.append(item)',
    'We build it with make -j4 and run the tests with npm test before each release.',
  ])('reads prose: %s', (text) => {
    expect(looksLikeCode(text)).toBe(false);
  });
});

describe('holdsTwoCues: two tokens with a mark of code', () => {
  // the cue as it was, with "\p{Lu}-\p{Lu}" of its own: "-\p{L}" matches wherever it did and ends where
  // it did, so the first cue ends at the same place and the second search starts there
  const WITH_CAPITALS = /[=;{}<>`\\\u2500-\u257f$|_([/]|\p{Ll}\.\p{Ll}|\p{Lu}-\p{Lu}|-\p{L}|":/gu;
  const before = (text: string): boolean => {
    WITH_CAPITALS.lastIndex = 0;
    if (!WITH_CAPITALS.test(text)) return false;
    const space = /\s/gu;
    space.lastIndex = WITH_CAPITALS.lastIndex;
    if (space.exec(text) === null) return false;
    WITH_CAPITALS.lastIndex = space.lastIndex;
    return WITH_CAPITALS.test(text);
  };

  it('answers as the cue with an alternative for a capital, "-" and a capital did', () => {
    const pieces = ['A', 'B', 'É', 'a', 'b', 'é', '-', '.', ' ', '"', ':', '=', '(', '1', 'Σ', 'ß'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 14 }), (parts) => {
        const text = parts.join('');
        expect(holdsTwoCues(text)).toBe(before(text));
      }),
      { numRuns: 20000 },
    );
    expect(['HTTP-GET X-Ray', 'A-B C', 'a.b C-D', 'A-B'].map(holdsTwoCues)).toEqual([
      true,
      false,
      true,
      false,
    ]);
  });
});

describe('looksLikeCode: the tokens read only where the cues may be enough', () => {
  // the reading before the cues were counted: every sentence with two cues split into tokens, each
  // tried against the patterns (those of code-shape.ts as they stood)
  const CODE_TOKEN =
    /(?:[={}<>`\\\u2500-\u257f]|\$(?![\d.,]*\d)|^\|.|.\|$)|(?:^[^\p{Lu}].*;|;.)|(?:\w(?:\((?!s\))|\[(?!\d+\]|\p{L}+\]$)))|(?:[\p{L}\d]_[\p{L}\d]|\p{Ll}\.\p{Ll})|(?:^(?:--?\p{L}|\.{0,2}\/\p{L}|~\/))|(?:^\p{Lu}+\/\d|^\p{Lu}[\p{L}\d]*(?:-\p{Lu}[\p{L}\d]*)+:$)|(?:^[{[]?"[^"]+":)/u;
  const LATIN = /^\(?(?:e\.g|i\.e|a\.m|p\.m)\.?[,:;)]?$/u;
  const before = (text: string): boolean => {
    if (!holdsTwoCues(text)) return false;
    let words = 0;
    let code = 0;
    let prose = 0;
    for (const token of text.split(/\s+/u)) {
      if (CODE_TOKEN.test(token) && !LATIN.test(token)) code++;
      else if (!/\p{L}/u.test(token)) continue;
      else {
        const bare = token.replace(/^[("'“‘]+|[)"'”’.,:;!?]+$/gu, '');
        if (STOP_WORDS.has(/^\p{Lu}\p{Ll}*$/u.test(bare) ? bare.toLowerCase() : bare)) prose++;
      }
      words++;
    }
    return words >= 4 && code >= 0.3 * words && code - prose >= 0.2 * words;
  };
  const tokens = [
    ...['x=1', 'f(x);', 'a.b', 'snake_case', '--all', '/usr/bin', '$', '"key":', 'HTTP/1.1', 'Content-Type:'],
    ...['e.g.', 'well-known', '(see', '[3]', 'A-B', 'x.Y', 'a|b', '│', 'Σ(x)', 'é=1'],
    ...['the', 'The', 'and', 'of', 'apple', 'Lyon', '42', '3.5', 'été', 'ß', '😀', 'AS', '"quoted"'],
  ];
  const spaces = [' ', '  ', '\t', '\n', '\u00a0', '\u3000'];

  it('answers as every token read did', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...tokens), fc.constantFrom(...spaces)), { maxLength: 16 }),
        fc.boolean(),
        (parts, leading) => {
          const text = (leading ? ' ' : '') + parts.map(([t, s]) => t + s).join('');
          expect(looksLikeCode(text)).toBe(before(text));
        },
      ),
      { numRuns: 30000 },
    );
  });
});

describe('cueEnd: where the cue pattern first matches', () => {
  it('ends where CODE_CUE ends, from every start', () => {
    // letters beyond the BMP ("𝑎" small, "𝐀" a capital), a lone surrogate of each kind, a box line
    const pieces = [
      ...['a', 'B', 'é', 'Σ', 'ß', '1', ' ', '.', '-', '"', ':', '=', '(', '│', '_', '$', '\t'],
      ...['𝑎', '𝐀', '\ud835', '\udc4e', '😀', 'ǅ', 'ª'],
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        // starts inside a surrogate pair are not asked for
        for (let from = 0; from <= text.length; from++) {
          const c = text.charCodeAt(from);
          const prev = text.charCodeAt(from - 1);
          if (c >= 0xdc00 && c <= 0xdfff && prev >= 0xd800 && prev <= 0xdbff) continue;
          CODE_CUE.lastIndex = from;
          expect(cueEnd(text, from)).toBe(CODE_CUE.test(text) ? CODE_CUE.lastIndex : -1);
        }
      }),
      { numRuns: 5000 },
    );
  });
});
