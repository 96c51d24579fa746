import { z } from 'zod';
import { LowerWords, lazyData, wordSets } from './data-file.js';
import { isSayingVerb } from './saying-verbs.js';

const StanceFactsFile = z.object({
  moves: LowerWords,
  closings: LowerWords,
  directions: LowerWords,
  moveNouns: LowerWords,
  reports: LowerWords,
  quantities: LowerWords,
  numbers: LowerWords,
  units: LowerWords,
  levels: LowerWords,
  breaks: LowerWords,
  harms: LowerWords,
  befalls: LowerWords,
  places: LowerWords,
  placeFillers: LowerWords,
  strikes: LowerWords,
  assets: LowerWords,
  assetFillers: LowerWords,
  threats: LowerWords,
  threatLinks: LowerWords,
  undergoes: LowerWords,
  fractions: LowerWords,
  fractionCues: LowerWords,
  multiples: LowerWords,
  crises: LowerWords,
  crisisEntries: LowerWords,
  crisisFillers: LowerWords,
  crisisKinds: LowerWords,
  records: LowerWords,
  recordSpans: LowerWords,
  recordScopes: LowerWords,
  worries: LowerWords,
  economies: LowerWords,
  marketHeads: LowerWords,
  figureNouns: LowerWords,
  releases: LowerWords,
  firms: LowerWords,
  sectors: LowerWords,
  firmGroups: LowerWords,
});
/**
 * The lists of `data/stance-facts.yaml`, read once, each as a Set, and `anyCue`: any word one of the
 * rules needs (a move, a harm, "down" after "was"), to pass over the sentences with none before reading
 * their words: reading each word took 13 µs a NewsMTSC target, a sixth of a stance.
 */
const stanceWords = lazyData('stance-facts.yaml', StanceFactsFile, (data) => {
  const copulas = new Set(['was', 'were', 'is', 'are']);
  const cues = [
    ...data.moves,
    ...data.multiples,
    ...data.moveNouns,
    ...data.harms,
    ...data.befalls,
    ...data.strikes,
    ...data.threats,
    ...data.crises,
    ...data.records,
    ...data.worries,
    ...data.releases,
    ...data.figureNouns,
    ...data.firms,
    ...data.closings.filter((w) => !copulas.has(w)),
    ...data.directions.filter((w) => w !== 'at'),
  ];
  return { ...wordSets(data), anyCue: new RegExp(`\\b(?:${[...new Set(cues)].join('|')})\\b`, 'i') };
});

/**
 * What a mention's sentence states of the actor instead of judging it: a figure of its, an event that
 * befell it, or its name as the home of a firm the sentence is about (`label`).
 */
export type StanceFact = 'figure' | 'event' | 'label';

/** Words (a figure's currency sign, inner separators and a closing "%" kept) and the marks that break. */
const TOKEN = /[$€£¥]?[\p{L}\p{N}]+(?:[.,'’-][\p{L}\p{N}]+|(?<=\d):\d+)*%?|[;:()"“”,]/gu;
/** Words of the actor's phrase looked at before its move ("Japan's Kanto 225 stock index fell"). */
const PHRASE = 7;
/** Words after a move in which its figure stands ("fell 260.77 points, or 2.62%"). */
const FIGURE_AFTER = 12;
/** Words around a place or a victim in which the harm stands ("40 people were killed in Chile"). */
const HARM_NEAR = 10;
/**
 * Words before a word in which the next word of a record or of a market's worry stands ("the 7th largest
 * single-day decline in U.S. history", "worries about sub-prime mortgage lenders in the US"): the
 * longest step in such phrases of the stock-market and car clusters of `timelines/` took 4 words.
 */
const SETTING_NEAR = 6;

/** Words after the actor's people or holdings in which the verb they undergo harm by starts ("have faced"). */
const ASSET_VERB = 4;

/** Words that open an object, which makes "doubled" something the actor did ("doubled its dividend"). */
const OBJECTS = ['its', 'their', 'the', 'a', 'an', 'his', 'her', 'our', 'this', 'that', 'these', 'those'];

interface Token {
  /** The word in lower case without a possessive "'s", or the mark. */
  w: string;
  from: number;
  to: number;
}

/**
 * Whether a sentence states a fact about the actor at `from`–`to` rather than judges it: a measured
 * quantity of the actor's that moved, the actor's phrase (alone or named with others: "Citigroup and Bank
 * of America fell 9 %") being the subject of the move or what a move is against ("Japan's Nikkei index
 * fell 2.6 %", "the Harlan Webb closed at 8,579", "lost nearly half its value", "a 45 % drop in US sales",
 * "the yen rose to 92 against the US dollar": `figure`); or harm that befell it or a place of it ("40
 * people were killed in Chile", "an earthquake struck Chile", "a Kestrel 440 crashed"), or a crisis that
 * befell it ("the collapse of Lehman Brothers", "Greece's debt crisis", "GM filed for bankruptcy":
 * `event`); or the actor as the setting of a market's troubles: a record in its history ("the largest
 * decline in U.S. history": `figure`), a market's worries in it ("fears of economic problems in the
 * United States": `event`), figures a body of it gave out ("numbers released by the U.S. Department of
 * Labor": `figure`), or the home of firms ("US companies", "the US car maker Harrow": `label`). The words
 * are those of `data/stance-facts.yaml`. Such a sentence leans by the valence of
 * "fell", "killed" or "crisis", which is the figure's or the event's, not the source's toward the actor.
 * @param sentence a sentence
 * @param target character offsets of the actor's mention in `sentence`
 * @returns the kind of fact, or null when the sentence may judge the actor
 */
export function stanceFact(sentence: string, target: { from: number; to: number }): StanceFact | null {
  const s = stanceWords();
  if (!s.anyCue.test(sentence)) return null;
  const tokens: Token[] = [];
  for (const m of sentence.matchAll(TOKEN)) {
    const from = m.index ?? 0;
    tokens.push({ w: m[0].toLowerCase().replace(/['’]s$/, ''), from, to: from + m[0].length });
  }
  const first = tokens.findIndex((t) => t.to > target.from);
  let last = first;
  while (last + 1 < tokens.length && (tokens[last + 1] as Token).from < target.to) last++;
  if (first < 0) return null;
  const w = (i: number) => tokens[i]?.w ?? '';
  /** Whether a figure or a level stands at i ("2.6%", "$4 billion", "300 points", "8,579", "a low"). */
  const figureAt = (i: number) => {
    const t = w(i);
    if (s.levels.has(t))
      return [w(i - 1), w(i - 2)].some((x) => /est$|^record$|^new$|-(?:year|month|week|decade)$/.test(x));
    if (s.numbers.has(t) && s.units.has(w(i + 1))) return true;
    // a figure in words: "fell by a fifth", "lost nearly half its value", "doubled", "two-thirds"
    const amount = (x: string) => s.fractionCues.has(x) || s.moves.has(x) || s.numbers.has(x);
    const fraction = t.split('-');
    if (
      fraction.length === 2 &&
      s.numbers.has(fraction[0] as string) &&
      s.fractions.has(fraction[1] as string)
    )
      return true;
    if (s.fractions.has(t))
      return (
        amount(w(i - 1)) ||
        (w(i - 1) === 'a' && (amount(w(i - 2)) || ['of', 'its', 'their'].includes(w(i + 1))))
      );
    if (s.multiples.has(t)) return !OBJECTS.includes(w(i + 1));
    // a size before a noun is no figure of a move ("the 1,500-meter race")
    if (!/\d/.test(t) || /\d-\p{L}/u.test(t)) return false;
    return (
      /%$|^[$€£¥]|\d[.,]\d/.test(t) ||
      s.units.has(w(i + 1)) ||
      /[$€£¥]$/.test(sentence.slice(Math.max(0, (tokens[i] as Token).from - 3), (tokens[i] as Token).from)) ||
      ['to', 'at', 'by', 'below', 'above', 'under', 'over', 'from'].includes(w(i - 1))
    );
  };
  /** Whether a figure stands from `lo` to `hi`, the clause's ";" or ":" not crossed. */
  const figureIn = (at: number, lo: number, hi: number) => {
    for (let i = at; i <= hi && i < tokens.length && !/^[;:]$/.test(w(i)); i++) if (figureAt(i)) return true;
    for (let i = at - 1; i >= lo && i >= 0 && !/^[;:]$/.test(w(i)); i--) if (figureAt(i)) return true;
    return false;
  };
  /** Whether a move of a quantity starts at i ("fell", "closed at", "posted a gain"). */
  const moveAt = (i: number) =>
    ((s.moves.has(w(i)) || s.multiples.has(w(i))) &&
      !['a', 'an', 'the', 'its', 'their'].includes(w(i - 1))) ||
    (s.closings.has(w(i)) && s.directions.has(w(i + 1))) ||
    (s.reports.has(w(i)) && [1, 2, 3].some((k) => s.moveNouns.has(w(i + k))));
  /** Whether the word at i starts with a capital, as a name's words do. */
  const capital = (i: number) => {
    const t = tokens[i];
    return t !== undefined && /^[$€£¥]?\p{Lu}/u.test(sentence.slice(t.from, t.to));
  };
  /** The last word of the name starting at i ("Union Trust of America", "the Japanese Sorano"); i - 1 if none. */
  const nameEnd = (i: number) => {
    let j = i;
    if (w(j) === 'the' && capital(j + 1)) j++;
    if (!capital(j)) return i - 1;
    while (capital(j + 1) || (['of', '&'].includes(w(j + 1)) && capital(j + 2))) j += capital(j + 1) ? 1 : 2;
    return j;
  };
  // the actor named with others as one subject: "Citigroup and Union Trust of America fell 9 %", "Acme,
  // Dunmore and Harrow Motors filed for bankruptcy"; a list only when an "and" closes it
  let subjectEnd = last;
  for (let j = last + 1; j < tokens.length; ) {
    if (w(j) !== ',' && w(j) !== 'and' && w(j) !== '&') break;
    const end = nameEnd(j + 1);
    if (end < j + 1) break;
    if (w(j) !== ',') subjectEnd = end;
    j = end + 1;
  }
  // a list a comma closes stands beside a noun, not as the subject: "the automakers, Velmar, Kestrel and
  // Ostrava, due to the sales slump"
  if (w(subjectEnd + 1) === ',') subjectEnd = last;
  /** The first word after the actor's phrase that `test` holds, within {@link PHRASE} words; -1 if none. */
  const after = (test: (i: number) => boolean) => {
    for (let i = subjectEnd + 1, n = 0; i < tokens.length && n < PHRASE; i++) {
      const t = w(i);
      if (t === ',') continue;
      // the actor telling its own figures: "Varrow said that its sales rose", "GM says it lost"
      const own = w(i + 1) === 'that' ? i + 2 : i + 1;
      if (
        (isSayingVerb(t) || t === 'announced' || t === 'reported') &&
        ['it', 'its', 'their'].includes(w(own))
      ) {
        i = own;
        continue;
      }
      if (/^[;:"“”]$/.test(t) || s.breaks.has(t)) return -1;
      if (test(i)) return i;
      if (t !== '(' && t !== ')') n++;
    }
    return -1;
  };

  let p = first - 1;
  while (w(p) === 'the') p--;
  // the actor's phrase is the subject of a move: "Japan's Nikkei index fell 2.6 %", "sales in Turkey
  // rose"; with no figure, only when the phrase names what is measured: "Japan's exports dropped"
  const move = after(moveAt);
  if (move >= 0) {
    if (figureIn(move, move - 3, move + FIGURE_AFTER)) return 'figure';
    for (let i = last + 1; i < move; i++) if (s.quantities.has(w(i))) return 'figure';
    // or the quantity a report verb saw move: "saw shares fall", "saw its sales drop"
    if (s.reports.has(w(move)))
      for (let i = move + 1; i <= move + 2 && !s.moveNouns.has(w(i)); i++)
        if (s.quantities.has(w(i))) return 'figure';
    if (['in', 'of'].includes(w(p)) && [p - 1, p - 2].some((i) => s.quantities.has(w(i)))) return 'figure';
  }
  // the actor is whose quantity moved: "a 45 % drop in US vehicle sales"
  if (['in', 'of', 'for'].includes(w(p)))
    for (let i = p - 1; i >= p - 3 && i >= 0; i--)
      if (s.moveNouns.has(w(i)) && figureIn(i, i - 3, i)) return 'figure';
  // what the quantity moved against: "the yen rose to 92.27 against the US dollar"
  if (w(p) === 'against')
    for (let i = p - 1; i >= p - HARM_NEAR && i >= 0 && !/^[;:]$/.test(w(i)); i--)
      if (moveAt(i) && figureIn(i, i - 3, p)) return 'figure';

  /** Whether a harm word stands within {@link HARM_NEAR} words of the actor, the clause's ";" not crossed. */
  const harmNear = () => {
    for (let i = last + 1; i <= last + HARM_NEAR && i < tokens.length && w(i) !== ';'; i++)
      if (s.harms.has(w(i))) return true;
    for (let i = first - 1; i >= first - HARM_NEAR && i >= 0 && w(i) !== ';'; i--)
      if (s.harms.has(w(i))) return true;
    return false;
  };
  // where harm happened: "40 people were killed in southern Chile", "a storm off the coast of Chile"
  let q = first - 1;
  for (let k = 0; k < 3 && s.placeFillers.has(w(q)); k++) q--;
  if (s.places.has(w(q)) && harmNear()) return 'event';
  // what harm struck: "an earthquake struck Chile"
  if (s.strikes.has(w(p)) && harmNear()) return 'event';
  // what harm befell: "a Kestrel 440 crashed", "three Acme workers were killed"
  const befell = after(
    (i) =>
      s.befalls.has(w(i)) ||
      (['was', 'were', 'been'].includes(w(i)) && (s.harms.has(w(i + 1)) || s.strikes.has(w(i + 1)))),
  );
  if (befell >= 0) return 'event';
  // harm, a threat or a risk aimed at the actor's people or holdings: "targeting Veldorian interests",
  // "attacks on the Veldorian embassy", "risks to Veldoria's troops", "the Veldoria-led coalition has
  // faced attacks", "Veldorian military bases came under fire", "Veldorian soldiers were ambushed"
  let asset = last + 1;
  for (let k = 0; k < 2 && s.assetFillers.has(w(asset)); k++) asset++;
  if (s.assets.has(w(asset))) {
    let b = first - 1;
    if (['the', 'a', 'an'].includes(w(b))) b--;
    if (s.threatLinks.has(w(b))) b--;
    if (s.threats.has(w(b))) return 'event';
    for (let j = asset + 1; j <= asset + ASSET_VERB && !/^[;:,"“”()]$/.test(w(j)); j++) {
      // undergone: "faced numerous attacks", "came under fire"
      if (s.undergoes.has(w(j)))
        for (let k = j + 1; k <= j + 3 && !/^[;:,"“”()]$/.test(w(k)); k++)
          if (s.threats.has(w(k))) return 'event';
      // or suffered as a passive: "were attacked", "had been targeted" (not "are a threat", "were attacking")
      if (
        ['was', 'were', 'is', 'are', 'been', 'being'].includes(w(j)) &&
        /ed$/.test(w(j + 1)) &&
        s.threats.has(w(j + 1))
      )
        return 'event';
    }
  }

  /** Whether a crisis stands from i, kinds of it before it, and fillers too when `fillers` ("a deep recession"). */
  const crisisFrom = (i: number, fillers: boolean) => {
    for (let n = 0; n < 4; n++, i++) {
      const t = w(i);
      // a capital makes it a name's word: "the US Bankruptcy Court"
      if (s.crises.has(t)) return !/\p{Lu}/u.test(sentence[(tokens[i] as Token).from] ?? '');
      if (!(s.crisisKinds.has(t) || /^\d+$/.test(t) || (fillers && s.crisisFillers.has(t)))) return false;
    }
    return false;
  };
  // a crisis that befell it: "the collapse of Lehman Brothers", "the crisis in Greece's banks",
  // "Greece's debt crisis", "Admiral Motors filed for bankruptcy", "Japan slipped into recession"
  if (['of', 'in', 'at'].includes(w(p)) && s.crises.has(w(p - 1))) return 'event';
  if (crisisFrom(last + 1, false)) return 'event';
  if (after((i) => s.crisisEntries.has(w(i)) && crisisFrom(i + 1, true)) >= 0) return 'event';
  // or named with others before it: "as the US and European financial crisis deepens"
  if (subjectEnd > last && crisisFrom(subjectEnd + 1, false)) return 'event';

  /** The first word from `to` back, within {@link SETTING_NEAR} words, that `test` holds; -1 if none. */
  const before = (to: number, test: (i: number) => boolean) => {
    for (let i = to; i > to - SETTING_NEAR && i >= 0 && !/^[;:"“”]$/.test(w(i)); i--) if (test(i)) return i;
    return -1;
  };
  // a record a figure set in the actor's history or market: "the 7th largest single-day decline in U.S.
  // history", "the worst day in Veldoria's market"
  if (s.recordScopes.has(w(last + 1))) {
    const span = before(first - 1, (i) => s.recordSpans.has(w(i)) || s.moveNouns.has(w(i)));
    if (span >= 0 && before(span - 1, (i) => s.records.has(w(i))) >= 0) return 'figure';
  }
  // troubles of a market located in the actor or of its economy, a market's fear rather than the
  // source's: "fears of economic problems in the United States", "worries about mortgage lenders in
  // Veldoria", "the weakened state of the Veldorian economy"
  let head = last;
  while (s.economies.has(w(head + 1))) head++;
  // after the actor, the words must close on what has the troubles: not "US economic sanctions"
  const market =
    w(q) === 'in' ? before(q - 1, (i) => s.economies.has(w(i))) : s.marketHeads.has(w(head)) ? first : -1;
  if (market >= 0 && before(market - 1, (i) => s.worries.has(w(i))) >= 0) return 'event';
  // figures a body of the actor gave out: "unemployment numbers released Thursday by the U.S. Department
  // of Labor", "data from the Veldorian statistics office"
  // "data from" needs no verb; "in large numbers by Indian forces" or "discredited figures from its
  // past" (GMB train) are no figures given out
  const release = s.releases.has(w(p - 1)) ? p - 1 : s.releases.has(w(p - 2)) ? p - 2 : -1;
  if (w(p) === 'by' || w(p) === 'from') {
    if (release >= 0 && s.figureNouns.has(w(release - 1))) return 'figure';
    if (w(p) === 'from' && ['data', 'statistics'].includes(w(p - 1))) return 'figure';
  }
  // the actor as the home of a firm the sentence is about, the lean being the firm's: "the United
  // States auto manufacturer Ostrava", "three large American auto companies", "the second-largest car
  // maker in America"; not a body of it, which may stand for it ("the US government"). One firm only
  // with its name after it: "the Trump company" (NewsMTSC) is the actor's own
  let firm = last + 1;
  while (firm <= last + 2 && s.sectors.has(w(firm)) && !capital(firm)) firm++;
  const named = capital(firm + 1) || (w(firm + 1) === ',' && capital(firm + 2));
  if (s.firms.has(w(firm)) && !capital(firm) && (s.firmGroups.has(w(firm)) || named)) return 'label';
  if (w(p) === 'in' && s.firms.has(w(p - 1))) return 'label';
  return null;
}
