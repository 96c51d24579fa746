import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Article } from '../src/article.js';
import { Briefing } from '../src/briefing.js';
import { buildBriefing } from '../src/build-briefing.js';
import { compareBriefings } from '../src/compare-briefings.js';
import { dropDuplicates, minHash, similarity } from '../src/drop-duplicates.js';
import { storyTitlesToKeep } from '../src/find-stories.js';
import { groupStories } from '../src/group-stories.js';
import { textArticle } from '../src/text-article.js';

const article = (id: string, text: string, extra: Partial<Article> = {}): Article =>
  textArticle(id, text, extra);

const FLOOD = (n: number) =>
  `Heavy rain flooded the river valley on Monday and the dam operators opened the spillway gates. Rescue teams evacuated ${n} villages near the reservoir while the river kept rising. Engineers said the dam held but the spillway damaged the bridge downstream.`;
const CHESS = (n: number) =>
  `The chess championship reached round ${n} in the capital. The challenger sacrificed a knight in the opening and the champion defended for five hours before the game ended in a draw. Grandmasters praised the endgame technique of both players.`;

/** Words of general news (in 0.5–30 % of its texts), each drawn as often as general news uses it. */
const EVERYDAY = (() => {
  const bg = JSON.parse(readFileSync(new URL('../data/background-df.json', import.meta.url), 'utf8')) as {
    docs: number;
    df: Record<string, number>;
  };
  const words = Object.keys(bg.df)
    .filter(
      (w) =>
        /^[a-z]{3,}$/.test(w) &&
        (bg.df[w] as number) / bg.docs > 0.005 &&
        (bg.df[w] as number) / bg.docs < 0.3,
    )
    .sort();
  const upTo: number[] = [];
  let sum = 0;
  for (const w of words) {
    sum += bg.df[w] as number;
    upTo.push(sum);
  }
  return { words, upTo };
})();

/** 300 sentences of everyday words drawn at random (seeded), one in 20 a word of `subject` when given. */
function everydayPage(seed: number, subject: readonly string[] = []): string {
  let state = seed;
  const next = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  const draw = () => {
    const x = next() * (EVERYDAY.upTo.at(-1) as number);
    let lo = 0;
    let hi = EVERYDAY.upTo.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((EVERYDAY.upTo[mid] as number) < x) lo = mid + 1;
      else hi = mid;
    }
    return EVERYDAY.words[lo] as string;
  };
  const sentences: string[] = [];
  for (let s = 0; s < 300; s++) {
    const words = Array.from({ length: 8 + Math.floor(next() * 8) }, () =>
      subject.length > 0 && next() < 0.05 ? (subject[Math.floor(next() * subject.length)] as string) : draw(),
    );
    sentences.push(`${words.join(' ')}.`);
  }
  return sentences.join(' ');
}

/** Two reports of a flood and two of a chess match, interleaved. */
const floodsAndChess = () => [
  article('f1', FLOOD(3)),
  article('c1', CHESS(4)),
  article('f2', FLOOD(5)),
  article('c2', CHESS(6)),
];

describe('groupStories', () => {
  it('keeps two unrelated subjects apart, whatever the input order', () => {
    const articles = floodsAndChess();
    const grouped = groupStories(articles).map((s) => s.sourceIds);
    expect(grouped).toEqual([
      ['c1', 'c2'],
      ['f1', 'f2'],
    ]);
    expect(groupStories([...articles].reverse()).map((s) => s.sourceIds)).toEqual(grouped);
  });

  it('joins the sources of one story that write a word naming a property of every object ("constructor")', () => {
    // a plain object of word counts answered "constructor" with a function: NaN weights, and the
    // sources that both wrote it were not one story
    const builder = (n: number) => `${FLOOD(n)} The dam's constructor said the gates worked.`;
    const articles = [
      article('f1', builder(3)),
      article('c1', CHESS(4)),
      article('f2', builder(5)),
      article('c2', CHESS(6)),
    ];
    expect(groupStories(articles).map((s) => s.sourceIds)).toEqual([
      ['c1', 'c2'],
      ['f1', 'f2'],
    ]);
  });

  it('keeps long pages on unrelated subjects apart, though they share hundreds of everyday words', () => {
    // ten pages of words drawn by their share of general news, and two that also share a subject: over
    // all their terms the ten were as alike as one story's sources (29 real pages made one story)
    const pages = Array.from({ length: 10 }, (_, i) => article(`p${i}`, everydayPage(i + 1)));
    const subject = ['vantor', 'quellin', 'marsk', 'tiberon', 'ostrava', 'kelvane', 'dunmoor', 'perrin'];
    pages.push(article('s1', everydayPage(11, subject)), article('s2', everydayPage(12, subject)));
    const grouped = groupStories(pages).map((s) => s.sourceIds);
    expect(grouped.find((ids) => ids.includes('s1'))).toEqual(['s1', 's2']);
    expect(grouped.filter((ids) => ids.length > 1)).toHaveLength(1);
  });

  it('keeps a few pages on unrelated subjects apart when the only words they share are a few everyday ones', () => {
    // each page's own subject (40 words of no other page) and the same everyday sentence: counted without
    // the page's own words, such pages were all of that sentence, and a small brief made them one story
    const shared = 'The team held its place on the stage and made a strong performance there.';
    const own = (p: number) =>
      Array.from(
        { length: 40 },
        (_, i) =>
          `${['zor', 'vel', 'mik', 'tas'][p]}${['ba', 'de', 'fi', 'go', 'hu', 'ka', 'le', 'mo', 'nu', 'pi'][i % 10]}${['rt', 'nd', 'sk', 'lm'][Math.floor(i / 10)]}`,
      ).join(' ');
    const pages = [0, 1, 2, 3].map((p) => article(`p${p}`, `${own(p)}. ${shared} ${own(p)}.`));
    expect(groupStories(pages).map((s) => s.sourceIds)).toEqual([['p0'], ['p1'], ['p2'], ['p3']]);
  });

  it('keeps two long pages apart when the everyday words they share are many but their own words more', () => {
    // two long pages of everyday words that also share a register (40 everyday words, each said three
    // times on each page), each with 300 invented words of its own said twice, and two short reports of
    // one event. The long pages share more than MAX_TERMS words: measured over their 120 heaviest shared
    // terms alone, their own words left out of their length, they looked alike (0.37) and made one story
    const own = (p: number) => inventedWords(p, 300);
    const register = EVERYDAY.words.filter((_, i) => i % 37 === 5).slice(0, 40);
    const shared = Array.from({ length: 3 }, () => register.join(' ')).join('. ');
    const pages = longPagesAndFloods(shared, own);
    expect(groupStories(pages).map((s) => s.sourceIds)).toEqual([['f1', 'f2'], ['long1'], ['long2']]);
  });

  it('weighs the everyday words of conversation as common, though wire news seldom uses them', () => {
    // two long pages of everyday words that also share the words of talk (each said four times on each
    // page: "really", "idea", "stuff", words wire news seldom writes), each with 200 invented words of
    // its own: counted as rare, the words of talk made them alike (0.33) and one story
    const own = (p: number) => inventedWords(p, 200);
    const talk =
      'really actually anything everything something pretty thing things idea feel guess kind lot stuff sure glad sorry talk tell wait honey funny nice crazy bet mind anyway somebody everybody exactly stupid cool whatever remember forget tonight minute';
    const shared = Array.from({ length: 4 }, () => talk).join('. ');
    const pages = longPagesAndFloods(shared, own);
    expect(groupStories(pages).map((s) => s.sourceIds)).toEqual([['f1', 'f2'], ['long1'], ['long2']]);
  });

  it('weighs an actor by its share of general news: common ones shared by all keep stories apart, rare ones join', () => {
    // looked up by the whole name, no actor was found among general news's words: four that every
    // news text names, shared by all four sources, outweighed each story's own words
    const articles = floodsAndChess();
    const sharing = (actors: string[]) =>
      groupStories(articles, { actorsOf: new Map(articles.map((a) => [a.id, actors])) }).map(
        (s) => s.sourceIds,
      );
    expect(sharing(['United States', 'United Nations', 'White House', 'United Kingdom'])).toEqual([
      ['c1', 'c2'],
      ['f1', 'f2'],
    ]);
    expect(sharing(['Vantor Quellin', 'Marsk Tiberon', 'Kelvane', 'Dunmoor Perrin'])).toEqual([
      ['c1', 'c2', 'f1', 'f2'],
    ]);
  });

  it('derives a story id from its earliest source, so a later source does not change it', () => {
    const a = article('f1', FLOOD(3), { published: '2024-01-01', url: 'https://example.org/flood' });
    const b = article('f2', FLOOD(5), { published: '2024-01-02' });
    const [one] = groupStories([a, b]);
    const [two] = groupStories([a, b, article('f3', FLOOD(7), { published: '2024-01-03' })]);
    expect(one?.id).toBe(two?.id);
    expect(one?.id).toMatch(/^s-[0-9a-f]{10}$/);
  });
});

describe('buildBriefing with the previous brief', () => {
  const flood = (n: number, day: string, title: string) =>
    article(`f${n}`, FLOOD(n), {
      published: `2024-01-0${day}`,
      title,
      url: `https://example.org/flood-${n}`,
    });
  const day1 = [
    flood(3, '2', 'Rain swells the valley river'),
    flood(5, '3', 'Villages evacuated as the dam spillway opens'),
  ];
  // the later reports share most of their title's words with the second, none with the first
  const day2 = [
    ...day1,
    flood(7, '1', 'Dam spillway opens and villages are evacuated'),
    flood(9, '4', 'Spillway of the dam opens, villages evacuated'),
  ];
  const now = new Date('2024-01-10T00:00:00Z');
  const first = buildBriefing(day1, { id: 'b', now }).value;
  const previous = {
    sources: first.sources.map((s) => s.url ?? s.path),
    storyTitles: storyTitlesToKeep(first.stories),
  };

  it("numbers yesterday's sources first, in their order, and the new ones after them by date", () => {
    expect(first.sources.map((s) => s.id)).toEqual(['f3', 'f5']);
    const next = buildBriefing(day2, { id: 'b', now, previous }).value;
    expect(next.sources.map((s) => s.id)).toEqual(['f3', 'f5', 'f7', 'f9']);
    // without a previous brief, by date alone: the page of the 1st comes first
    expect(buildBriefing(day2, { id: 'b', now }).value.sources.map((s) => s.id)).toEqual([
      'f7',
      'f3',
      'f5',
      'f9',
    ]);
    // one gone: those after it close up, in the same order
    const gone = buildBriefing([day2[0], ...day2.slice(2)] as Article[], { id: 'b', now, previous }).value;
    expect(gone.sources.map((s) => s.id)).toEqual(['f3', 'f7', 'f9']);
  });

  it('keeps a story its title until the story has doubled since the title was chosen', () => {
    const build = (sources: readonly Article[], before = previous) =>
      buildBriefing(sources, { id: 'b', now, previous: { ...before, storyTitles: before.storyTitles } })
        .value;
    const story = (b: { stories: readonly { id: string; title: string }[] }) => {
      expect(b.stories).toHaveLength(1);
      return b.stories[0] as { id: string; title: string; sourceIds: string[] };
    };
    const RAIN = 'Rain swells the valley river';
    expect(first.stories.map((s) => s.title)).toEqual([RAIN]);
    expect(previous.storyTitles).toEqual({ [story(first).id]: { title: RAIN, sources: 2 } });
    const three = day2.filter((a) => a.id !== 'f7');
    const fresh = story(buildBriefing(three, { id: 'b', now }).value);
    expect(fresh.title).not.toBe(RAIN);
    // three sources, the title chosen at two: it stays, and so does the size it was chosen at
    const next = build(three);
    expect(story(next).title).toBe(RAIN);
    const kept = storyTitlesToKeep(next.stories, previous.storyTitles);
    expect(kept).toEqual(previous.storyTitles);
    // five under the same lead (more than twice two): titled afresh, as a first build titles them
    const five = [...three, flood(11, '5', 'Villages evacuated as the spillway of the dam opens')];
    five.push(flood(13, '6', 'Dam spillway: villages evacuated'));
    const afresh = story(buildBriefing(five, { id: 'b', now }).value);
    expect(afresh.title).not.toBe(RAIN);
    const grown = build(five, { ...previous, storyTitles: kept });
    expect(story(grown)).toEqual(afresh);
    expect(storyTitlesToKeep(grown.stories, kept)).toEqual({
      [afresh.id]: { title: afresh.title, sources: 5 },
    });
    // the source its title came from retitled (corrected under its URL): titled afresh
    const retitled = [flood(3, '2', 'River rises in the valley'), ...three.slice(1)];
    expect(story(build(retitled))).toEqual(story(buildBriefing(retitled, { id: 'b', now }).value));
  });
});

describe('dropDuplicates', () => {
  it('keeps the earliest of a syndicated copy and of the same URL, and says why', () => {
    const original = article('orig', `${FLOOD(3)} ${CHESS(2)}`, { published: '2024-01-01' });
    const copy = article('copy', `${FLOOD(3)} ${CHESS(2)} Republished with permission.`, {
      published: '2024-01-02',
    });
    const sameUrl = article('again', CHESS(9), { url: 'https://example.org/a' });
    const first = article('first', CHESS(1), { url: 'https://example.org/a' });
    const { kept, diagnostics } = dropDuplicates([copy, original, sameUrl, first]);
    expect(kept.map((a) => a.id)).toEqual(['orig', 'again']);
    expect(diagnostics.map((d) => `${d.file}: ${d.message}`)).toEqual([
      'copy.txt: left out: the same article as orig.txt (near-duplicate text)',
      'first.txt: left out: the same article as again.txt (same URL)',
    ]);
  });

  it('finds a copy at the threshold wherever its differences fall, and the first kept of several', () => {
    // signatures given as if computed in a worker: 90 of 128 positions agreeing is 0.70 (a copy), 89 is not
    const base = Uint32Array.from({ length: 128 }, (_, i) => 1000 + i);
    const differing = (n: number, seed: number) => {
      const s = base.slice();
      // n positions spread over every band the seed picks
      for (let k = 0; k < n; k++) s[(k * 37 + seed) % 128] = 9_000_000 + k + seed * 1000;
      return s;
    };
    const cases: [string, Uint32Array][] = [
      ['a', differing(39, 1)], // 89 agree with base: no copy of it
      ['b', base], // the first kept that c and d copy
      ['c', differing(38, 5)],
      ['d', differing(38, 11)],
      ['e', differing(39, 7)],
    ];
    const articles = cases.map(([id]) =>
      article(id, CHESS(1), { published: `2024-01-0${id.charCodeAt(0) - 96}` }),
    );
    const signatureOf = new Map(articles.map((a, i) => [a, (cases[i] as [string, Uint32Array])[1]]));
    const { kept, diagnostics } = dropDuplicates(articles, (a) => signatureOf.get(a));
    expect(kept.map((a) => a.id)).toEqual(['a', 'b', 'e']);
    expect(diagnostics.map((d) => `${d.file}: ${d.message}`)).toEqual([
      'c.txt: left out: the same article as b.txt (near-duplicate text)',
      'd.txt: left out: the same article as b.txt (near-duplicate text)',
    ]);
  });
  it('finds the copy of an article whose every shared band a later kept article holds too', () => {
    const base = Uint32Array.from({ length: 128 }, (_, i) => 1000 + i);
    const changed = (n: number, value: number) => {
      const s = base.slice();
      for (let k = 0; k < n; k++) s[k] = value + k;
      return s;
    };
    // `later` differs from `base` at positions 0-38 (89 agree: kept), `copy` at 0-37 (90 agree: a copy of
    // `base`, not of `later`); every band `copy` shares with `base` holds `later` too
    const cases: [string, Uint32Array][] = [
      ['base', base],
      ['later', changed(39, 5_000_000)],
      ['copy', changed(38, 7_000_000)],
    ];
    const articles = cases.map(([id], i) => article(id, CHESS(1), { published: `2024-01-0${i + 1}` }));
    const signatureOf = new Map(articles.map((a, i) => [a, (cases[i] as [string, Uint32Array])[1]]));
    const { kept, diagnostics } = dropDuplicates(articles, (a) => signatureOf.get(a));
    expect(kept.map((a) => a.id)).toEqual(['base', 'later']);
    expect(diagnostics.map((d) => d.message)).toEqual([
      'left out: the same article as base.txt (near-duplicate text)',
    ]);
  });

  it('drops what comparing every pair drops, for any signatures near one another', () => {
    // two base signatures, each copy differing from its base at 0-60 positions (the threshold is 38)
    const copy = fc.record({
      base: fc.nat(1),
      changed: fc.uniqueArray(fc.nat(127), { maxLength: 60 }),
      variant: fc.nat(2),
      url: fc.option(fc.constantFrom('https://example.org/a', 'https://example.org/b'), { nil: null }),
      day: fc.integer({ min: 1, max: 3 }),
    });
    fc.assert(
      fc.property(fc.array(copy, { maxLength: 40 }), (copies) => {
        const signatureOf = new Map<Article, Uint32Array>();
        const articles = copies.map((c, i) => {
          const a = article(`p${i}`, CHESS(1), { url: c.url, published: `2024-01-0${c.day}` });
          const s = Uint32Array.from({ length: 128 }, (_, k) => c.base * 1000 + k);
          // copies of one base with the same variant also agree where both changed
          for (const k of c.changed) s[k] = (c.variant + 1) * 1_000_000 + k;
          signatureOf.set(a, s);
          return a;
        });
        // the oracle: in the same order, the first kept article with the same URL or at the threshold
        const order = [...articles].sort(
          (a, b) => (a.published ?? '').localeCompare(b.published ?? '') || (a.id < b.id ? -1 : 1),
        );
        const kept: Article[] = [];
        const expected: string[] = [];
        for (const a of order) {
          const twin = kept.find(
            (k) =>
              (a.url !== null && k.url === a.url) ||
              similarity(signatureOf.get(k) as Uint32Array, signatureOf.get(a) as Uint32Array) >= 0.7,
          );
          if (twin) expected.push(`${a.id} ${twin.id}`);
          else kept.push(a);
        }
        const found = dropDuplicates(articles, (a) => signatureOf.get(a));
        expect(
          found.diagnostics.map(
            (d) => `${d.file?.replace('.txt', '')} ${/as (\S+)\.txt/.exec(d.message)?.[1]}`,
          ),
        ).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});

describe('minHash', () => {
  it('reads the words of any text as the pattern of letters and digits does, case aside', () => {
    // letters outside the BMP, digits of other scripts, marks and emoji among the characters
    const unit = fc.constantFrom(
      ...'aZ9 ,.-\u00e9\u00c9\u0130\u0301\u4e00\u0661\n'.split(''),
      '𝐀',
      '😀',
      '\ud835',
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 60 }), (units) => {
        const text = units.join('');
        const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
        expect(minHash(text)).toEqual(minHash(words.join(' ')));
      }),
    );
  });

  it('estimates the share of shingles two texts have in common', () => {
    const text = (from: number, n: number) => Array.from({ length: n }, (_, i) => `w${from + i}`).join(' ');
    // 996 shingles each, 496 in common: Jaccard 0.33
    const a = text(0, 1000);
    const b = `${text(0, 500)} ${text(5000, 500)}`;
    expect(similarity(minHash(a), minHash(a))).toBe(1);
    expect(Math.abs(similarity(minHash(a), minHash(b)) - 496 / 1496)).toBeLessThan(0.15);
    // short texts fill few of the 128 bins: the empty ones still tell different texts apart
    expect(similarity(minHash(text(0, 40)), minHash(text(3000, 40)))).toBeLessThan(0.1);
    expect(similarity(minHash(text(0, 40)), minHash(`${text(0, 40)} w3000`))).toBeGreaterThan(0.8);
  });
});

describe('compareBriefings', () => {
  it('lists new sources, new events and claims whose support changed', () => {
    const now = new Date('2024-05-01T00:00:00Z');
    const before = buildBriefing([article('f1', FLOOD(3), { published: '2024-01-01' })], {
      id: 'b',
      now,
    }).value;
    const after = buildBriefing(
      [
        article('f1', FLOOD(3), { published: '2024-01-01' }),
        article('c1', CHESS(4), { published: '2024-01-02' }),
      ],
      { id: 'b', now },
    ).value;
    const changes = compareBriefings(before, after);
    expect(changes.since).toBe('2024-05-01T00:00:00.000Z');
    expect(changes.newSourceIds).toEqual(['c1']);
    expect(compareBriefings(after, after)).toEqual({
      since: after.generatedAt,
      newSourceIds: [],
      removedSources: [],
      updatedSourceIds: [],
      newEvents: [],
      changedClaims: [],
      droppedClaims: [],
    });
  });

  // read in session 89: a feed read on three days dropped a page and corrected another under its URL;
  // the brief said neither, and listed as new a claim of yesterday's source the selection let in
  it('says which sources are gone and which changed their text, and no claim only unchanged sources make', () => {
    const now = new Date('2024-05-01T00:00:00Z');
    const page = (id: string, text: string, hash: string, published: string) =>
      article(id, text, {
        published,
        url: `https://news.example/${id.slice(0, 2)}`,
        path: `archive/${hash}.html`,
      });
    const before = buildBriefing(
      [
        page('f1', FLOOD(3), 'aa11', '2024-01-01'),
        page('f2', FLOOD(5), 'bb22', '2024-01-02'),
        page('c1', CHESS(4), 'cc33', '2024-01-02'),
      ],
      { id: 'b', now },
    ).value;
    // f1 gone from the feed; c1 fetched again with a correction (another body, another file name)
    const after = buildBriefing(
      [
        page('f2', FLOOD(5), 'bb22', '2024-01-02'),
        page('c1x', `${CHESS(4)} An earlier version misstated the round.`, 'dd44', '2024-01-02'),
      ],
      { id: 'b', now },
    ).value;
    const changes = compareBriefings(before, after);
    expect(changes.newSourceIds).toEqual([]);
    expect(changes.updatedSourceIds).toEqual(['c1x']);
    // with the number it had yesterday, which the sources after it no longer have
    expect(changes.removedSources).toEqual([
      {
        title: null,
        url: 'https://news.example/f1',
        path: 'archive/aa11.html',
        published: '2024-01-01',
        number: 1,
      },
    ]);
    // the same archive read from another folder holds the same texts: nothing changed
    const moved = { ...after, sources: after.sources.map((s) => ({ ...s, path: `elsewhere/${s.path}` })) };
    expect(compareBriefings(after, moved).updatedSourceIds).toEqual([]);
    // a claim of an unchanged source that was not in yesterday's list is no news
    const trimmed = { ...after, claims: after.claims.filter((c) => !c.sourceIds.includes('f2')) };
    expect(after.claims.some((c) => c.sourceIds.length === 1 && c.sourceIds[0] === 'f2')).toBe(true);
    expect(compareBriefings(trimmed, after).changedClaims).toEqual([]);
  });

  // read in session 89: a feed of one news cluster read on three days listed three to five sentences a
  // morning both as a new event and as a new claim, and said nothing of yesterday's claims gone
  it('lists a new sentence once, as the event, and the claims that left the list', () => {
    const now = new Date('2024-05-01T00:00:00Z');
    const before = buildBriefing([article('f1', FLOOD(3), { published: '2024-01-01' })], {
      id: 'b',
      now,
    }).value;
    const built = buildBriefing(
      [
        article('f1', FLOOD(3), { published: '2024-01-01' }),
        article('c1', CHESS(4), { published: '2024-01-02' }),
      ],
      { id: 'b', now },
    ).value;
    const claim = built.claims.find((c) => c.sourceIds.includes('c1') && !c.sourceIds.includes('f1'));
    expect(claim).toBeDefined();
    const { text, citations, sourceIds } = claim as (typeof built.claims)[number];
    // the claim's sentence, dated, is a new event too: once by its text, once by its passage alone
    const asEvent = { date: '2024-01-02', precision: 'day' as const, sourceIds, citations };
    const same = { ...built, timeline: [...built.timeline, { ...asEvent, text }] };
    const clause = { ...built, timeline: [...built.timeline, { ...asEvent, text: `On 2 January ${text}` }] };
    for (const after of [same, clause]) {
      const changes = compareBriefings(before, after);
      expect(changes.newEvents.some((e) => e.citations === citations)).toBe(true);
      expect(changes.changedClaims.map((c) => c.text)).not.toContain(text);
    }
    // without the event it is a new claim as before
    expect(compareBriefings(before, built).changedClaims.map((c) => c.text)).toContain(text);
    // yesterday's claims not in today's list are named, with the sources they had
    const gone = before.claims[0];
    expect(gone).toBeDefined();
    const fewer = { ...built, claims: built.claims.filter((c) => c.text !== gone?.text) };
    expect(compareBriefings(before, fewer).droppedClaims).toEqual([
      { text: gone?.text, before: gone?.sourceIds.length },
    ]);
    expect(compareBriefings(before, built).droppedClaims).toEqual([]);
  });

  // read in session 93: a feed of one news cluster built on three mornings listed as new events 3 of 26
  // and 5 of 18 sentences of reports the last brief already had (the timeline keeps 40 events, and
  // today's selection let in a sentence of a three-year-old report that yesterday's had left out)
  it('lists no event only unchanged sources tell as new, and one a new source tells too', () => {
    const now = new Date('2024-05-01T00:00:00Z');
    const floods = [
      article('f1', FLOOD(3), { published: '2024-01-01' }),
      article('f2', FLOOD(7), { published: '2024-01-08' }),
    ];
    const tram =
      'The Norvale Transit board approved the tram line to the harbour on Tuesday. The depot opens in March.';
    const built = buildBriefing([...floods, article('c1', tram, { published: '2024-01-10' })], {
      id: 'b',
      now,
    }).value;
    const before = buildBriefing(floods, { id: 'b', now }).value;
    const old = built.timeline.filter((e) => !e.sourceIds.includes('c1'));
    const fresh = built.timeline.filter((e) => e.sourceIds.includes('c1'));
    expect(old.length).toBeGreaterThan(0);
    expect(fresh.length).toBeGreaterThan(0);
    // yesterday's timeline had left out the floods' events, which today's selection lets in
    const selected = { ...before, timeline: [] };
    expect(compareBriefings(selected, built).newEvents).toEqual(fresh);
    // an event of yesterday's sources that a new source now tells too is news: new support
    const told = { ...(old[0] as (typeof old)[number]), sourceIds: ['f1', 'c1'] };
    const joined = { ...built, timeline: [told, ...fresh] };
    expect(compareBriefings(selected, joined).newEvents).toEqual([told, ...fresh]);
  });

  it('reads a model written before sources gone and changed were recorded as having none', () => {
    const now = new Date('2024-05-01T00:00:00Z');
    const built = buildBriefing([article('f1', FLOOD(3), { published: '2024-01-01' })], {
      id: 'b',
      now,
    }).value;
    const old = JSON.parse(
      JSON.stringify({
        ...built,
        changes: { since: built.generatedAt, newSourceIds: [], newEvents: [], changedClaims: [] },
      }),
    );
    const parsed = Briefing.parse(old);
    expect(parsed.changes).toMatchObject({ removedSources: [], updatedSourceIds: [] });
  });
});

/**
 * `count` invented words of page `p` (0 or 1), each said twice in a sentence of its own: words no
 * other page and no background count has ("zorbarta. zorbarta."), up to 300.
 */
function inventedWords(p: number, count: number): string {
  return Array.from({ length: count }, (_, i) => {
    const w = `${['zor', 'vel'][p]}${['ba', 'de', 'fi', 'go', 'hu', 'ka', 'le', 'mo', 'nu', 'pi'][i % 10]}${['rt', 'nd', 'sk', 'lm', 'th'][Math.floor(i / 10) % 5]}${['a', 'o', 'u', 'i', 'e', 'y'][Math.floor(i / 50)]}`;
    return `${w} ${w}.`;
  }).join(' ');
}

/**
 * Two long pages of everyday words that share `shared`, each with its own invented words (`own(0)`,
 * `own(1)`), and two short reports of one flood: the long pages must stay stories of their own.
 */
function longPagesAndFloods(shared: string, own: (page: number) => string): Article[] {
  return [
    article('long1', `${everydayPage(21)} ${shared}. ${own(0)}`),
    article('long2', `${everydayPage(22)} ${shared}. ${own(1)}`),
    article('f1', FLOOD(3)),
    article('f2', FLOOD(5)),
  ];
}
