import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { brief, repoRoot, tempWorkspace } from './helpers.js';

describe('brief extract --json', () => {
  it('prints one record per file with the documented fields', () => {
    const run = brief(
      [
        'extract',
        '--json',
        'corpus/al-fassel-long-term-partnership.txt',
        'corpus/alwaght-nato-mission-boost.txt',
      ],
      repoRoot,
    );
    expect(run.code).toBe(0);
    const records = JSON.parse(run.stdout);
    expect(records).toHaveLength(2);
    for (const r of records) {
      expect(Object.keys(r)).toEqual(
        expect.arrayContaining(['path', 'title', 'authors', 'published', 'outlet', 'language', 'text']),
      );
      expect(r.text).not.toMatch(/\n{3,}/);
    }
    expect(records[0].path).toBe('corpus/al-fassel-long-term-partnership.txt');
  });

  it('prints the time of day a page stamps its publication with, in its zone, and none when it states none', () => {
    const dir = tempWorkspace(false);
    const page = (stamp: string) =>
      `<html><head><title>Norvale opens its tram line</title>${stamp}</head><body><article><h1>Norvale opens its tram line</h1>` +
      '<p>Norvale Transit opened its first tram line on Tuesday, a year after work began on the six-stop route to the harbour.</p>' +
      '<p>The operator said the trams would run every ten minutes from six in the morning until midnight, seven days a week.</p>' +
      '</article></body></html>';
    fs.writeFileSync(
      path.join(dir, 'timed.html'),
      page('<meta property="article:published_time" content="2027-03-09T18:30:00+02:00">'),
    );
    fs.writeFileSync(
      path.join(dir, 'dated.html'),
      page('<meta property="article:published_time" content="2027-03-09">'),
    );
    const run = brief(['extract', '--json', 'timed.html', 'dated.html'], dir);
    expect(run.code).toBe(0);
    const [timed, dated] = JSON.parse(run.stdout);
    expect([timed.published, timed.publishedTime]).toEqual(['2027-03-09', '18:30:00+02:00']);
    expect([dated.published, 'publishedTime' in dated]).toEqual(['2027-03-09', false]);
  });
});
