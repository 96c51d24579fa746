import type { Root as MdastRoot, Paragraph, RootContent, Table } from 'mdast';
import { toString as mdastToString } from 'mdast-util-to-string';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { BodyBlock } from './extraction.js';
import { composedText } from './html/composed-text.js';
import type { SplitLines } from './text/split-lines.js';

/** A block of a Markdown note as one line of text: a heading says so. */
export interface MarkdownLine extends BodyBlock {
  heading?: boolean;
  /** A paragraph written on one line of its own (a note's first may be its title, see `markdownArticle`). */
  oneLine?: boolean;
}

/**
 * Cuts a Markdown note into one line per block (remark-parse; a list gives one per item), each with
 * the position of its block, and sets its YAML front matter apart.
 * @param source the decoded file
 * @returns the front matter (or null) and the blocks' lines
 */
export function markdownLines(source: string): SplitLines<MarkdownLine> {
  const lines: MarkdownLine[] = [];
  let front: string | null = null;
  for (const chunk of splitChunks(source)) {
    const mdast = notes.parse(chunk.text) as MdastRoot;
    for (const node of mdast.children) {
      if (node.type === 'yaml' && chunk.offset === 0) front = node.value;
      for (const l of blockLines(node, chunk.text)) {
        l.line += chunk.line - 1;
        l.offset += chunk.offset;
        lines.push(l);
      }
    }
  }
  return { front, lines };
}

/**
 * The Markdown a note is written in: CommonMark (remark-parse), GitHub's tables, task lists, footnotes,
 * strikethrough and bare links (remark-gfm), and YAML front matter (remark-frontmatter).
 */
const notes = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']);

/** Characters of Markdown parsed at a time: remark's cost grows faster than the input on long mixed documents. */
const CHUNK = 8_000;

/**
 * Cuts a long document into pieces at blank lines (never inside a fenced code block) so that each is
 * parsed on its own and the whole costs time in proportion to its length.
 */
function splitChunks(source: string): { text: string; line: number; offset: number }[] {
  const chunks: { text: string; line: number; offset: number }[] = [];
  let start = 0;
  let line = 1;
  while (start < source.length) {
    let end = source.length;
    if (source.length - start > CHUNK) {
      let cut = source.indexOf('\n\n', start + CHUNK);
      while (cut !== -1 && fenceCount(source.slice(start, cut)) % 2 === 1)
        cut = source.indexOf('\n\n', cut + 2);
      end = cut === -1 ? source.length : cut + 2;
    }
    const text = source.slice(start, end);
    chunks.push({ text, line, offset: start });
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) line++;
    start = end;
  }
  return chunks.length > 0 ? chunks : [{ text: '', line: 1, offset: 0 }];
}

function fenceCount(text: string): number {
  return text.match(/^ {0,3}(?:```|~~~)/gm)?.length ?? 0;
}

function blockLines(node: RootContent, source: string): MarkdownLine[] {
  if (node.type === 'yaml' || node.type === 'thematicBreak') return [];
  if (node.type === 'list') return node.children.flatMap((item) => blockLines(item as never, source));
  if (node.type === 'table') return tableRows(node);
  if (node.type === 'paragraph') {
    const labelled = labelledLines(node, source);
    if (labelled) return labelled;
  }
  const start = node.position?.start;
  const text = composedText(blockText(node).replace(/\s+/g, ' ').trim());
  if (!text) return [];
  const line: MarkdownLine = {
    text,
    line: start?.line ?? 1,
    column: start?.column ?? 1,
    offset: start?.offset ?? 0,
    heading: node.type === 'heading',
  };
  if (node.type === 'paragraph' && node.position?.end.line === start?.line) line.oneLine = true;
  return [line];
}

/**
 * A block's words. The blocks inside a quotation or a list item are joined by a space: mdast's own
 * string joins them with nothing, and a quotation's attribution under it ran into its last sentence
 * ("…within eight weeks.— Miriam Okafor"), a nested list's first item into its parent's last word.
 */
function blockText(node: RootContent): string {
  if (node.type === 'blockquote' || node.type === 'listItem' || node.type === 'list')
    return node.children.map((child) => blockText(child as RootContent)).join(' ');
  return mdastToString(node);
}

/**
 * A line that opens on a label and its colon, bold or not: "**Date:** 9 March 2026", "__Source__: the
 * ministry", "Attendees: the minister, two advisers". The label is one to four words and starts upper-case.
 */
const LABEL_LINE =
  /^[ \t]*(?:\*\*|__|\*|_)?\p{Lu}[\p{L}\p{M}'’-]*(?: [\p{L}\p{M}'’-]+){0,3}(?::(?:\*\*|__|\*|_)?|(?:\*\*|__|\*|_):)[ \t]+\S/u;

/**
 * A paragraph of two or more lines that each open on a label ("**Source:** the regulator's press office"
 * above "**Date:** 9 March 2026") is a note's fields written one under the other, held in one paragraph
 * only because Markdown joins lines without a blank line between them: each line is a block of its own,
 * as it reads. Joined, the fields made one "sentence" ("Source: … Date: 9 March 2026") that the note's
 * date line was not read from and that the brief cited as a finding.
 */
function labelledLines(node: Paragraph, source: string): MarkdownLine[] | null {
  const start = node.position?.start;
  const end = node.position?.end;
  if (!start || !end || start.offset === undefined || end.offset === undefined) return null;
  const raw = source.slice(start.offset, end.offset).split('\n');
  if (raw.length < 2 || !raw.every((l) => LABEL_LINE.test(l))) return null;
  const lines: MarkdownLine[] = [];
  let offset = start.offset;
  raw.forEach((l, i) => {
    const text = plainText(l);
    const indent = i === 0 ? 0 : (l.match(/^[ \t]*/)?.[0].length ?? 0);
    if (text)
      lines.push({
        text,
        line: start.line + i,
        column: i === 0 ? start.column : indent + 1,
        offset: offset + indent,
        heading: false,
      });
    offset += l.length + 1;
  });
  return lines;
}

/**
 * A table (remark-gfm's: "| Reservoir | Level |" over "|---|---|" and its rows) as one block a row, each
 * cell after its column's header ("Reservoir: Holm Moss; Level: 31%"); the header row gives no block.
 * Read as a paragraph, the table was one "sentence" of pipes and dashes that the brief cited.
 */
function tableRows(node: Table): MarkdownLine[] {
  const words = (cell: RootContent) => composedText(mdastToString(cell).replace(/\s+/g, ' ').trim());
  const [head, ...rows] = node.children;
  const headers = head ? head.children.map(words) : [];
  const lines: MarkdownLine[] = [];
  for (const row of rows) {
    const start = row.position?.start;
    const text = row.children
      .map(words)
      .map((cell, c) => (cell && headers[c] ? `${headers[c]}: ${cell}` : cell))
      .filter(Boolean)
      .join('; ');
    if (text && start)
      lines.push({ text, line: start.line, column: start.column, offset: start.offset ?? 0, heading: false });
  }
  return lines;
}

/** A line of inline Markdown as its words ("**Level** 18 Feb" → "Level 18 Feb"). */
function plainText(markdown: string): string {
  const mdast = unified().use(remarkParse).parse(markdown) as MdastRoot;
  return composedText(mdastToString(mdast).replace(/\s+/g, ' ').trim());
}
