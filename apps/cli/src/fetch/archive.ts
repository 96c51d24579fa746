import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { writeAtomic } from '../write-atomic.js';

/** The sidecar beside each archived body: where it came from and how it was answered. */
export interface ArchiveRecord {
  url: string;
  finalUrl: string;
  /** ISO time of the fetch that brought this body. */
  fetchedAt: string;
  status: number;
  headers: Record<string, string>;
  kind: 'page' | 'feed' | 'sitemap';
}

/** The archive's index: the latest body of each URL, its validators, and what a feed listed. */
export interface ArchiveIndex {
  version: 1;
  urls: Record<
    string,
    {
      /** The archived file (name within the archive folder). */
      file: string;
      etag?: string;
      lastModified?: string;
      fetchedAt: string;
      /** Last time a run asked for it (fetched or confirmed by a 304). */
      checkedAt: string;
      /** Feeds and sitemaps: the page URLs they listed. */
      items?: string[];
      /**
       * Bodies this URL had before (a page corrected, a feed with new items), each with the time a
       * fetch replaced it: kept for the retention period, as the briefs built from them cite them.
       */
      earlier?: { file: string; until: string }[];
    }
  >;
}

const INDEX = 'index.json';

/**
 * The local archive of fetched feeds and pages: each body stored once under its content hash
 * (`<sha256>.html`, `.txt`, `.xml`, `.json` feed) with a `.meta.json` sidecar, and an index from URL to
 * its latest body. The parser reads archived pages like any file; builds from it are reproducible.
 */
export class Archive {
  readonly dir: string;
  readonly index: ArchiveIndex;

  /**
   * Opens (without creating) an archive folder.
   * @param dir the folder
   */
  constructor(dir: string) {
    this.dir = dir;
    let index: ArchiveIndex = { version: 1, urls: {} };
    try {
      const data = JSON.parse(fs.readFileSync(path.join(dir, INDEX), 'utf8')) as ArchiveIndex;
      if (data.version === 1 && typeof data.urls === 'object') index = data;
    } catch {
      // no archive yet
    }
    this.index = index;
  }

  /**
   * Stores a body and its record, and points the URL at it.
   * @param key the canonical URL it is filed under
   * @param body the bytes
   * @param extension `.html`, `.txt`, `.xml` or `.json`
   * @param record the sidecar
   * @param extra validators and feed items for the index
   * @returns the file's path
   */
  put(
    key: string,
    body: Buffer,
    extension: string,
    record: ArchiveRecord,
    extra: { items?: string[] } = {},
  ): string {
    fs.mkdirSync(this.dir, { recursive: true });
    const hash = createHash('sha256').update(body).digest('hex').slice(0, 32);
    const file = `${hash}${extension}`;
    const target = path.join(this.dir, file);
    if (!fs.existsSync(target)) writeAtomic(target, body);
    const sidecar = path.join(this.dir, `${hash}.meta.json`);
    if (!fs.existsSync(sidecar)) writeAtomic(sidecar, `${JSON.stringify(record, null, 2)}\n`);
    const etag = record.headers.etag;
    const lastModified = record.headers['last-modified'];
    const before = this.index.urls[key];
    const earlier = [...(before?.earlier ?? [])];
    if (before && before.file !== file) earlier.push({ file: before.file, until: record.fetchedAt });
    this.index.urls[key] = {
      file,
      ...(etag ? { etag } : {}),
      ...(lastModified ? { lastModified } : {}),
      fetchedAt: record.fetchedAt,
      checkedAt: record.fetchedAt,
      ...(extra.items ? { items: extra.items } : {}),
      ...(earlier.length ? { earlier: earlier.filter((e) => e.file !== file) } : {}),
    };
    return target;
  }

  /**
   * The archived entry of a URL.
   * @param key the canonical URL
   * @returns the entry with its file's path, or undefined
   */
  get(key: string): (ArchiveIndex['urls'][string] & { path: string }) | undefined {
    const entry = this.index.urls[key];
    if (!entry || !fs.existsSync(path.join(this.dir, entry.file))) return undefined;
    return { ...entry, path: path.join(this.dir, entry.file) };
  }

  /**
   * Notes that a URL's archived body is still current (a 304), and its feed items if they changed.
   * @param key the canonical URL
   * @param at the time
   */
  touch(key: string, at: string): void {
    const entry = this.index.urls[key];
    if (entry) entry.checkedAt = at;
  }

  /** Writes the index (atomically). */
  save(): void {
    fs.mkdirSync(this.dir, { recursive: true });
    const sorted = Object.fromEntries(Object.entries(this.index.urls).sort(([a], [b]) => (a < b ? -1 : 1)));
    writeAtomic(path.join(this.dir, INDEX), `${JSON.stringify({ version: 1, urls: sorted }, null, 2)}\n`);
  }

  /**
   * Deletes what no run has asked for within the retention period: index entries last checked before
   * `before` and earlier bodies replaced before it, then every file no entry points at. (A body replaced
   * by a newer one had been deleted at once: a brief of the day before cited a file that was gone.)
   * @param before ISO time
   * @returns the files deleted
   */
  prune(before: string): string[] {
    for (const [key, entry] of Object.entries(this.index.urls)) {
      if (entry.checkedAt < before) delete this.index.urls[key];
      else if (entry.earlier) {
        const earlier = entry.earlier.filter((e) => e.until >= before);
        if (earlier.length) entry.earlier = earlier;
        else delete entry.earlier;
      }
    }
    if (!fs.existsSync(this.dir)) return [];
    const stem = (file: string) => file.replace(/\.[a-z]+$/, '');
    const kept = new Set(
      Object.values(this.index.urls).flatMap((e) =>
        [e.file, ...(e.earlier ?? []).map((x) => x.file)].map(stem),
      ),
    );
    const removed: string[] = [];
    for (const name of fs.readdirSync(this.dir).sort()) {
      if (name === INDEX) continue;
      const hash = name.split('.')[0] ?? '';
      if (!/^[0-9a-f]{32}$/.test(hash) || kept.has(hash)) continue;
      fs.rmSync(path.join(this.dir, name), { force: true });
      removed.push(name);
    }
    this.save();
    return removed;
  }
}
