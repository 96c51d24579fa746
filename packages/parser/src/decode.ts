import iconv from 'iconv-lite';

/** What {@link decodeText} found: the text, or why there is none. */
export type Decoded =
  | { ok: true; text: string; encoding: string }
  | { ok: false; ruleId: 'empty-file' | 'binary-file'; reason: string };

/**
 * Decodes a file's bytes into text: UTF-8 (with or without BOM), UTF-16 with a BOM, else Windows-1252
 * (the superset of Latin-1 that text copied on Windows is in).
 * Refuses empty and binary input.
 * @param bytes the file's content
 * @returns the text and its encoding, or why it is not text
 */
export function decodeText(bytes: Uint8Array): Decoded {
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
    return decoded(new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes), 'utf-8');
  } catch {
    // Node's own windows-1252 decoder drops 0x80–0x9f (curly quotes, dashes); iconv-lite maps them
    return decoded(
      iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'win1252'),
      'windows-1252',
    );
  }
}

function decoded(text: string, encoding: string): Decoded {
  return { ok: true, text: text.replace(/\r\n?/g, '\n'), encoding };
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
