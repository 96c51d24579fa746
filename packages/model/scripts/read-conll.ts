import { readFileSync } from 'node:fs';

/** One labelled entity of a CoNLL file: its text as it reads in the article and its CoNLL-2003 type. */
export interface GoldEntity {
  text: string;
  type: 'PER' | 'ORG' | 'LOC' | 'MISC';
}

/** A sentence of a CoNLL file: its tokens and their IOB2 tags (column 2). */
export interface ConllSentence {
  tokens: string[];
  tags: string[];
}

/** An article rebuilt from a CoNLL file: its text and the entities marked in it. */
export interface ConllArticle {
  id: string;
  text: string;
  entities: GoldEntity[];
}

/**
 * Reads a CoNLL file (`token TAB tag [TAB ...]`, blank line between sentences, `-DOCSTART-` between
 * documents) into documents of sentences.
 * @param file the path
 * @returns documents (a file without `-DOCSTART-` lines is one document)
 */
export function readConll(file: string): ConllSentence[][] {
  const docs: ConllSentence[][] = [[]];
  let cur: ConllSentence = { tokens: [], tags: [] };
  const flush = () => {
    if (cur.tokens.length > 0) docs.at(-1)?.push(cur);
    cur = { tokens: [], tags: [] };
  };
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.startsWith('-DOCSTART-')) {
      flush();
      if ((docs.at(-1)?.length ?? 0) > 0) docs.push([]);
      continue;
    }
    if (line.trim() === '') {
      flush();
      continue;
    }
    const [token, tag] = line.split('\t');
    cur.tokens.push(token as string);
    cur.tags.push(tag ?? 'O');
  }
  flush();
  return docs.filter((d) => d.length > 0);
}

const NO_SPACE_BEFORE = /^(?:[.,;:!?%)\]}]|'s|'|n't|'re|'ve|'ll|'d|'m)$/i;
const NO_SPACE_AFTER = /^[([{$]$/;

/**
 * Joins PTB-style tokens back into text as an article would print it, keeping each token's offsets.
 * @param tokens the tokens of one sentence
 * @returns the text and the start offset of each token
 */
export function detokenize(tokens: readonly string[]): { text: string; starts: number[] } {
  let text = '';
  const starts: number[] = [];
  let quoteOpen = false;
  tokens.forEach((t, i) => {
    const prev = tokens[i - 1];
    let space = i > 0 && !NO_SPACE_BEFORE.test(t) && !(prev !== undefined && NO_SPACE_AFTER.test(prev));
    if (t === '"' || t === '``' || t === "''") {
      if (quoteOpen) space = false;
      quoteOpen = !quoteOpen;
    } else if (prev === '"' && quoteOpen) space = false;
    if (space) text += ' ';
    starts.push(text.length);
    text += t === '``' || t === "''" ? '"' : t;
  });
  return { text, starts };
}

/**
 * Builds articles from documents: sentences joined one paragraph each, entity spans read from the IOB2
 * tags with their text as printed.
 * @param docs documents of sentences
 * @param prefix id prefix
 * @returns one article per document
 */
export function toArticles(docs: readonly ConllSentence[][], prefix: string): ConllArticle[] {
  return docs.map((doc, d) => {
    const paragraphs: string[] = [];
    const entities: GoldEntity[] = [];
    for (const s of doc) {
      const { text, starts } = detokenize(s.tokens);
      paragraphs.push(text);
      let open: { type: GoldEntity['type']; from: number; to: number } | null = null;
      const close = () => {
        if (open)
          entities.push({
            type: open.type,
            text: text.slice(
              starts[open.from],
              (starts[open.to] as number) + (s.tokens[open.to] as string).length,
            ),
          });
        open = null;
      };
      s.tags.forEach((tag, i) => {
        const type = tag.slice(2) as GoldEntity['type'];
        if (tag.startsWith('B-') || (tag.startsWith('I-') && (open === null || open.type !== type))) {
          close();
          open = { type, from: i, to: i };
        } else if (tag.startsWith('I-') && open) open.to = i;
        else close();
      });
      close();
    }
    return { id: `${prefix}-${d + 1}`, text: paragraphs.join('\n\n'), entities };
  });
}

/**
 * Cuts one long run of sentences into pseudo-articles of `size` sentences (GMB marks no document breaks).
 * @param sentences the sentences in order
 * @param size sentences per article
 */
export function chunk(sentences: readonly ConllSentence[], size: number): ConllSentence[][] {
  const out: ConllSentence[][] = [];
  for (let i = 0; i < sentences.length; i += size) out.push(sentences.slice(i, i + size));
  return out;
}
