import type { EntitySpan } from './entity-tagger.js';
import { isTitle } from './find-roles.js';
import { isGivenName } from './given-names.js';
import { nameParticles } from './name-particles.js';
import { opensWithCapital, spanOf } from './span-words.js';
import type { Token } from './tokenize-words.js';

const HYPHENED = /^\p{Ll}+-\p{Lu}/u;

/**
 * Whether token `at` is a particle joined by a hyphen to a capitalised word ("al-Wadi", "el-Nour"). A word
 * that opens on an ASCII unit other than a small letter, or has no hyphen, is passed over by its codes:
 * {@link HYPHENED} was tried on every span's first token and the one after it (issue 17).
 */
export function isParticleWord(tokens: readonly Token[], at: number): boolean {
  if (at < 0 || at >= tokens.length) return false;
  const word = (tokens[at] as Token).text;
  const c = word.charCodeAt(0);
  if ((c < 97 || c > 122) && c < 128) return false;
  return word.indexOf('-', 1) > 0 && HYPHENED.test(word) && nameParticles().prefix.test(word);
}

/**
 * Mends a name the tagger cut at a particle joined by a hyphen to its next word, which stands inside a
 * name and opens none: a span that ends right before such words, which no span holds, takes them
 * ("Jamaat/ORG al-Wadi/O"), and one that opens with them takes the capitalised word before it, in no
 * span or in one of no kind ("Dar/O al-Nour/ORG", "Jaish/MISC al-Nour/ORG"); not a title ("Imam") nor
 * a name known as a whole ("Baghdad").
 * @param sentence the sentence
 * @param tokens its tokens
 * @param spans the tagger's spans
 * @param known whether tokens `from..to` are a known name
 */
export function joinParticleWords(
  sentence: string,
  tokens: readonly Token[],
  spans: readonly EntitySpan[],
  known: (from: number, to: number) => boolean,
): readonly EntitySpan[] {
  let out: EntitySpan[] | undefined;
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k] as EntitySpan;
    const next = spans[k + 1];
    let to = s.to;
    while (isParticleWord(tokens, to + 1) && (next === undefined || next.from > to + 1)) to++;
    let from = s.from;
    const last = out ? out.at(-1) : spans[k - 1];
    if (
      isParticleWord(tokens, s.from) &&
      s.from > 0 &&
      opensWithCapital((tokens[s.from - 1] as Token).text) &&
      !isTitle((tokens[s.from - 1] as Token).text) &&
      !known(s.from - 1, s.from - 1) &&
      (last === undefined || last.to < s.from - 1 || (last.type === 'MISC' && last.from === last.to))
    )
      from = s.from - 1;
    if (to === s.to && from === s.from) {
      out?.push(s);
      continue;
    }
    out ??= spans.slice(0, k);
    if (last && last.to === from) out.pop();
    const start = (tokens[from] as Token).start;
    const end = (tokens[to] as Token).end;
    // "Abu Musab/ORG al-Zarqawi/O": a given name, or a particle, opening two words or more before the
    // surname's particle is a person's (GMB kind 0.9040 -> 0.9044 with it)
    const first = (tokens[from] as Token).text;
    const person =
      to > s.to && s.to > s.from && (isGivenName(first) || nameParticles().prefix.test(first.toLowerCase()));
    out.push(spanOf(person ? 'PER' : s.type, sentence.slice(start, end), start, end, from, to));
  }
  return out ?? spans;
}
