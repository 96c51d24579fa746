import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { franc } from 'franc-min';
import { expressions } from 'franc-min/expressions.js';
import { clean } from 'trigram-utils';
import { describe, expect, it } from 'vitest';
import { cleanText, latinCount, paddedText, trigramLanguage } from '../src/trigram-language.js';

const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));

/** Every fixture input, cut at several places and lengths, and texts of other scripts and languages. */
function samples(): string[] {
  const texts = fs
    .readdirSync(fixtures)
    .flatMap((dir) =>
      fs
        .readdirSync(path.join(fixtures, dir))
        .filter((f) => f.startsWith('input'))
        .map((f) => path.join(fixtures, dir, f)),
    )
    .map((f) => fs.readFileSync(f, 'utf8'));
  texts.push(
    'Die Bundesregierung hat am Dienstag einen Zeitplan für den Abzug der Truppen beschlossen.',
    'Le gouvernement a adopté mardi un calendrier pour le retrait des troupes du pays.',
    'El gobierno aprobó el martes un calendario para la retirada de las tropas del país.',
    'Правительство во вторник утвердило график вывода войск из страны.',
    'وافقت الحكومة يوم الثلاثاء على جدول زمني لانسحاب القوات من البلاد',
    '政府周二批准了从该国撤军的时间表。',
    '1234567890 !!! ??? 2024-01-01',
  );
  const out: string[] = [];
  for (const text of texts)
    for (const start of [0, 17, 400])
      for (const length of [9, 10, 25, 120, 600, 1000, 2100]) out.push(text.slice(start, start + length));
  return out;
}

describe('trigramLanguage', () => {
  it('may stop at a Latin majority: no other script of franc matches a Latin letter', () => {
    const scripts = Object.entries(expressions as Record<string, RegExp>);
    const latin = expressions.Latin as RegExp;
    const clashes: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const ch = String.fromCodePoint(cp);
      if (ch.match(latin) === null) continue;
      for (const [name, re] of scripts)
        if (name !== 'Latin' && ch.match(re) !== null) clashes.push(`${name} U+${cp.toString(16)}`);
    }
    expect(clashes).toEqual([]);
  });

  it('gives what franc-min gives, on every sample', () => {
    const all = samples();
    const differing = all.filter((t) => trigramLanguage(t, 10) !== franc(t, { minLength: 10 }));
    expect(all.length).toBeGreaterThan(300);
    expect(differing).toEqual([]);
  });

  // the old code is the oracle: franc's own clean-up and the array of matches it counted
  const unit = fc.oneof(
    fc.constantFrom(' ', '  ', '\t', '\n', '\u00a0', '\u3000', '\ufeff', '!', '@', '9', '-', ' . '),
    fc.constantFrom(
      'a',
      'Z',
      'é',
      'Σ',
      'ς',
      'İ',
      'ß',
      'Ж',
      'ا',
      '中',
      '\ud801\udf80',
      '\ud837\udf00',
      '\ud801',
    ),
    fc.constantFrom('\udf80', '\ud835\udc00', 'ǅ', 'ﬀ', 'Ａ', '\u2160'),
    fc.string({ unit: 'binary', maxLength: 2 }),
  );

  it('cleans a text as trigram-utils does', () => {
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 40 }), (units) => {
        const text = units.join('');
        expect(cleanText(text)).toBe(clean(text));
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 200) },
    );
  });

  it('writes the padded clean text in one pass as cleanText and the padding give it', () => {
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 40 }), (units) => {
        const text = units.join('');
        expect(paddedText(text)).toBe(` ${cleanText(text)} `);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 200) },
    );
    // every code unit once, alone and between letters (a few blocks a run: the set is built once)
    for (let c = 0; c < 0x10000; c += 1) {
      const u = String.fromCharCode(c);
      for (const text of [u, `A${u}b`, `Σ${u}`, `${u}Σ`])
        expect(paddedText(text)).toBe(` ${cleanText(text)} `);
    }
  });

  it('counts the Latin letters the script expression matches', () => {
    const latin = expressions.Latin as RegExp;
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 40 }), (units) => {
        const text = units.join('');
        expect(latinCount(text)).toBe(text.match(latin)?.length ?? 0);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 200) },
    );
    // every code unit alone, and each high surrogate before every low one the pattern names
    let all = '';
    for (let c = 0; c < 0x10000; c++) all += String.fromCharCode(c);
    expect(latinCount(all)).toBe(all.match(latin)?.length ?? 0);
    for (const high of ['\ud801', '\ud837', '\ud835']) {
      let pairs = '';
      for (let low = 0xdc00; low <= 0xdfff; low++) pairs += `${high}${String.fromCharCode(low)}x`;
      expect(latinCount(pairs)).toBe(pairs.match(latin)?.length ?? 0);
    }
  });
});
