import type { EntitySpan } from './entity-tagger.js';
import { nameParticles } from './name-particles.js';
import { opensStreet } from './place-words.js';
import { opensWithCapital, spanOf, withSpan } from './span-words.js';
import type { Token } from './tokenize-words.js';

/** At most this many capitalised words name a street after its first word ("Paseo de Isabel la Católica" has 3). */
const MAX_STREET_WORDS = 4;

/**
 * A sentence's spans with each street named by its first word ("Jalan", "Calle", "Rua": `streetFirst`
 * in `data/place-words.yaml`) one place: that word and the particles and capitalised words after it
 * ("Paseo de la Independencia", "Plaza del Pilar", "Jalan Tun Razak", which the tagger read as "Paseo"
 * and "Independencia", or as a person), in place of the spans inside it. A span reaching outside it is
 * left as it is.
 */
export function joinStreets(
  sentence: string,
  tokens: readonly Token[],
  spans: readonly EntitySpan[],
): readonly EntitySpan[] {
  // the first street's word, in one pass: most sentences have none, and nothing more is read of them
  for (let i = 0; i + 1 < tokens.length; i++) {
    const head = (tokens[i] as Token).text;
    if (opensWithCapital(head) && opensStreet(head)) return joinStreetsFrom(sentence, tokens, spans, i);
  }
  return spans;
}

/**
 * {@link joinStreets} from its first street's word on: a function of its own, as few sentences reach it
 * (see {@link joinLegalFormsFrom}).
 * @param first the token of the sentence's first street's word
 */
function joinStreetsFrom(
  sentence: string,
  tokens: readonly Token[],
  spans: readonly EntitySpan[],
  first: number,
): readonly EntitySpan[] {
  let out: EntitySpan[] | undefined;
  const { inside } = nameParticles();
  for (let i = first; i + 1 < tokens.length; i++) {
    const head = (tokens[i] as Token).text;
    if (!opensWithCapital(head) || !opensStreet(head)) continue;
    let to = i;
    let words = 0;
    for (let j = i + 1; j < tokens.length && words < MAX_STREET_WORDS; j++) {
      const text = (tokens[j] as Token).text;
      if (opensWithCapital(text)) {
        to = j;
        words++;
      } else if (!inside.has(text)) break;
    }
    if (to === i) continue;
    const from = i;
    const list = out ?? spans;
    if (list.some((s) => s.from <= to && s.to >= from && (s.from < from || s.to > to))) continue;
    const start = (tokens[from] as Token).start;
    const end = (tokens[to] as Token).end;
    const street = spanOf('LOC', sentence.slice(start, end), start, end, from, to);
    out = withSpan(list, street, from, to);
    i = to;
  }
  return out ?? spans;
}
