import { z } from 'zod';
import { LowerPhrases, LowerWords, lazyData } from './data-file.js';
import { WORD_TOKEN } from './score-valence.js';

const StanceAsidesFile = z.object({
  connectives: LowerPhrases,
  gains: LowerWords,
  owners: LowerWords,
  standing: LowerWords,
});

interface Asides {
  /** Each connective's words, in order. */
  connectives: string[][];
  gains: ReadonlySet<string>;
  owners: ReadonlySet<string>;
  standing: ReadonlySet<string>;
  /** Any connective or any gain, to pass over the sentences with none. */
  cue: RegExp;
}

/** The words of `data/stance-asides.yaml`, read once. */
const asides = lazyData('stance-asides.yaml', StanceAsidesFile, (data): Asides => {
  const connectives = data.connectives.map((c) => c.split(' '));
  // whole connectives, not their first words: "on" stands in most sentences
  const cues = [...connectives.map((c) => c.join('\\s+')), ...data.gains];
  return {
    connectives,
    gains: new Set(data.gains),
    owners: new Set(data.owners),
    standing: new Set(data.standing),
    cue: new RegExp(`\\b(?:${cues.join('|')})\\b`, 'i'),
  };
});

/** Words between an owner word and the standing noun ("its regional sway", "its own military power"). */
const BETWEEN = 2;

interface Word {
  w: string;
  from: number;
  to: number;
}

/** A sentence as the stance model reads it: see {@link stanceAsides}. */
export interface AsideText {
  /** The sentence with its connective asides blanked: read for its words. */
  text: string;
  /** `text` with the gains of someone's own standing blanked too: read for its valence. */
  valenceText: string;
}

/**
 * A sentence as the stance model reads it for the actor at `from`–`to`, both copies the length of the
 * sentence (words blanked with spaces, so offsets hold), from the words of `data/stance-asides.yaml`: a
 * connective is not read at all, nor the commas that set it off ("on the other hand", whose "hand" VADER
 * rates +2.2 and whose words, set between a name and its verb, stood nearest the name and read "Varnia,
 * on the other hand, wants ..." as favourable to Varnia); a verb of gain and the noun of someone's own
 * standing it takes are read for their meaning but not for their valence ("aims to secure its regional
 * sway", "strengthens its grip", "serves their interests": the actor's fortunes as it seeks them, not
 * the writer's judgement of it; the owner word and the words between are read). Words of the mention
 * itself stay.
 * @param sentence a sentence
 * @param target character offsets of the actor's mention in `sentence`
 */
export function stanceAsides(sentence: string, target: { from: number; to: number }): AsideText {
  const a = asides();
  if (!a.cue.test(sentence)) return { text: sentence, valenceText: sentence };
  const words: Word[] = [];
  for (const m of sentence.matchAll(WORD_TOKEN)) {
    const from = m.index ?? 0;
    words.push({ w: m[0].toLowerCase(), from, to: from + m[0].length });
  }
  /** Whether only spaces stand between two words (no mark: "its, ..." is no object). */
  const joined = (x: Word, y: Word) => /^\s+$/.test(sentence.slice(x.to, y.from));
  const asideWords: Word[] = [];
  const gainWords: Word[] = [];
  for (let i = 0; i < words.length; i++) {
    const at = words[i] as Word;
    for (const c of a.connectives) {
      if (c[0] !== at.w) continue;
      const run = words.slice(i, i + c.length);
      if (
        run.length !== c.length ||
        !run.every((x, k) => x.w === c[k] && (k === 0 || joined(run[k - 1] as Word, x)))
      )
        continue;
      asideWords.push(...run);
      // with the commas that set it off, else the name before it is a clause of its own ("Varnia, on the
      // other hand, wants": "Varnia, meanwhile, wants" reads as favourable, "Varnia wants" does not)
      const open = /,\s*$/.exec(sentence.slice(0, at.from));
      const close = /^\s*,/.exec(sentence.slice((run[run.length - 1] as Word).to));
      if (open && close) {
        const end = (run[run.length - 1] as Word).to + close[0].length;
        asideWords.push({ w: ',', from: open.index, to: open.index + 1 }, { w: ',', from: end - 1, to: end });
      }
    }
    if (!a.gains.has(at.w)) continue;
    const owner = words[i + 1];
    if (owner === undefined || !a.owners.has(owner.w) || !joined(at, owner)) continue;
    for (let k = i + 2; k <= i + 2 + BETWEEN && k < words.length; k++) {
      const noun = words[k] as Word;
      if (!joined(words[k - 1] as Word, noun)) break;
      if (a.standing.has(noun.w)) {
        gainWords.push(at, noun);
        break;
      }
    }
  }
  const text = blanked(sentence, asideWords, target);
  return { text, valenceText: blanked(text, gainWords, target) };
}

/** A text with some words blanked, those of the mention kept. */
function blanked(text: string, words: readonly Word[], target: { from: number; to: number }): string {
  let out = text;
  for (const x of words)
    if (x.to <= target.from || x.from >= target.to)
      out = out.slice(0, x.from) + ' '.repeat(x.to - x.from) + out.slice(x.to);
  return out;
}
