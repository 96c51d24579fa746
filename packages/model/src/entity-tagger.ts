import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { candidateTokens, ENTITY_TAGS, entityFeatures, wordShape } from './entity-features.js';
import { type Token, tokenizeWords } from './tokenize-words.js';

/** A CoNLL-2003 entity type: person, organisation, location, or other name (nationalities, events). */
export type EntityType = 'PER' | 'ORG' | 'LOC' | 'MISC';

/** A name the tagger found in a sentence: offsets into that sentence and the token range. */
export interface EntitySpan {
  type: EntityType;
  text: string;
  start: number;
  end: number;
}

const MODEL_URL = new URL('../models/entity-tagger.tsv.gz', import.meta.url);

/**
 * An averaged-perceptron tagger over tokens (IOB2, greedy left to right, two tags of history), with
 * the weights of a model file. Only tokens with a capital letter and the connectors between them are
 * scored (see `candidateTokens`).
 */
export class EntityTagger {
  /**
   * @param weights feature → one weight per tag of `ENTITY_TAGS`
   */
  constructor(readonly weights: ReadonlyMap<string, Float32Array>) {}

  /**
   * Reads a model file: gzip of `feature TAB tag:weight tag:weight ...` lines.
   * @param file path or file URL of the model
   * @returns the tagger
   */
  static load(file: string | URL): EntityTagger {
    const weights = new Map<string, Float32Array>();
    const text = gunzipSync(readFileSync(file)).toString('utf8');
    let from = 0;
    while (from < text.length) {
      let to = text.indexOf('\n', from);
      if (to < 0) to = text.length;
      const line = text.slice(from, to);
      from = to + 1;
      const tab = line.indexOf('\t');
      if (tab < 0) continue;
      const row = new Float32Array(ENTITY_TAGS.length);
      for (const pair of line.slice(tab + 1).split(' ')) {
        const colon = pair.indexOf(':');
        row[Number(pair.slice(0, colon))] = Number(pair.slice(colon + 1));
      }
      weights.set(line.slice(0, tab), row);
    }
    return new EntityTagger(weights);
  }

  /**
   * Tags the tokens of one sentence.
   * @param words the tokens
   * @returns one IOB2 tag per token
   */
  tag(words: readonly string[]): string[] {
    const lower = words.map((w) => w.toLowerCase());
    const shapes = words.map(wordShape);
    const look = candidateTokens(words);
    const tags: string[] = [];
    const scores = new Float32Array(ENTITY_TAGS.length);
    for (let i = 0; i < words.length; i++) {
      if (!look[i]) {
        tags.push('O');
        continue;
      }
      scores.fill(0);
      for (const f of entityFeatures(lower, shapes, i, tags[i - 1] ?? '^', tags[i - 2] ?? '^')) {
        const w = this.weights.get(f);
        if (w) for (let k = 0; k < scores.length; k++) scores[k] = (scores[k] as number) + (w[k] as number);
      }
      tags.push(bestAllowed(scores, tags[i - 1] ?? 'O'));
    }
    return tags;
  }
}

/** The best tag that may follow `prev` (I-X only after B-X or I-X). */
function bestAllowed(scores: Float32Array, prev: string): string {
  let best = 0;
  for (let k = 1; k < scores.length; k++) {
    const tag = ENTITY_TAGS[k] as string;
    if (tag.startsWith('I-') && prev.slice(2) !== tag.slice(2)) continue;
    if ((scores[k] as number) > (scores[best] as number)) best = k;
  }
  return ENTITY_TAGS[best] as string;
}

let shipped: EntityTagger | null = null;

/**
 * The tagger of the model shipped in this package (trained on GMB news by `scripts/train-ner.ts`),
 * loaded on first use.
 */
export function entityTagger(): EntityTagger {
  shipped ??= EntityTagger.load(MODEL_URL);
  return shipped;
}

/**
 * Reads spans off IOB2 tags.
 * @param tokens the tokens
 * @param tags their tags
 * @param text the sentence the tokens' offsets point into
 * @returns the spans in order
 */
export function spansOf(tokens: readonly Token[], tags: readonly string[], text: string): EntitySpan[] {
  const out: EntitySpan[] = [];
  let open: { type: EntityType; from: number; to: number } | null = null;
  const close = () => {
    if (open) {
      const start = (tokens[open.from] as Token).start;
      const end = (tokens[open.to] as Token).end;
      out.push({ type: open.type, text: text.slice(start, end), start, end });
    }
    open = null;
  };
  tags.forEach((tag, i) => {
    if (tag.startsWith('B-')) {
      close();
      open = { type: tag.slice(2) as EntityType, from: i, to: i };
    } else if (tag.startsWith('I-') && open) open.to = i;
    else close();
  });
  close();
  return out;
}

/**
 * Finds the names in one sentence: people, organisations, places and other names (nationalities,
 * events), with the shipped tagger.
 * @param sentence one sentence
 * @param tagger another tagger (tests, evals)
 * @returns the spans, offsets into the sentence
 */
export function tagEntities(sentence: string, tagger: EntityTagger = entityTagger()): EntitySpan[] {
  const tokens = tokenizeWords(sentence);
  return spansOf(
    tokens,
    tagger.tag(tokens.map((t) => t.text)),
    sentence,
  );
}
