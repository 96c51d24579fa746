import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { brief, tempWorkspace } from './helpers.js';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});
const workspace = (withCorpus = true) => {
  const dir = tempWorkspace(withCorpus);
  made.push(dir);
  return dir;
};

describe('brief build --strict', () => {
  it('with --quiet, prints the warnings that fail the run', () => {
    const dir = workspace();
    const run = brief(['build', '--format', 'json', '--strict', '--quiet'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual([
      'corpus/al-fassel-long-term-partnership.txt:1:1: warning: no publication date found [parser:no-date]',
      expect.stringContaining('corpus/joint-operations-foreign-forces.txt:1:18: warning: no headline found'),
      'error: brief corpus: 2 warning(s), and --strict fails on warnings',
    ]);
  });

  it('fails on the warnings of a brief skipped as unchanged, as on the run that built it', () => {
    const dir = workspace();
    const first = brief(['build', '--format', 'json', '--json'], dir);
    expect(first.code).toBe(0);
    const second = brief(['build', '--format', 'json', '--json', '--strict'], dir);
    expect(second.code).toBe(1);
    const [built, skipped] = [JSON.parse(first.stdout).briefs[0], JSON.parse(second.stdout).briefs[0]];
    expect(skipped.status).toBe('unchanged');
    expect([skipped.warnings, skipped.diagnostics]).toEqual([built.warnings, built.diagnostics]);
    expect(second.stderr).toContain('no publication date found');
  });
});

describe('brief build says why a brief has no article', () => {
  const reasonOf = (run: { code: number | null; stderr: string }) => [run.code, run.stderr.trim()];

  it('when its folder does not exist', () => {
    const dir = workspace(false);
    expect(reasonOf(brief(['build', '--corpus', 'nowhere', '--format', 'json', '--quiet'], dir))).toEqual([
      1,
      'error: brief nowhere: no article files: nowhere: does not exist',
    ]);
  });

  it('when its folder holds no article files', () => {
    const dir = workspace(false);
    fs.mkdirSync(path.join(dir, 'empty'));
    fs.writeFileSync(path.join(dir, 'empty', 'notes.pdf'), 'not an article');
    expect(reasonOf(brief(['build', '--corpus', 'empty', '--format', 'json', '--quiet'], dir))).toEqual([
      1,
      'error: brief empty: no article files (.txt, .md, .markdown, .html, .htm) in its sources',
    ]);
  });

  it("when no file can be read, with each file's reason", () => {
    const dir = workspace(false);
    fs.mkdirSync(path.join(dir, 'bad'));
    fs.writeFileSync(path.join(dir, 'bad', 'empty.txt'), '');
    fs.writeFileSync(path.join(dir, 'bad', 'binary.md'), Buffer.from([0, 1, 2, 3, 0, 255, 254, 0]));
    const [code, stderr] = reasonOf(brief(['build', '--corpus', 'bad', '--format', 'json', '--quiet'], dir));
    expect(code).toBe(1);
    expect((stderr as string).split('\n').at(-3)).toBe(
      'error: brief bad: no article could be read from its sources:',
    );
    expect((stderr as string).split('\n').slice(-2)).toEqual([
      expect.stringMatching(/^ {2}bad\/binary\.md: \S/),
      expect.stringMatching(/^ {2}bad\/empty\.txt: \S/),
    ]);
  });

  it('when the date window leaves none', () => {
    const dir = workspace();
    const run = brief(['build', '--format', 'json', '--since', '2099-01-01', '--quiet'], dir);
    expect(reasonOf(run)).toEqual([
      1,
      'error: brief corpus: none of its 5 article(s) was published since 2099-01-01',
    ]);
  });
});

describe('a failed brief', () => {
  it('leaves its previous files whole, none of them replaced', () => {
    const dir = workspace();
    expect(brief(['build', '--format', 'json,html'], dir).code).toBe(0);
    const out = path.join(dir, 'out');
    const before = ['corpus.json', 'corpus.html'].map((f) => fs.readFileSync(path.join(out, f)));
    // a new source would change the JSON; a theme typo then fails the HTML
    fs.writeFileSync(
      path.join(dir, 'corpus', 'new.md'),
      '---\ntitle: New talks\ndate: 2024-05-02\n---\n\nOfficials met.\n',
    );
    fs.mkdirSync(path.join(dir, 'theme', 'partials'), { recursive: true });
    fs.writeFileSync(
      path.join(dir, 'theme', 'partials', 'quotes.hbs'),
      '{{#each quotes}}{{speakr}}{{/each}}\n',
    );
    const run = brief(['build', '--format', 'json,html', '--template', 'theme', '--quiet'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('"speakr" not defined');
    expect(['corpus.json', 'corpus.html'].map((f) => fs.readFileSync(path.join(out, f)))).toEqual(before);
    expect(fs.readdirSync(out).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

describe('brief doctor', () => {
  it('does not report a browser that is not there as found', () => {
    const dir = workspace(false);
    const run = brief(['doctor', '--chrome', '/no/such/file', '--out', 'out'], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('✗ browser found: /no/such/file: not found\n');
    expect(run.stdout).not.toContain('browser prints');
  });

  it('says whether Chinese, Japanese and Korean text has a font, and fails nothing for it', () => {
    const dir = workspace(false);
    const run = brief(['doctor', '--chrome', '/no/such/file', '--out', 'out'], dir);
    expect(run.stdout).toMatch(
      /^(?:! fonts for Chinese, Japanese, Korean: none: such text prints as boxes in PDFs \(apt-get install fonts-noto-cjk\)|✓ fonts for Chinese, Japanese, Korean: .+ found)$/m,
    );
  });
});
