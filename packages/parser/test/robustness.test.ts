import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Article } from '@briefing/model';
import { describe, expect, it, onTestFinished } from 'vitest';
import { parseArticle } from '../src/index.js';

const PARAGRAPH =
  'The minister said on Monday that the talks with the delegation would resume next week in Baghdad, ' +
  'after both sides had agreed on the agenda and on the list of experts who would attend them.';

/** Parses bytes as a `.txt` file and returns the article's text, or the diagnostics when there is none. */
function parseBytes(bytes: Uint8Array, file = 'input.txt') {
  const { value, diagnostics } = parseArticle({ path: file, data: bytes });
  if (value) Article.parse(value);
  return value ? value.text : diagnostics.map((d) => `${d.file}: ${d.severity} ${d.ruleId}: ${d.message}`);
}

const utf16 = (text: string, bigEndian: boolean) => {
  const out = new Uint8Array(2 + text.length * 2);
  out.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[2 + 2 * i] = bigEndian ? c >> 8 : c & 0xff;
    out[3 + 2 * i] = bigEndian ? c & 0xff : c >> 8;
  }
  return out;
};

describe('parseArticle on awkward files', () => {
  it('reads UTF-16 with a byte-order mark, little- and big-endian', () => {
    const text = `Talks “resume”\n\n${PARAGRAPH}\n`;
    expect(parseBytes(utf16(text, false))).toBe(PARAGRAPH);
    expect(parseBytes(utf16(text, true))).toBe(PARAGRAPH);
  });

  it('reads Windows-1252 (Latin-1) text, curly quotes and accents included', () => {
    const bytes = Buffer.from(`Caf\xe9 talks\n\n\x93${PARAGRAPH}\x94\n`, 'latin1');
    expect(parseBytes(bytes)).toBe(`“${PARAGRAPH}”`);
  });

  it('reads UTF-8 with a byte-order mark and CRLF line ends', () => {
    const bytes = Buffer.from(`\ufeffTalks resume\r\n\r\n${PARAGRAPH}\r\n`, 'utf8');
    expect(parseBytes(bytes)).toBe(PARAGRAPH);
  });

  it('names the file when it is empty, binary or holds no article', () => {
    expect(parseBytes(new Uint8Array(), 'empty.txt')).toEqual(['empty.txt: error empty-file: file is empty']);
    expect(parseBytes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]), 'photo.txt')).toEqual([
      'photo.txt: error binary-file: file looks binary (control bytes), not text',
    ]);
    expect(parseBytes(Buffer.from('Home\nNews\nContact\n'), 'menu.txt')).toEqual([
      'menu.txt: error no-body: no article text found',
    ]);
  });

  it('refuses a 20 MB file with an error naming it, without reading it as text', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'brief-parser-'));
    onTestFinished(() => fs.rmSync(dir, { recursive: true, force: true }));
    const file = path.join(dir, 'huge.txt');
    fs.writeFileSync(file, `${PARAGRAPH}\n\n`.repeat(Math.ceil(20e6 / (PARAGRAPH.length + 2))));
    expect(parseBytes(fs.readFileSync(file), file)).toEqual([
      `${file}: error too-large: file is too large to be an article (19.1 MB, limit 8.0 MB)`,
    ]);
  });

  it('reads a 5 MB single line as one paragraph', () => {
    const line = PARAGRAPH.replace(/\.$/, '. ').repeat(Math.ceil(5e6 / PARAGRAPH.length));
    const { value } = parseArticle({ path: 'line.txt', data: line });
    expect(value?.blocks).toHaveLength(1);
    expect(value?.text).toBe(line.trim());
  });

  it('maps every block of a long Markdown file, parsed in pieces, back to its line', () => {
    const source = Array.from(
      { length: 3000 },
      (_, i) => `## Part ${i}\n\nParagraph ${i}: ${PARAGRAPH}\n`,
    ).join('\n');
    const { value } = parseArticle({ path: 'long.md', data: source });
    const lines = source.split('\n');
    expect(value?.blocks).toHaveLength(3000);
    for (const [i, b] of (value?.blocks ?? []).entries()) {
      expect(lines[b.position.line - 1]).toBe(`Paragraph ${i}: ${PARAGRAPH}`);
      const head = `Paragraph ${i}:`;
      expect(source.slice(b.position.offset, b.position.offset + head.length)).toBe(head);
    }
  });
});
