import { describe, expect, it } from 'vitest';
import { decodeText } from '../src/decode.js';

describe('decodeText', () => {
  it('reads UTF-16 with a BOM', () => {
    const bytes = new Uint8Array([0xff, 0xfe, 0x49, 0, 0x72, 0, 0x61, 0, 0x71, 0]);
    expect(decodeText(bytes)).toEqual({ ok: true, text: 'Iraq', encoding: 'utf-16le' });
  });

  it('falls back to Latin-1 for invalid UTF-8', () => {
    expect(decodeText(new Uint8Array([0x63, 0x61, 0x66, 0xe9]))).toEqual({
      ok: true,
      text: 'café',
      encoding: 'windows-1252',
    });
  });

  it('says why empty and binary input is not text', () => {
    expect(decodeText(new Uint8Array())).toEqual({
      ok: false,
      ruleId: 'empty-file',
      reason: 'file is empty',
    });
    expect(decodeText(new Uint8Array([1, 0, 2]))).toEqual({
      ok: false,
      ruleId: 'binary-file',
      reason: 'file looks binary (control bytes), not text',
    });
  });
});
