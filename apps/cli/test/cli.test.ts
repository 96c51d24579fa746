import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { brief, briefBin, stillRunning, tempWorkspace } from './helpers.js';

/**
 * The exit code of a child, once its stdout and stderr are read to the end: `'close'`, not `'exit'`,
 * which can fire before the last output arrives (a loaded machine once gave an empty stdout here).
 * Call it right after `spawn`, so that an early exit is not missed.
 */
const exitOf = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));

/** The Chromium a `brief` process launched: its child processes with a Briefing profile. */
const chromiumOf = (parent: number | undefined) =>
  fs
    .readdirSync('/proc')
    .filter((p) => /^\d+$/.test(p))
    .filter((p) => {
      try {
        const ppid = Number(fs.readFileSync(`/proc/${p}/stat`, 'utf8').split(') ')[1]?.split(' ')[1]);
        return ppid === parent && fs.readFileSync(`/proc/${p}/cmdline`, 'utf8').includes('brief-chrome-');
      } catch {
        return false;
      }
    })
    .map(Number);

describe('brief: usage and config errors exit 2', () => {
  it('lists every config problem at once, by its path in the file', () => {
    const dir = tempWorkspace(false);
    fs.writeFileSync(
      path.join(dir, 'briefing.config.yaml'),
      'briefs:\n  - id: Bad Id\n    sources: corpus\n  - id: ok\n    sources: [corpus]\n    formats: [docx]\nextra: 1\n',
    );
    const run = brief(['build'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatchInlineSnapshot(`
      "error: briefing.config.yaml: briefs[0].id: use lower-case letters, digits and dashes
      briefing.config.yaml: briefs[0].sources: Invalid input: expected array, received string
      briefing.config.yaml: briefs[1].formats[0]: Invalid option: expected one of "html"|"pdf"|"json"
      briefing.config.yaml: (root): Unrecognized key: "extra"
      "
    `);
  });

  it('exits 2 on an unknown option, and prints help and version', () => {
    const dir = tempWorkspace(false);
    expect(brief(['build', '--nope'], dir).code).toBe(2);
    const help = brief(['--help'], dir);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Exit codes: 0 success');
    expect(brief(['--version'], dir).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('refuses an output folder holding files it did not write', () => {
    const dir = tempWorkspace();
    fs.mkdirSync(path.join(dir, 'mine'));
    fs.writeFileSync(path.join(dir, 'mine', 'thesis.docx'), 'precious');
    const run = brief(['build', '--out', 'mine', '--format', 'json'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      'refusing to write into mine: it holds files Briefing did not write (thesis.docx)',
    );
    expect(fs.readFileSync(path.join(dir, 'mine', 'thesis.docx'), 'utf8')).toBe('precious');
  });
});

describe('brief build: incremental, filtered, sharded', () => {
  it('rebuilds nothing when nothing changed, and says what is new when a source is added or edited', () => {
    const dir = tempWorkspace();
    const first = JSON.parse(brief(['build', '--format', 'json', '--json'], dir).stdout);
    expect(first.briefs[0].status).toBe('built');
    const second = JSON.parse(brief(['build', '--format', 'json', '--json'], dir).stdout);
    expect(second.briefs[0].status).toBe('unchanged');
    fs.writeFileSync(
      path.join(dir, 'corpus', 'new.md'),
      '---\ntitle: New talks\ndate: 2024-05-02\n---\n\nOn May 1, 2024, Iraqi and US officials met again in Baghdad to discuss the coalition.\n',
    );
    const third = JSON.parse(brief(['build', '--format', 'json', '--json'], dir).stdout);
    expect(third.briefs[0].status).toBe('built');
    expect(third.briefs[0].changes.newSources).toEqual(['corpus/new.md']);
    expect(third.briefs[0].changes.newEvents.join('\n')).toContain('2024-05-01');
    // the same files, one of them edited: its content counts, as hashed by the parse that built it
    fs.appendFileSync(path.join(dir, 'corpus', 'new.md'), '\nThe talks resume next week.\n');
    expect(JSON.parse(brief(['build', '--format', 'json', '--json'], dir).stdout).briefs[0].status).toBe(
      'built',
    );
    expect(
      JSON.parse(brief(['build', '--format', 'json', '--json', '--force'], dir).stdout).briefs[0].status,
    ).toBe('built');
  });

  it('keeps only the sources published in the --since window', () => {
    const dir = tempWorkspace();
    const run = brief(['build', '--format', 'json', '--since', '2024-01-01'], dir);
    const model = JSON.parse(fs.readFileSync(path.join(dir, 'out', 'corpus.json'), 'utf8'));
    expect(run.code).toBe(0);
    // the Strategic Council piece is from 2024 as its text implies ("Saturday, January 27"), to the year;
    // the sources are listed by publication date
    expect(model.sources.map((s: { id: string }) => s.id)).toEqual([
      'strategic-council-us-withdrawal-approach',
      'joint-operations-foreign-forces',
    ]);
  });

  it('splits briefs into stable shards that together cover them all', () => {
    const dir = tempWorkspace();
    const briefs = Array.from(
      { length: 6 },
      (_, i) =>
        `  - id: b${i}\n    sources: [corpus/al-fassel-long-term-partnership.txt]\n    formats: [json]`,
    );
    fs.writeFileSync(path.join(dir, 'briefing.config.yaml'), `briefs:\n${briefs.join('\n')}\n`);
    const ids = (shard: string) =>
      JSON.parse(
        brief(['build', '--json', '--shard', shard, '--out', `out-${shard.replace('/', '-')}`], dir).stdout,
      ).briefs.map((b: { id: string }) => b.id);
    const [a, b] = [ids('1/2'), ids('2/2')];
    expect([...a, ...b].sort()).toEqual(['b0', 'b1', 'b2', 'b3', 'b4', 'b5']);
    expect(ids('1/2')).toEqual(a);
  });
});

describe('brief build with many briefs (real Chromium)', () => {
  it('builds 30 briefs of a config sharing one browser', () => {
    const dir = tempWorkspace();
    const files = fs.readdirSync(path.join(dir, 'corpus'));
    const briefs = Array.from(
      { length: 30 },
      (_, i) =>
        `  - id: brief-${i}\n    title: Brief ${i}\n    sources: [corpus/${files[i % files.length]}]\n    formats: [pdf]`,
    );
    fs.writeFileSync(path.join(dir, 'briefing.config.yaml'), `out: out\nbriefs:\n${briefs.join('\n')}\n`);
    const run = brief(['build', '--json'], dir);
    expect(run.code).toBe(0);
    const summary = JSON.parse(run.stdout);
    expect(summary.briefs.filter((b: { status: string }) => b.status === 'built')).toHaveLength(30);
    expect(summary.browserLaunches).toBe(1);
    expect(fs.readdirSync(path.join(dir, 'out')).filter((f) => f.endsWith('.pdf'))).toHaveLength(30);
  }, 240_000);

  it('stops on SIGINT with exit 130, leaving only complete files and no Chromium', async () => {
    const dir = tempWorkspace();
    const briefs = Array.from(
      { length: 12 },
      (_, i) => `  - id: b${i}\n    sources: [corpus]\n    formats: [pdf]`,
    );
    fs.writeFileSync(path.join(dir, 'briefing.config.yaml'), `briefs:\n${briefs.join('\n')}\n`);
    const tmp = fs.mkdtempSync(path.join(dir, 'tmp-'));
    const child = spawn(process.execPath, [briefBin, 'build'], {
      cwd: dir,
      env: { ...process.env, TMPDIR: tmp },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const closed = exitOf(child);
    let stdout = '';
    let browsers: number[] = [];
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
      if (stdout.includes('b1.pdf') && browsers.length === 0) {
        browsers = chromiumOf(child.pid);
        child.kill('SIGINT');
      }
    });
    const code = await closed;
    expect(code).toBe(130);
    const left = fs.readdirSync(path.join(dir, 'out'));
    expect(left.filter((f) => f.endsWith('.tmp'))).toEqual([]);
    for (const f of left.filter((f) => f.endsWith('.pdf'))) {
      expect(
        fs
          .readFileSync(path.join(dir, 'out', f))
          .subarray(-6)
          .toString(),
      ).toContain('%%EOF');
    }
    expect(browsers).toHaveLength(1);
    expect(await stillRunning(browsers)).toEqual([]);
    // nor one started for a brief still running while the run stopped
    expect(fs.readdirSync(tmp).filter((f) => f.startsWith('brief-chrome-'))).toEqual([]);
  }, 120_000);

  it('stops on SIGINT while Chromium is still starting, before the program is loaded, leaving no browser and no profile', async () => {
    const dir = tempWorkspace();
    const tmp = fs.mkdtempSync(path.join(dir, 'tmp-'));
    const child = spawn(process.execPath, [briefBin, 'build'], {
      cwd: dir,
      env: { ...process.env, TMPDIR: tmp },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const closed = exitOf(child);
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    // the entry starts Chromium first: interrupt as soon as it is there
    let browsers: number[] = [];
    while (browsers.length === 0 && child.exitCode === null) {
      await new Promise((r) => setTimeout(r, 5));
      browsers = chromiumOf(child.pid);
    }
    child.kill('SIGINT');
    const code = await closed;
    expect(code).toBe(130);
    expect(stderr).toContain('interrupted (SIGINT)');
    expect(browsers).toHaveLength(1);
    expect(await stillRunning(browsers)).toEqual([]);
    expect(fs.readdirSync(tmp).filter((f) => f.startsWith('brief-chrome-'))).toEqual([]);
  }, 60_000);

  it('goes on with a fresh browser when Chromium is killed mid-run, and builds every brief', async () => {
    const dir = tempWorkspace();
    const briefs = Array.from(
      { length: 6 },
      (_, i) => `  - id: c${i}\n    sources: [corpus]\n    formats: [pdf]`,
    );
    fs.writeFileSync(path.join(dir, 'briefing.config.yaml'), `briefs:\n${briefs.join('\n')}\n`);
    const child = spawn(process.execPath, [briefBin, 'build', '--json', '--jobs', '1'], {
      cwd: dir,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const closed = exitOf(child);
    let stdout = '';
    let stderr = '';
    let killed: number[] = [];
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
    });
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
      if (stderr.includes('brief c2: print') && killed.length === 0) {
        killed = chromiumOf(child.pid);
        for (const pid of killed) process.kill(pid, 'SIGKILL');
      }
    });
    const code = await closed;
    expect(killed).toHaveLength(1);
    expect(code).toBe(0);
    const summary = JSON.parse(stdout);
    expect(summary.browserLaunches).toBe(2);
    expect(summary.briefs.map((b: { status: string }) => b.status)).toEqual(Array(6).fill('built'));
    expect(fs.readdirSync(path.join(dir, 'out')).filter((f) => f.endsWith('.pdf'))).toHaveLength(6);
  }, 120_000);
});

describe('brief template eject and --template', () => {
  it('builds with an ejected theme whose partial was changed', () => {
    const dir = tempWorkspace();
    expect(brief(['template', 'eject', 'theme'], dir).code).toBe(0);
    const masthead = path.join(dir, 'theme', 'partials', 'masthead.hbs');
    fs.writeFileSync(masthead, fs.readFileSync(masthead, 'utf8').replace('Policy brief', 'Desk note'));
    expect(brief(['build', '--format', 'html', '--template', 'theme'], dir).code).toBe(0);
    expect(fs.readFileSync(path.join(dir, 'out', 'corpus.html'), 'utf8')).toContain('Desk note');
  });

  it('fails a brief whose --template is a file, saying so', () => {
    const dir = tempWorkspace();
    fs.writeFileSync(path.join(dir, 'memo.hbs'), '<h1>{{title}}</h1>\n');
    const run = brief(['build', '--format', 'html', '--template', 'memo.hbs'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      `error: brief corpus: theme folder ${path.join(dir, 'memo.hbs')} is a file, not a folder`,
    );
    expect(run.stderr).not.toContain('unexpected failure');
  });

  it('fails a brief whose theme folder does not exist before its sources are read', () => {
    const dir = tempWorkspace();
    const run = brief(['build', '--format', 'html', '--template', 'them', '--json'], dir);
    expect(run.code).toBe(1);
    const [summary] = JSON.parse(run.stdout).briefs;
    expect([summary.error, summary.timings]).toEqual([
      `theme folder ${path.join(dir, 'them')} does not exist`,
      {},
    ]);
  });

  it("warns of a theme's image the page will not load, counts it, and fails on it with --strict", () => {
    // review92: a layout without the CSP <meta> and a logo beside it built silently, broken in HTML and PDF
    const dir = tempWorkspace();
    fs.mkdirSync(path.join(dir, 'theme'));
    fs.writeFileSync(
      path.join(dir, 'theme', 'layout.hbs'),
      '<!doctype html>\n<html><head><title>{{title}}</title></head><body>\n  <img alt="" src="logo.png"><h1>{{title}}</h1>\n</body></html>\n',
    );
    const run = brief(['build', '--format', 'html', '--template', 'theme', '--json'], dir);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(
      `${path.join(dir, 'theme', 'layout.hbs')}:3:3: warning: <img alt="" src="logo.png"> will not load: a template's files are not embedded`,
    );
    expect(JSON.parse(run.stdout).briefs[0].warnings).toBeGreaterThan(0);
    // the page carries the policy the layout left out: opened in a browser it loads what the PDF does
    expect(fs.readFileSync(path.join(dir, 'out', 'corpus.html'), 'utf8')).toContain(
      `<head>\n<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:"><title>`,
    );
    const strict = brief(['build', '--format', 'html', '--template', 'theme', '--strict', '--force'], dir);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain(
      `error: theme ${path.join(dir, 'theme')}: 1 warning(s), and --strict fails on warnings`,
    );
  });

  it('says a stray brace in a theme in a few words, with file, line and column', () => {
    const dir = tempWorkspace();
    fs.mkdirSync(path.join(dir, 'theme', 'partials'), { recursive: true });
    fs.writeFileSync(
      path.join(dir, 'theme', 'partials', 'watch.hbs'),
      '<p>\n  <b>{{formatDate generatedAt}:</b>\n</p>\n',
    );
    const run = brief(['build', '--format', 'html', '--template', 'theme'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      `error: brief corpus: ${path.join(dir, 'theme', 'partials', 'watch.hbs')}:2:30: parse error: expected }} closing {{formatDate generatedAt, got "}:</b>"\n`,
    );
  });

  it('refuses a theme template too big to compile in reasonable time, before the sources are read', () => {
    const dir = tempWorkspace();
    fs.mkdirSync(path.join(dir, 'theme'));
    fs.writeFileSync(path.join(dir, 'theme', 'layout.hbs'), '<p>{{title}}</p>\n'.repeat(6000));
    const run = brief(['build', '--format', 'html', '--template', 'theme', '--json'], dir);
    expect(run.code).toBe(1);
    const [summary] = JSON.parse(run.stdout).briefs;
    expect(summary.error).toMatch(
      /layout\.hbs has 6,000 \{\{…\}\} tags; a theme's template may have at most 5,000/,
    );
    expect(summary.timings).toEqual({});
  });

  it('fails a brief whose theme has a typo, naming the file and line', () => {
    const dir = tempWorkspace();
    fs.mkdirSync(path.join(dir, 'theme', 'partials'), { recursive: true });
    fs.writeFileSync(
      path.join(dir, 'theme', 'partials', 'quotes.hbs'),
      '<section>\n{{#each quotes}}{{speakr}}{{/each}}\n</section>\n',
    );
    const run = brief(['build', '--format', 'html', '--template', 'theme'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      `error: brief corpus: ${path.join(dir, 'theme', 'partials', 'quotes.hbs')}:2:19: "speakr" not defined`,
    );
  });
});
