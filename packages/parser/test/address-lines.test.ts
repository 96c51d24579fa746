import { describe, expect, it } from 'vitest';
import { isAddressLine } from '../src/html/address-lines.js';
import { bodyPage } from './body-page.js';

describe('isAddressLine', () => {
  const blocks = bodyPage(
    [
      '<p>Sign the petition online:</p>',
      '<p><a href="https://example.org/p">https://example.org/p</a></p>',
      '<p>www.example.net</p>',
      '<p>More at https://example.org/more</p>',
      '<p><a href="https://a.example/1">A first story</a></p><p>www.source.example</p>',
      '<p><a href="https://a.example/2">A second story</a></p><p>www.source.example</p>',
    ].join(''),
  );
  const said = blocks.blocks.map((_, i) => [blocks.blocks[i]?.text, isAddressLine(blocks, i)]);

  it('tells a web address alone on its line, linked or not, said once on the page', () => {
    expect(said).toEqual([
      ['Sign the petition online:', false],
      ['https://example.org/p', true],
      ['www.example.net', true],
      ['More at https://example.org/more', false],
      ['A first story', false],
      ['www.source.example', false],
      ['A second story', false],
      ['www.source.example', false],
    ]);
  });
});
