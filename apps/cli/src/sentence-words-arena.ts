import type { SentenceWords, VocabularyJob } from '@briefing/model';

/**
 * Keys (8 MB) or sentence ends (4 MB) a buffer holds: 10,000 bench pages hold about 5.7 million
 * sentence words in 500,000 sentences. A buffer's pages are touched only as words are written into it.
 */
const CHUNK = 1 << 20;

/**
 * The sentence words of a brief's sources (`ArticleAnalysis.sentenceWords`), copied as each source is
 * parsed into a few shared buffers, so that the grouping worker gives them their ids where they are
 * (`learnWords` there, see group-in-worker.ts): nothing is copied when the cross-article step hands them
 * over, and the per-source arrays a parse worker sent are garbage at once.
 */
export class SentenceWordsArena {
  #keys: Float64Array | null = null;
  #keysUsed = 0;
  #ends: Uint32Array | null = null;
  #endsUsed = 0;

  /**
   * Copies a source's sentence words into the arena.
   * @param words the words `analyseArticle` found
   * @returns the same words, as views into shared buffers
   */
  add(words: SentenceWords): SentenceWords {
    const n = words.keys.length;
    if (this.#keys === null || this.#keysUsed + n > this.#keys.length) {
      this.#keys = new Float64Array(new SharedArrayBuffer(Math.max(CHUNK, n) * 8));
      this.#keysUsed = 0;
    }
    const m = words.ends.length;
    if (this.#ends === null || this.#endsUsed + m > this.#ends.length) {
      this.#ends = new Uint32Array(new SharedArrayBuffer(Math.max(CHUNK, m) * 4));
      this.#endsUsed = 0;
    }
    const keys = this.#keys.subarray(this.#keysUsed, this.#keysUsed + n);
    keys.set(words.keys);
    this.#keysUsed += n;
    const ends = this.#ends.subarray(this.#endsUsed, this.#endsUsed + m);
    ends.set(words.ends);
    this.#endsUsed += m;
    return { keys, ends };
  }
}

/**
 * A {@link VocabularyJob} whose words lie in shared buffers (see {@link SentenceWordsArena}), which the
 * worker reads where they are, with where each source's keys and ends lie: six numbers a source (keys'
 * buffer, start and length, ends' buffer, start and length; a buffer of -1 for a source without).
 */
export interface PackedWords {
  buffers: SharedArrayBuffer[];
  places: Int32Array;
  sentences: Uint32Array;
}

/**
 * Packs a job's words for another thread: those in an arena as where they lie, others copied into a
 * new one first.
 * @param job what `learnWords` is to read
 */
export function packWords(job: VocabularyJob): PackedWords {
  const buffers: SharedArrayBuffer[] = [];
  const bufferIndex = new Map<SharedArrayBuffer, number>();
  const places = new Int32Array(6 * job.words.length).fill(-1);
  let rest: SentenceWordsArena | null = null;
  const indexOf = (buffer: SharedArrayBuffer) => {
    let i = bufferIndex.get(buffer);
    if (i === undefined) {
      i = buffers.push(buffer) - 1;
      bufferIndex.set(buffer, i);
    }
    return i;
  };
  job.words.forEach((given, i) => {
    if (given === undefined) return;
    let words = given;
    if (!(words.keys.buffer instanceof SharedArrayBuffer && words.ends.buffer instanceof SharedArrayBuffer)) {
      rest ??= new SentenceWordsArena();
      words = rest.add(words);
    }
    places[6 * i] = indexOf(words.keys.buffer as SharedArrayBuffer);
    places[6 * i + 1] = words.keys.byteOffset / 8;
    places[6 * i + 2] = words.keys.length;
    places[6 * i + 3] = indexOf(words.ends.buffer as SharedArrayBuffer);
    places[6 * i + 4] = words.ends.byteOffset / 4;
    places[6 * i + 5] = words.ends.length;
  });
  return { buffers, places, sentences: job.sentences };
}

/**
 * The {@link VocabularyJob} a {@link PackedWords} holds, each source's words views of shared buffers.
 * @param packed what {@link packWords} made
 */
export function unpackWords(packed: PackedWords): VocabularyJob {
  const { buffers, places } = packed;
  const words: VocabularyJob['words'] = [];
  for (let i = 0; i < packed.sentences.length; i++) {
    const k = places[6 * i] as number;
    if (k < 0) {
      words.push(undefined);
      continue;
    }
    const e = places[6 * i + 3] as number;
    words.push({
      keys: new Float64Array(
        buffers[k] as SharedArrayBuffer,
        8 * (places[6 * i + 1] as number),
        places[6 * i + 2],
      ),
      ends: new Uint32Array(
        buffers[e] as SharedArrayBuffer,
        4 * (places[6 * i + 4] as number),
        places[6 * i + 5],
      ),
    });
  }
  return { words, sentences: packed.sentences };
}
