import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CODE_FINGERPRINT_FILE, fingerprintFolders, TOOL_FOLDERS } from '../src/hash-inputs.js';
import { writeAllAtomic } from '../src/write-atomic.js';
import { writeBrief } from '../src/write-brief.js';
import { repoRoot, tempWorkspace } from './helpers.js';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});
const folder = () => {
  const dir = tempWorkspace(false);
  made.push(dir);
  return dir;
};

describe('writing a brief as one set', () => {
  it('touches no destination when one of the files cannot be written', () => {
    const dir = folder();
    fs.writeFileSync(path.join(dir, 'a.json'), 'old');
    const files = new Map([
      [path.join(dir, 'a.json'), 'new'],
      [path.join(dir, 'missing-folder', 'a.html'), 'new'],
    ]);
    expect(() => writeAllAtomic(files)).toThrow(/ENOENT/);
    expect(fs.readdirSync(dir)).toEqual(['a.json']);
    expect(fs.readFileSync(path.join(dir, 'a.json'), 'utf8')).toBe('old');
  });

  it('removes the files of the previous set that the new one no longer has', () => {
    const dir = folder();
    for (const f of ['b.json', 'b.pdf', 'other.pdf']) fs.writeFileSync(path.join(dir, f), 'old');
    const previous = { hash: '', files: ['b.json', 'b.pdf'], sources: [], events: [] };
    expect(writeBrief(dir, new Map([['b.json', 'new']]), previous)).toEqual([path.join(dir, 'b.json')]);
    expect(fs.readdirSync(dir).sort()).toEqual(['b.json', 'other.pdf']);
  });
});

describe('the cache key of what produced a brief', () => {
  it('changes when any file of the code or the default theme changes', () => {
    const [code, theme] = [folder(), folder()];
    fs.writeFileSync(path.join(code, 'bin.js'), 'one');
    fs.writeFileSync(path.join(theme, 'style.css'), 'body {}');
    const key = () =>
      fingerprintFolders([
        { dir: code, keep: () => true },
        { dir: theme, keep: () => true },
      ]);
    const first = key();
    fs.writeFileSync(path.join(theme, 'style.css'), 'body { color: red }');
    const second = key();
    fs.writeFileSync(path.join(code, 'bin.js'), 'two');
    expect(new Set([first, second, key()]).size).toBe(3);
  });

  it('covers the program, the default theme and the data the model reads', () => {
    expect(TOOL_FOLDERS.map((f) => path.relative(repoRoot, path.resolve(f.dir)))).toEqual([
      'apps/cli/src',
      'packages/render/templates',
      'packages/model/data',
    ]);
  });

  it('is recorded by the build as the hash of the bundle it wrote', () => {
    const dist = path.join(repoRoot, 'apps/cli/dist');
    // the hash, then the files the build wrote: a build cache restoring dist/ may leave older chunks beside them
    const [recorded, ...files] = fs
      .readFileSync(path.join(dist, CODE_FINGERPRINT_FILE), 'utf8')
      .trim()
      .split('\n');
    expect(files).toEqual(expect.arrayContaining(['bin.js', 'parse-worker.js']));
    const wrote = new Set(files);
    const keep = TOOL_FOLDERS[0]?.keep ?? (() => false);
    expect(recorded).toBe(fingerprintFolders([{ dir: dist, keep: (f) => keep(f) && wrote.has(f) }]));
  });
});
