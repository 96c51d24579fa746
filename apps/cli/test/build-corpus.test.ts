import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { brief, poppler, tempWorkspace } from './helpers.js';

describe('brief build on the corpus (real Chromium)', () => {
  const dir = tempWorkspace();
  const run = brief([], dir);
  const out = path.join(dir, 'out');

  it('exits 0 and prints the paths it wrote', () => {
    expect(run.stderr).not.toMatch(/at .*\.js:\d+/); // no stack trace
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(path.join('out', 'corpus.pdf'));
    expect(fs.readdirSync(out).sort()).toEqual([
      '.briefing-manifest.json',
      'corpus.html',
      'corpus.json',
      'corpus.pdf',
    ]);
  });

  it('writes HTML that lists every article of the corpus as a source', () => {
    const model = JSON.parse(fs.readFileSync(path.join(out, 'corpus.json'), 'utf8'));
    const html = fs.readFileSync(path.join(out, 'corpus.html'), 'utf8');
    expect(model.sources).toHaveLength(5);
    for (const source of model.sources) {
      expect(html).toContain(`id="src-${source.id}"`);
    }
  });

  it('writes a PDF that poppler opens, with the title in its text', () => {
    const pdf = path.join(out, 'corpus.pdf');
    const info = poppler('pdfinfo', [pdf]);
    expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBeGreaterThanOrEqual(1);
    const model = JSON.parse(fs.readFileSync(path.join(out, 'corpus.json'), 'utf8'));
    const text = poppler('pdftotext', [pdf, '-']).replace(/\s+/g, ' ');
    expect(text).toContain(model.title);
  });
});

describe('brief build with a bad file beside good ones', () => {
  it('names the bad file, still writes the brief, and exits 1', () => {
    const dir = tempWorkspace();
    fs.writeFileSync(path.join(dir, 'corpus', 'broken.txt'), Buffer.from([0, 1, 2, 3, 0, 255, 0]));
    const run = brief(['build', '--format', 'json'], dir);
    expect(run.code).toBe(1);
    expect(run.stdout + run.stderr).toMatch(/corpus\/broken\.txt.*binary/);
    const model = JSON.parse(fs.readFileSync(path.join(dir, 'out', 'corpus.json'), 'utf8'));
    expect(model.sources).toHaveLength(5);
  });
});
