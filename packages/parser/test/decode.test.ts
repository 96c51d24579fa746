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

  it('reads a saved page in the encoding its <meta> declares, as a browser does', () => {
    // "Zażółć" in Windows-1250, and "新华" in GB2312 (read as GBK, its superset)
    const polish = new Uint8Array([
      ...Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=Windows-1250"><p>Za'),
      0xbf,
      0xf3,
      0xb3,
      0xe6,
    ]);
    expect(decodeText(polish, { html: true })).toMatchObject({
      text: expect.stringMatching(/<p>Zażółć$/),
      encoding: 'windows-1250',
    });
    const chinese = new Uint8Array([...Buffer.from('<meta charset="gb2312"><p>'), 0xd0, 0xc2, 0xbb, 0xaa]);
    expect(decodeText(chinese, { html: true })).toMatchObject({
      text: '<meta charset="gb2312"><p>新华',
      encoding: 'gbk',
    });
    // a text file's "charset=" is no declaration: Windows-1252
    expect(decodeText(polish)).toMatchObject({ encoding: 'windows-1252' });
  });

  it('reads UTF-8 with a few stray Windows-1252 bytes as UTF-8, and the stray bytes as Windows-1252', () => {
    // "Schäfer, weiß" in UTF-8 and then "café" with a Windows-1252 é
    const bytes = new Uint8Array([
      ...Buffer.from('<meta charset="utf-8"><p>Schäfer, weiß, grün, Größe</p><p>caf'),
      0xe9,
      ...Buffer.from('</p>'),
    ]);
    expect(decodeText(bytes, { html: true })).toEqual({
      ok: true,
      text: '<meta charset="utf-8"><p>Schäfer, weiß, grün, Größe</p><p>café</p>',
      encoding: 'utf-8',
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
