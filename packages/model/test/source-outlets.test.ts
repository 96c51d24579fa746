import { describe, expect, it } from 'vitest';
import { outletNames } from '../src/source-outlets.js';

describe('outletNames', () => {
  it("names a site's unnamed page by the one outlet its other pages have, else by its site", () => {
    expect(
      outletNames([
        { outlet: 'Gull Harbour News', url: 'https://news.example/a' },
        { outlet: null, url: 'https://www.news.example/b' },
        { outlet: 'Tern Wire', url: 'https://wire.example/c' },
        { outlet: 'Tern Wire Daily', url: 'https://wire.example/d' },
        { outlet: null, url: 'https://wire.example/e' },
        { outlet: null, url: 'https://plain.example/f' },
        { outlet: null, url: null },
      ]),
    ).toEqual([
      'Gull Harbour News',
      'Gull Harbour News',
      'Tern Wire',
      'Tern Wire Daily',
      'wire.example',
      'plain.example',
      null,
    ]);
  });
});
