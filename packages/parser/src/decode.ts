import iconv from 'iconv-lite';

/** What {@link decodeText} found: the text, or why there is none. */
export type Decoded =
  | { ok: true; text: string; encoding: string }
  | { ok: false; ruleId: 'empty-file' | 'binary-file'; reason: string };

/**
 * Decodes a file's bytes into text: UTF-8 (with or without BOM), UTF-16 with a BOM; for a saved HTML
 * page that is not UTF-8, the encoding its `<meta>` declares (as a browser reads it: Latin-1 and ASCII
 * as Windows-1252, GB2312 as GBK); then text that is UTF-8 but for a few stray bytes is read as UTF-8
 * with those bytes in Windows-1252 (a page pasted together from two sources); else Windows-1252 (the
 * superset of Latin-1 that text copied on Windows is in).
 * Refuses empty and binary input.
 * @param bytes the file's content
 * @param options `html`: the bytes are a saved HTML page, whose `<meta charset>` is read
 * @returns the text and its encoding, or why it is not text
 */
export function decodeText(bytes: Uint8Array, options: { html?: boolean } = {}): Decoded {
  const fail = (ruleId: 'empty-file' | 'binary-file', reason: string): Decoded => ({
    ok: false,
    ruleId,
    reason,
  });
  if (bytes.length === 0) return fail('empty-file', 'file is empty');
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return decoded(new TextDecoder('utf-16le').decode(bytes.subarray(2)), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return decoded(new TextDecoder('utf-16be').decode(bytes.subarray(2)), 'utf-16be');
  if (looksBinary(bytes)) return fail('binary-file', 'file looks binary (control bytes), not text');
  try {
    return decoded(STRICT_UTF8.decode(bytes), 'utf-8');
  } catch {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const declared = options.html ? declaredCharset(buffer) : null;
    if (declared) return decoded(iconv.decode(buffer, declared), declared);
    const mixed = mostlyUtf8(buffer);
    if (mixed !== null) return decoded(mixed, 'utf-8');
    // Node's own windows-1252 decoder drops 0x80–0x9f (curly quotes, dashes); iconv-lite maps them
    return decoded(iconv.decode(buffer, 'win1252'), 'windows-1252');
  }
}

/**
 * One strict UTF-8 decoder for every file, not one built per file: a call without `stream` starts afresh
 * (also after one that threw, and it strips a BOM each time).
 */
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Labels a browser reads as another encoding (the WHATWG Encoding Standard's label table). */
const SAME_AS: Record<string, string> = {
  'iso-8859-1': 'windows-1252',
  latin1: 'windows-1252',
  'us-ascii': 'windows-1252',
  ascii: 'windows-1252',
  gb2312: 'gbk',
};

/**
 * The encoding a page's `<meta charset>` or `<meta http-equiv="Content-Type">` declares in its first
 * 64 KB, when iconv-lite can read it and it is not UTF-8 (which the bytes are not), else null.
 */
function declaredCharset(buffer: Buffer): string | null {
  const head = buffer.subarray(0, 65536).toString('latin1');
  const meta = /<meta\b[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  const label = meta?.[1]?.toLowerCase();
  if (!label || label === 'utf-8' || label === 'utf8') return null;
  const name = SAME_AS[label] ?? label;
  return iconv.encodingExists(name) ? name : null;
}

/**
 * UTF-8 with some stray bytes (a Windows-1252 "é" pasted into a UTF-8 page): the UTF-8 sequences
 * decoded as UTF-8, every other byte as Windows-1252; null when the stray bytes are more than a tenth
 * of the bytes above ASCII (then the text is in a single-byte encoding).
 */
function mostlyUtf8(buffer: Buffer): string | null {
  // first count, so that a file in a single-byte encoding is given up without building anything
  const stray: number[] = [];
  let high = 0;
  for (let i = 0; i < buffer.length; ) {
    if ((buffer[i] as number) < 0x80) {
      i++;
      continue;
    }
    const n = sequenceLength(buffer, i);
    high += n || 1;
    if (n === 0) {
      stray.push(i);
      if (stray.length > high * 0.1 && stray.length > 64) return null;
    }
    i += n || 1;
  }
  if (stray.length > high * 0.1) return null;
  const utf8 = new TextDecoder('utf-8');
  const parts: string[] = [];
  let from = 0;
  for (const i of stray) {
    parts.push(utf8.decode(buffer.subarray(from, i)), iconv.decode(buffer.subarray(i, i + 1), 'win1252'));
    from = i + 1;
  }
  parts.push(utf8.decode(buffer.subarray(from)));
  return parts.join('');
}

/** The length of the well-formed UTF-8 sequence starting at `i` (2 to 4), or 0 when there is none. */
function sequenceLength(buffer: Buffer, i: number): number {
  const b = buffer[i] as number;
  const n = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
  if (n === 0 || i + n > buffer.length) return 0;
  for (let k = 1; k < n; k++) if (((buffer[i + k] as number) & 0xc0) !== 0x80) return 0;
  const b1 = buffer[i + 1] as number;
  if (
    (b === 0xe0 && b1 < 0xa0) ||
    (b === 0xed && b1 > 0x9f) ||
    (b === 0xf0 && b1 < 0x90) ||
    (b === 0xf4 && b1 > 0x8f)
  )
    return 0; // overlong, surrogate or beyond U+10FFFF
  return n;
}

function decoded(text: string, encoding: string): Decoded {
  // most files hold no carriage return: the replacement is not tried on them (a seventh of the decoding)
  return { ok: true, text: text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text, encoding };
}

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] as number;
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return control / n > 0.1;
}
