import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Archive } from '../src/fetch/archive.js';
import { tempWorkspace } from './helpers.js';

const dir = tempWorkspace(false);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const record = (url: string, fetchedAt: string) => ({
  url,
  finalUrl: url,
  fetchedAt,
  status: 200,
  headers: { 'content-type': 'text/html', etag: '"e1"' },
  kind: 'page' as const,
});

describe('Archive', () => {
  it('files bodies by content hash with a sidecar, and prunes what retention no longer keeps', () => {
    const archive = new Archive(path.join(dir, 'archive'));
    const old = archive.put(
      'https://a.example/old',
      Buffer.from('<p>old</p>'),
      '.html',
      record('https://a.example/old', '2024-01-01T00:00:00.000Z'),
    );
    const fresh = archive.put(
      'https://a.example/new',
      Buffer.from('<p>new</p>'),
      '.html',
      record('https://a.example/new', '2024-03-01T00:00:00.000Z'),
    );
    // the same body under another URL is stored once
    const same = archive.put(
      'https://b.example/copy',
      Buffer.from('<p>new</p>'),
      '.html',
      record('https://b.example/copy', '2024-03-01T00:00:00.000Z'),
    );
    expect(same).toBe(fresh);
    expect(path.basename(old)).toMatch(/^[0-9a-f]{32}\.html$/);
    const sidecar = JSON.parse(fs.readFileSync(old.replace(/\.html$/, '.meta.json'), 'utf8'));
    expect(sidecar).toEqual(record('https://a.example/old', '2024-01-01T00:00:00.000Z'));
    expect(archive.get('https://a.example/new')).toMatchObject({ etag: '"e1"', path: fresh });
    archive.save();

    const reopened = new Archive(path.join(dir, 'archive'));
    reopened.touch('https://b.example/copy', '2024-03-02T00:00:00.000Z');
    expect(reopened.prune('2024-02-01')).toEqual(
      [path.basename(old), path.basename(old).replace('.html', '.meta.json')].sort(),
    );
    expect(Object.keys(new Archive(path.join(dir, 'archive')).index.urls)).toEqual([
      'https://a.example/new',
      'https://b.example/copy',
    ]);
    expect(fs.existsSync(fresh)).toBe(true);
  });

  // read in session 89: a page corrected under its URL lost its first body at the next fetch, which the
  // brief of the day before cited ("archive: 2 file(s) past the 30d retention deleted" the next morning)
  it('keeps a body replaced by a newer one for the retention period, then deletes it', () => {
    const archive = new Archive(path.join(dir, 'replaced'));
    const first = archive.put(
      'https://a.example/page',
      Buffer.from('<p>first</p>'),
      '.html',
      record('https://a.example/page', '2024-03-01T00:00:00.000Z'),
    );
    const second = archive.put(
      'https://a.example/page',
      Buffer.from('<p>corrected</p>'),
      '.html',
      record('https://a.example/page', '2024-03-02T00:00:00.000Z'),
    );
    archive.save();
    expect(archive.get('https://a.example/page')?.path).toBe(second);
    expect(archive.prune('2024-02-01')).toEqual([]);
    expect(fs.existsSync(first)).toBe(true);
    // the first body back again is the current one, no longer an earlier one
    const reopened = new Archive(path.join(dir, 'replaced'));
    reopened.touch('https://a.example/page', '2024-04-10T00:00:00.000Z');
    expect(reopened.prune('2024-03-10')).toEqual(
      [path.basename(first), path.basename(first).replace('.html', '.meta.json')].sort(),
    );
    expect(fs.existsSync(second)).toBe(true);
    expect(
      new Archive(path.join(dir, 'replaced')).index.urls['https://a.example/page']?.earlier,
    ).toBeUndefined();
  });
});
