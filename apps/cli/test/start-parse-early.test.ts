import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MANIFEST } from '../src/manifest.js';
import { stopEarlyParsePool } from '../src/parse-pool.js';
import { listCorpus } from '../src/read-corpus.js';
import { startParseEarly } from '../src/start-parse-early.js';
import { tempWorkspace } from './helpers.js';

afterEach(() => stopEarlyParsePool());

describe('startParseEarly', () => {
  const flags = { corpus: 'corpus', timeout: 60, jobs: 2 };

  it('lists the corpus folder of a build sure to parse it', () => {
    const dir = tempWorkspace();
    const corpus = path.join(dir, 'corpus');
    expect(startParseEarly(flags, dir)).toEqual({ dir: corpus, files: listCorpus(corpus) });
    expect(startParseEarly({ ...flags, corpus: 'nowhere' }, dir)).toBeNull();
  });

  it('starts nothing for a build that may skip its brief or whose briefs are not known yet', () => {
    const dir = tempWorkspace();
    // a manifest in the output folder: the brief may be unchanged, so only --force parses for sure
    fs.mkdirSync(path.join(dir, 'out'));
    fs.writeFileSync(path.join(dir, 'out', MANIFEST), '{}');
    expect(startParseEarly(flags, dir)).toBeNull();
    expect(startParseEarly({ ...flags, force: true }, dir)).not.toBeNull();
    expect(startParseEarly({ ...flags, force: true, shard: '1/2' }, dir)).toBeNull();
    expect(startParseEarly({ ...flags, force: true, source: ['corpus'] }, dir)).toBeNull();
    fs.writeFileSync(path.join(dir, 'briefing.config.yaml'), 'briefs: []\n');
    expect(startParseEarly({ ...flags, force: true }, dir)).toBeNull();
  });
});
