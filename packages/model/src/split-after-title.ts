import type { Mention, ReadSentence } from './article-entity.js';
import { nameKey } from './entity-index.js';
import { type EntityTagger, type EntityType, spansOf } from './entity-tagger.js';
import { isTitle } from './find-roles.js';
import { isGivenName } from './given-names.js';
import { isPlaceUnit } from './kind-nouns.js';
import { followsTitleOf } from './mention-context.js';
import { CAPITAL_FIRST } from './name-shapes.js';
import { isOrganisationHead, isOrganisationWord } from './organisation-words.js';
import { isPlaceWord } from './place-words.js';
import { type Token, textsOf } from './tokenize-words.js';

/**
 * A sentence's mentions with a place or a body run into the name of the person it is the title of ("Mayor of
 * Andøy Knut Ellingsen", "Secretary of State Condoleezza Rice", read by the tagger as one place, organisation
 * or person) cut in two: the person, the last two to four words, and the place or body before it. Only a name
 * of three words or more after a title and "of" (over capitalised words and "and"), and only where the
 * article shows the cut: the place or body is a name of its own elsewhere ("in Andøy"), or ends on a body's
 * or a place's word ("Harbour Council"), or is one word before a given name and a surname ("Secretary of
 * State Maria Holt"; not "Binh" before "Dinh Provincial People"), or the person's last word is said alone
 * ("Ellingsen said"). The person's words read as a person's: capitalised, none a body's, a place's or a
 * title's word, opening with a given name or read by the tagger alone as a person's first word. The place or
 * body is typed as its other mentions are (the tagger, reading it alone, typed "Quy Nhon" a person); one word
 * there is dropped, as {@link afterTitleOf} drops a portfolio's after "of".
 * @param read the sentence, its forms and keys set
 * @param tagger the entity tagger
 * @param said how many mentions each key has in the article, updated for the mentions split
 * @returns the sentence's mentions, split where they ran on
 */
export function splitAfterTitleOf(
  read: ReadSentence,
  tagger: EntityTagger,
  said: Map<string, number>,
): Mention[] {
  const { sentence, tokens, mentions } = read;
  const formOf = (from: number, to: number) =>
    sentence.slice((tokens[from] as Token).start, (tokens[to] as Token).end);
  let out: Mention[] | null = null;
  for (let j = 0; j < mentions.length; j++) {
    const m = mentions[j] as Mention;
    let at = -1;
    // whether the words before the person are a portfolio that names nothing ("Foreign Affairs")
    let portfolio = false;
    if (m.entry === null && m.to - m.from >= 2 && followsTitleOf(tokens, m.from)) {
      const surname = (said.get(nameKey((tokens[m.to] as Token).text)) ?? 0) > 0;
      for (let k = Math.max(m.from + 1, m.to - 3); k < m.to && at < 0; k++) {
        const shown =
          surname || (said.get(nameKey(formOf(m.from, k - 1))) ?? 0) > 0 || endsAName(tokens, k - 1);
        // "Minister of Foreign Affairs Sergei Lavrov": one or two words, then a given name and a surname
        const named = k <= m.from + 2 && m.to === k + 1 && isGivenName((tokens[k] as Token).text);
        if ((shown || named) && readsAsPersonAlone(tokens, k, m.to, tagger, sentence)) {
          at = k;
          portfolio = !shown;
        }
      }
    }
    if (at < 0) {
      out?.push(m);
      continue;
    }
    out ??= mentions.slice(0, j);
    said.set(m.key as string, (said.get(m.key as string) ?? 1) - 1);
    const parts: [number, number, EntityType | null][] = [[at, m.to, 'PER']];
    if (at - m.from > 1 && !portfolio) parts.unshift([m.from, at - 1, null]);
    for (const [from, to, type] of parts) {
      const form = formOf(from, to);
      const key = nameKey(form);
      // made as `mentionsOf` makes a mention and the form and key set after, in that order: one map for
      // every mention (a literal of six fields is another, and the mention step deoptimised on it)
      const part: Mention = { from, to, type, entry: null };
      part.form = form;
      part.key = key;
      out.push(part);
      said.set(key, (said.get(key) ?? 0) + 1);
    }
  }
  return out ?? mentions;
}

/** Whether the word at `at` ends a place's or a body's name ("State", "County", "Council"). */
function endsAName(tokens: readonly Token[], at: number): boolean {
  const text = (tokens[at] as Token).text;
  return isPlaceWord(text) || isOrganisationHead(text) || isPlaceUnit(text);
}

/**
 * Whether tokens `from..to` read as a person's name on their own: capitalised, none a body's, a place's
 * or a title's word, the first a given name or the first word of a person the tagger reads in them alone.
 */
function readsAsPersonAlone(
  tokens: readonly Token[],
  from: number,
  to: number,
  tagger: EntityTagger,
  sentence: string,
): boolean {
  for (let i = from; i <= to; i++) {
    const text = (tokens[i] as Token).text;
    if (!CAPITAL_FIRST.test(text) || isOrganisationWord(text) || isOrganisationHead(text)) return false;
    if (isPlaceWord(text) || isTitle(text)) return false;
  }
  if (isGivenName((tokens[from] as Token).text)) return true;
  const alone = tokens.slice(from, to + 1);
  const spans = spansOf(alone, tagger.tagIndices(textsOf(alone)), sentence);
  return spans[0]?.type === 'PER' && spans[0].from === 0;
}
