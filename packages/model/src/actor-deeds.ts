import { z } from 'zod';
import { LowerWords, lazyData, wordSets } from './data-file.js';
import { withoutRelativeDays } from './date-phrases.js';
import {
  AUXILIARY_INSERTS,
  IRREGULAR_PAST,
  isPastOrParticiple,
  isRegularPast,
  PARTICIPLE_AUXILIARIES,
} from './english-cues.js';
import { escapeRegExp } from './escape-reg-exp.js';
import { isTitle } from './find-roles.js';
import { MONTH_NAMES, MONTH_SHORT_NAMES, WEEKDAYS } from './month-names.js';
import { isSayingVerb } from './saying-verbs.js';

const DeedWords = z.object({
  heads: LowerWords,
  cutBefore: LowerWords,
  dangling: LowerWords,
  linking: LowerWords,
  stative: LowerWords,
  quoteJoints: LowerWords,
  priceMoves: LowerWords,
  performance: LowerWords,
  economy: LowerWords,
  agreement: z.record(z.string().regex(/^\p{Ll}+$/u), z.string().regex(/^\p{Ll}+$/u)),
  jointly: LowerWords,
  namedObjectAfter: LowerWords,
});
/**
 * The word lists of `data/actor-deeds.yaml`, read once, each as a Set (`agreement` as a Map): the heads an
 * actor acts through, where a long clause is cut, the words a deed cannot end with, and the linking verbs
 * and participles of a state that make none.
 * @throws ZodError when the data file does not have its schema
 */
const deedWords = lazyData('actor-deeds.yaml', DeedWords, (raw) => ({
  ...wordSets(raw),
  agreement: new Map(Object.entries(raw.agreement)) as ReadonlyMap<string, string>,
}));

/**
 * Whether a noun in lower case is one an actor acts through (`heads` of `data/actor-deeds.yaml`:
 * "government", "officials", "parliament").
 * @param noun the noun, in lower case
 * @throws ZodError when the data file does not have its schema
 */
export function isActorHead(noun: string): boolean {
  return deedWords().heads.has(noun);
}

/**
 * A deed told of one actor: its opening verb, when a plural form (`agreement` of data/actor-deeds.yaml),
 * given in the form that agrees with one, in square brackets as words not in the original ("were granted
 * a loan …" of "Norvale Transit and Velmar Rail were granted a loan …" → "[was] granted a loan …"; "have
 * agreed …" → "[has] agreed …"), a word of `jointly` after it in the bracket too ("have both
 * begun" → "[has] begun"); any other deed as it is. The bottom line tells "Velmar Rail (…)",
 * one actor, where the sentence's subject had been two, a body's people or a firm taken as a plural.
 * @param deed a deed as {@link actorDeed} gives it
 * @throws ZodError when the data file does not have its schema
 */
export function agreeingWithOne(deed: string): string {
  const [verb = '', ...rest] = deed.split(' ');
  const { agreement, jointly } = deedWords();
  const one = agreement.get(verb);
  if (one === undefined) return deed;
  // "have both begun" tells the deed of two: "both" goes with the verb ("[has] begun")
  const after = jointly.has(rest[0] ?? '') ? rest.slice(1) : rest;
  return [`[${one}]`, ...after].join(' ');
}

/** A price's or an index's move by a share or to a level: "14% to $3.93", "2.5 percent", "300 points", "to 7,400". */
const PRICE_FIGURE = /\d[\d.,]*\s?(?:%|percent\b|per cent\b|points?\b)|\bto\s(?:\p{Lu}{0,3}[$€£¥])?\d/u;

/**
 * Whether a deed is a price's move, no act of the firm whose shares moved: a verb of `priceMoves`
 * (data/actor-deeds.yaml), after its auxiliaries, and a share or a level ("dropped 14% to $3.93", "has
 * fallen 300 points"), or a verb of `performance` ("fared worse"); not a firm's own figures ("lost $2
 * million", "cut 300 jobs").
 * @param deed a deed as {@link actorDeed} gives it
 * @throws ZodError when the data file does not have its schema
 */
export function movesPrice(deed: string): boolean {
  const verb = deed.split(' ').find((w) => !MODALS.has(w) && !BE.has(w) && !INSERTS.has(w)) ?? '';
  const { priceMoves, performance } = deedWords();
  return performance.has(verb) || (priceMoves.has(verb) && PRICE_FIGURE.test(deed));
}

/** Modals and "to be" forms whose verb follows: "will close", "is expected", "were attacked". */
const MODALS = new Set(['will', 'would', 'could', 'can', 'may', 'might', 'must', 'should', 'shall']);
const BE = new Set(['is', 'are', 'was', 'were', ...PARTICIPLE_AUXILIARIES]);
const INSERTS = new Set([...AUXILIARY_INSERTS, 'today', 'yesterday', 'reportedly']);
const PAST = new Set(IRREGULAR_PAST);

/** What may come before a sentence's first word: a time, a dash, a bullet. */
const LEADING_MARKS = /^[^\p{L}\p{N}"“]+/u;
/**
 * One or two opening phrases before the subject, each set off by a comma: "On Monday, …"; the first is
 * group 1.
 */
const OPENINGS = /^([^,"“”]{1,80},\s)(?:[^,"“”]{1,80},\s)?/u;
/**
 * Where a clause ends: a comma (not one of a date's, "March 3, 2019"), a colon, a dash, a bracket, a
 * quotation mark, the sentence's end.
 */
const CLAUSE_END = /(?<!\d),\s|,\s(?!\d{4}\b)|[;:!?"“”()]|\s[—–-]\s|\.(?:\s|$)/u;
/**
 * What the subject's name may be set off by before its verb: an apposition or a relative clause between
 * commas ("Norvale Transit, the city's tram operator, has ordered …", "Norvale Transit, which runs the
 * trams, said …"). A bank's announced loss so written had given its bank no deed (session 94).
 */
const APPOSITIVE = /^,\s(?:the|a|an|its|their|one of|which|who)\s[^,;:"“”()]{1,100}?,\s/u;
/**
 * Most words of a deed: "ordered 40 trams from a Hallam works" is one, a whole clause of 20 words is a
 * sentence. 12 read the deeds of the 7 bottom lines of the cluster briefs and `corpus/` (session 93):
 * longer clauses ran on through a second event; a clause cut at 8 words lost its object ("ordered 40 trams from a").
 */
const DEED_WORDS = 12;

/**
 * What an actor does in a sentence whose subject it is: the words from its verb to the end of the clause
 * (at most {@link DEED_WORDS}, cut before a preposition or a conjunction when longer, a name after "from",
 * "in" or "at" kept: {@link withNamedObject}), or '' when the
 * actor is the subject but its clause is too long to cut; null when the actor is not the subject. The
 * actor is the subject when the sentence (after one or two opening phrases set off by commas) opens with
 * its name or alias, after "the" and titles or capitalised words ("Transport Minister …"), and a verb
 * follows, past heads it acts through ("the Norvale government", "Veldorian officials", "Norvale's
 * parliament"; data/actor-deeds.yaml) or a title and a person's name ("Norvale Prime Minister Ana
 * Ruiz"): "Norvale Transit ordered 40 trams from a Hallam works on Monday." gives "ordered 40 trams from
 * a Hallam works" (a relative day, which names no day outside its report, is dropped), "Norvale's trams
 * are old" and "Stocks fell in Norvale" give null. A name set off by commas after an opening noun phrase
 * that describes it ("Rail maker, Kestrel Works, has won …") is the subject too. A name that stands
 * inside another actor's name in the sentence ("Kestrel Varnland have agreed …" of Varnland, the firm an
 * actor of its own) is no subject: the other actor acts.
 * @param sentence the sentence, as a source wrote it
 * @param names the actor's name and aliases
 * @param others the other actors' names and aliases, whose names may hold this one's (a name of both is
 *   no other's: only a longer name holding this one's counts)
 * @returns the deed as the sentence words it, '' or null
 */
export function actorDeed(
  sentence: string,
  names: readonly string[],
  others: readonly string[] = [],
): string | null {
  const text = sentence.replace(LEADING_MARKS, '');
  const name = new RegExp(
    String.raw`^(?:[Tt]he\s)?((?:\S+\s){0,8}?)(${[...names]
      .sort((a, b) => b.length - a.length)
      .map(escapeRegExp)
      .join('|')})(?:['’]s)?(?![\p{L}\p{N}])`,
    'u',
  );
  let longer: [number, number][] | undefined;
  const openings = OPENINGS.exec(text);
  const first = openings?.[1]?.length ?? 0;
  const both = openings?.[0].length ?? 0;
  for (const from of [...new Set([0, first, both])]) {
    const rest = text.slice(from);
    const m = name.exec(rest);
    if (!m || !(m[1] as string).split(' ').every(opensSubject)) continue;
    // the name is part of another actor's ("Kestrel Varnland" of Varnland): that actor is the subject
    const start = from + m.index + m[0].indexOf(m[2] as string, (m[1] as string).length);
    const end = start + (m[2] as string).length;
    longer ??= spansOf(text, others);
    if (longer.some(([s, e]) => s <= start && end <= e && e - s > end - start)) continue;
    let after = rest.slice(m[0].length).replace(APPOSITIVE, ' ');
    // a name set off by commas after an opening phrase that describes it ("Rail maker, Kestrel Works,
    // has won …"): an aircraft maker so written had no deed in its brief (bl106)
    // — a phrase ending on a common noun, not a name's list ("Velmar Rail, Kestrel Works, …")
    if (from > 0 && from === first && /(?:^|\s)\p{Ll}+,\s$/u.test(text.slice(0, first)))
      after = after.replace(/^,\s(?=\p{Ll})/u, ' ');
    const deed = deedAfter(after);
    if (deed !== null) return deed;
  }
  return null;
}

/** The pattern of each list of other actors' names, built once for all the sentences read with it. */
const namePatterns = new WeakMap<readonly string[], RegExp>();

/**
 * Where names stand in a text, as [start, end) spans, each whole-word occurrence of each name.
 * @param text the text
 * @param names the names to find (one pattern is built for each list and kept)
 */
function spansOf(text: string, names: readonly string[]): [number, number][] {
  if (names.length === 0) return [];
  let pattern = namePatterns.get(names);
  if (pattern === undefined) {
    pattern = new RegExp(
      String.raw`(?<![\p{L}\p{N}])(?:${[...names]
        .sort((a, b) => b.length - a.length)
        .map(escapeRegExp)
        .join('|')})(?![\p{L}\p{N}])`,
      'gu',
    );
    namePatterns.set(names, pattern);
  }
  return [...text.matchAll(pattern)].map((m) => [m.index, m.index + m[0].length]);
}

/**
 * The deed after an actor's name: past the heads it acts through and a person's name after a title,
 * the verb and the rest of its clause; null when no verb comes next.
 * @param after the text right after the name
 */
function deedAfter(after: string): string | null {
  const { heads, cutBefore, dangling } = deedWords();
  const words = after.trimStart().split(/\s+/);
  let i = 0;
  let titled = false;
  while (i < words.length && i < 6) {
    const w = words[i] as string;
    if (heads.has(w) || isTitle(w)) titled ||= isTitle(w);
    else if (!(titled && NAME_WORD.test(w))) break;
    i++;
  }
  // one subject of two ("Norvale's premier and Kestrel President Ana Ruiz agreed"): the other's words
  if (words[i] === 'and') {
    let j = i + 1;
    while (j < words.length && j <= i + 8 && opensSubject(words[j] as string) && words[j] !== 'and') j++;
    i = j;
  }
  if (!isVerbAt(words, i)) return null;
  // an economy's state ("has entered a recession", "returned to growth") tells where the subject's news
  // happens, no deed of it: a markets brief had named a country so written among its actors (session 94)
  const economy = deedWords().economy;
  if (words.slice(i, i + 5).some((w) => economy.has(w.replace(/[^\p{L}]+$/u, '').toLowerCase()))) return null;
  // a short aside in brackets ("€40 million (US$44 million) for a depot") is no end of the clause
  const clause = words
    .slice(i)
    .join(' ')
    .replace(/\s\([^()]{1,40}\)(?=[\s,.;:]|$)/gu, '');
  const quoted = quotedObject(clause);
  if (quoted !== null) return quoted;
  const end = CLAUSE_END.exec(clause);
  const whole = (end ? clause.slice(0, end.index) : clause).trim().replace(/\.$/, '');
  // a relative day ("said on Tuesday that …") names no day outside its report (fixture in actor-deeds.test)
  const bare = withoutRelativeDays(whole);
  let deed = bare.split(' ').filter((w) => w !== '');
  // a participle after a noun whose time phrase went with the day ("in a letter sent [earlier today]")
  // is left without its complement: it dangles too, when a preposition's noun it follows (a verb's
  // object keeps its state: "has kept its depots closed [until Friday]")
  const dayCut =
    bare !== whole &&
    whole.startsWith(bare) &&
    endsOnBareParticiple(deed) &&
    deed.slice(-5, -2).some((w) => cutBefore.has(w));
  if (deed.length > DEED_WORDS || dayCut || dangling.has(deed.at(-1) as string)) {
    // a long clause: the longest run of words before a preposition or a conjunction, four words or more,
    // that does not dangle ("… more riders in May than" gives way to "… more riders"); so too a clause
    // left dangling by its relative day ("lost $2 million in the third quarter of [this year]" gives
    // "lost $2 million")
    let k = Math.min(DEED_WORDS, deed.length - 1);
    // "at least four months" is a quantity, no phrase to cut before
    // "and" before a second verb ends the first predicate ("toured the depot | and said fares were …")
    const cuts = (k: number) =>
      (cutBefore.has(deed[k] as string) &&
        !(deed[k] === 'at' && /^(?:least|most)$/.test(deed[k + 1] ?? ''))) ||
      (deed[k] === 'and' && isVerbAt(deed, k + 1));
    // a shorter run too when a name it keeps after the cut makes it four words or more ("won a contract
    // | from Norvale Transit" gives "won a contract from Norvale Transit"; {@link withNamedObject})
    let end = 0;
    for (; k >= 2 && end === 0; k--) {
      if (!cuts(k) || dangling.has(deed[k - 1] as string)) continue;
      const named = withNamedObject(deed, k);
      if (k >= 4 || named >= 4) end = named;
    }
    deed = deed.slice(0, end);
  }
  return deed.length === 0 || dangling.has(deed.at(-1) as string) ? '' : deed.join(' ');
}

/** Most words of a name read as a preposition's object after a cut ("from Norvale Regional Transit Board"). */
const NAMED_OBJECT_WORDS = 4;
/** A day's or a month's name, no name of whom or where ("in May", "at Easter" is a holiday's). */
const CALENDAR_NAMES = new Set([...MONTH_NAMES, ...MONTH_SHORT_NAMES, ...WEEKDAYS]);

/**
 * Where a deed cut before a preposition ends when the preposition's object is a name: past the name
 * ("won a contract | from Norvale Transit for …" gives "won a contract from Norvale Transit"), so that
 * the deed says from whom or where (after a word of `namedObjectAfter`, data/actor-deeds.yaml); the cut as it was when the name runs past {@link DEED_WORDS} or
 * {@link NAMED_OBJECT_WORDS}, holds a day or a month ("in May"), is possessed ("from
 * Norvale Transit's parent") or runs on into a capitalised word. An aircraft maker "(has won an order)"
 * had stood among two briefs' main actors where its sentence named the buyer (bl107).
 * @param deed the clause's words
 * @param k where the cut falls, before a word of `cutBefore`
 * @returns where the deed ends
 */
function withNamedObject(deed: readonly string[], k: number): number {
  if (!deedWords().namedObjectAfter.has(deed[k] as string)) return k;
  let j = k + 1;
  while (j < deed.length && j - k - 1 <= NAMED_OBJECT_WORDS && NAME_WORD.test(deed[j] as string)) j++;
  const name = deed.slice(k + 1, j);
  if (name.length === 0 || name.length > NAMED_OBJECT_WORDS || j > DEED_WORDS) return k;
  if (name.some((w) => CALENDAR_NAMES.has(w) || /['’]s?$/u.test(w) || /[^\p{L}\p{N}-]$/u.test(w))) return k;
  return j;
}

/** A quotation mark that opens a passage: a curly opening mark, or a straight one after a space. */
const OPENING_MARK = /^(?:“|")(?=\S)/u;

/**
 * The deed of a clause whose object is a quotation ('vowed to "renew every line"'): the words up to the
 * quotation and the quotation whole when the deed so holds at most {@link DEED_WORDS} words, else the
 * quotation's first phrase, cut before a joint of `quoteJoints` or `cutBefore` (data/actor-deeds.yaml)
 * after two words at least and marked as cut ('agreed to "renew every line …"'); null when the clause ends
 * before a quotation (the caller then reads it as one without) or the quotation opens no phrase to keep.
 * A deed cut at the opening mark had been "vowed to", which dangles: the main actors of a brief whose
 * deeds were quoted pledges had none (session 94).
 * @param clause the clause from its verb on
 */
function quotedObject(clause: string): string | null {
  const end = CLAUSE_END.exec(clause);
  if (!end || end.index === 0) return null;
  const mark = OPENING_MARK.exec(clause.slice(end.index));
  if (!mark || !/\s$/.test(clause.slice(0, end.index))) return null;
  const { cutBefore, dangling, quoteJoints } = deedWords();
  const before = withoutRelativeDays(clause.slice(0, end.index).trim())
    .split(' ')
    .filter((w) => w !== '');
  const open = end.index + 1;
  const close = clause.slice(open).search(mark[0] === '“' ? /”/u : /"/u);
  const inside = (close < 0 ? clause.slice(open) : clause.slice(open, open + close)).trim();
  const closing = mark[0] === '“' ? '”' : '"';
  // the quotation's own end mark ("… the community.") is no part of the deed
  const words = inside
    .replace(/[.,;:]$/u, '')
    .split(/\s+/)
    .filter((w) => w !== '');
  if (before.length === 0 || words.length === 0) return null;
  if (close >= 0 && before.length + words.length <= DEED_WORDS)
    return `${before.join(' ')} ${mark[0]}${words.join(' ')}${closing}`;
  const room = DEED_WORDS - before.length;
  for (let k = 2; k < words.length && k <= room; k++) {
    const w = (words[k] as string).toLowerCase();
    const last = words[k - 1] as string;
    const joint = quoteJoints.has(w) || cutBefore.has(w) || last.endsWith(',');
    if (joint && !dangling.has(last.replace(/,$/, '').toLowerCase()))
      return `${before.join(' ')} ${mark[0]}${[...words.slice(0, k - 1), last.replace(/,$/, '')].join(' ')} …${closing}`;
  }
  return null;
}

/** A word of a person's name: capitalised, or a particle joined to it ("ul-Kestri"). */
const NAME_WORD = /^(?:\p{Lu}|\p{Ll}{1,3}-\p{Lu})/u;

/** Whether a word can stand in a subject before the actor's name: a name's word, a title, "and". */
function opensSubject(w: string): boolean {
  return w === '' || w === 'and' || NAME_WORD.test(w) || isTitle(w) || deedWords().heads.has(w);
}

/**
 * Whether words[i] opens a verb: a past, a verb of saying, a modal or an auxiliary and its participle;
 * not a linking verb ("will remain the hub") nor a participle of a state ("is owned by"), which tell what
 * the subject is, not what it did.
 */
function isVerbAt(words: readonly string[], i: number): boolean {
  const w = words[i];
  if (w === undefined || !/^\p{Ll}+$/u.test(w)) return false;
  const next = () => {
    let j = i + 1;
    while (j < words.length && INSERTS.has(words[j] as string)) j++;
    return words[j] ?? '';
  };
  const { linking, stative } = deedWords();
  if (MODALS.has(w)) return /^\p{Ll}+$/u.test(next()) && !linking.has(next());
  if (BE.has(w)) return isParticiple(next()) && !stative.has(next());
  return !linking.has(w) && (PAST.has(w) || isSayingVerb(w) || isRegularPast(w));
}

/**
 * Whether a deed ends on a participle right after a noun, not after an auxiliary or a modal ("in a letter
 * sent", not "was sent"): a participle that modifies the noun before it and whose complement was cut.
 * @param deed the deed's words
 */
function endsOnBareParticiple(deed: readonly string[]): boolean {
  const last = deed.at(-1);
  const before = deed.at(-2);
  if (last === undefined || before === undefined || !isPastOrParticiple(last)) return false;
  return !(
    BE.has(before) ||
    MODALS.has(before) ||
    INSERTS.has(before) ||
    /^(?:has|have|had|been)$/.test(before)
  );
}

function isParticiple(w: string): boolean {
  return isPastOrParticiple(w) || w === 'been';
}
