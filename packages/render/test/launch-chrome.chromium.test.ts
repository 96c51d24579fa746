import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const launchModule = fileURLToPath(new URL('../dist/launch-chrome.js', import.meta.url));

/** Whether a process still runs (it exists and is not a zombie). */
const running = (pid: number) => {
  try {
    return fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.[0] !== 'Z';
  } catch {
    return false;
  }
};

/** The processes whose command line names `dir` (a browser and its helpers started with a profile in it). */
const usersOf = (dir: string) =>
  fs.readdirSync('/proc').filter((p) => {
    if (!/^\d+$/.test(p)) return false;
    try {
      return running(Number(p)) && fs.readFileSync(`/proc/${p}/cmdline`, 'utf8').includes(dir);
    } catch {
      return false;
    }
  });

/**
 * Removes a test's folder once no process uses it: a browser's helper processes outlive it for a moment
 * and create its profile's folders again, parents and all (a run had left `/tmp/bl-…/brief-chrome-…`
 * behind a test that passed). Ends what still runs there, and removes again what comes back.
 */
async function removeWhenIdle(dir: string): Promise<void> {
  for (let waited = 0; waited < 10_000; waited += 100) {
    const users = usersOf(dir);
    for (const pid of users) {
      try {
        process.kill(Number(pid), 'SIGKILL');
      } catch {}
    }
    if (users.length === 0) {
      fs.rmSync(dir, { recursive: true, force: true, maxRetries: 20, retryDelay: 50 });
      await new Promise((r) => setTimeout(r, 200));
      if (!fs.existsSync(dir) && usersOf(dir).length === 0) return;
    } else await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${dir} is still in use after 10 s`);
}

/**
 * Starts a program with no handler of its own that launches a browser (its profile under `tmp`) and
 * waits; gives the program and the browser's pid.
 */
async function programWithBrowser(tmp: string) {
  const script = `const { launchChrome } = await import(${JSON.stringify(launchModule)});
    const chrome = await launchChrome();
    console.log(chrome.process.pid);
    setInterval(() => {}, 1000);`;
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
    env: { ...process.env, TMPDIR: tmp },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const pid = await new Promise<number>((resolve) =>
    child.stdout.once('data', (d: Buffer) => resolve(Number(d.toString().trim()))),
  );
  return { child, pid };
}

describe('a Chromium launchChrome started (real Chromium)', () => {
  for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP'] as const) {
    it(`does not outlive its process ended by ${signal}, nor does its profile`, async () => {
      // a short path: Chromium aborts when its profile's socket path is too long for a Unix socket
      const tmp = fs.mkdtempSync('/tmp/bl-');
      try {
        // a program that has no handler of its own: the signal must still end it, after the browser
        const { child, pid } = await programWithBrowser(tmp);
        const profiles = () => fs.readdirSync(tmp).filter((f) => f.startsWith('brief-chrome-'));
        expect(running(pid)).toBe(true);
        expect(profiles()).toHaveLength(1);
        child.kill(signal);
        const ended = await new Promise<NodeJS.Signals | null>((resolve) =>
          child.once('exit', (_code, s) => resolve(s)),
        );
        expect(ended).toBe(signal);
        await new Promise((r) => setTimeout(r, 300));
        expect(running(pid)).toBe(false);
        expect(profiles()).toEqual([]);
      } finally {
        await removeWhenIdle(tmp);
      }
    }, 30_000);
  }

  it('does not outlive its process killed outright (SIGKILL: no handler of its own runs)', async () => {
    const tmp = fs.mkdtempSync('/tmp/bl-');
    try {
      const { child, pid } = await programWithBrowser(tmp);
      expect(running(pid)).toBe(true);
      child.kill('SIGKILL');
      await new Promise((resolve) => child.once('exit', resolve));
      // Chromium sees its DevTools pipe close and quits: measured well under a second
      for (let waited = 0; running(pid) && waited < 10_000; waited += 100)
        await new Promise((r) => setTimeout(r, 100));
      expect(running(pid)).toBe(false);
    } finally {
      await removeWhenIdle(tmp);
    }
  }, 30_000);

  it('does not outlive a process that handled a signal, then started it and exited, nor does its profile', async () => {
    const tmp = fs.mkdtempSync('/tmp/bl-');
    try {
      // a program like the CLI: its last exit handler keeps the process on a signal and exits later;
      // work still running in that window starts a browser (signal-exit has run its hooks by then)
      const script = `const { onExit } = await import('signal-exit');
        const { launchChrome } = await import(${JSON.stringify(launchModule)});
        onExit((_c, signal) => signal === null ? undefined : true, { alwaysLast: true });
        process.kill(process.pid, 'SIGINT');
        await new Promise((r) => setTimeout(r, 50));
        const chrome = await launchChrome();
        console.log(chrome.process.pid);
        process.exit(130);`;
      const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
        cwd: path.dirname(launchModule),
        env: { ...process.env, TMPDIR: tmp },
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      let out = '';
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
      });
      const code = await new Promise<number | null>((resolve) => child.once('exit', (c) => resolve(c)));
      expect(code).toBe(130);
      const pid = Number(out.trim());
      expect(pid).toBeGreaterThan(0);
      await new Promise((r) => setTimeout(r, 300));
      expect(running(pid)).toBe(false);
      expect(fs.readdirSync(tmp).filter((f) => f.startsWith('brief-chrome-'))).toEqual([]);
    } finally {
      await removeWhenIdle(tmp);
    }
  }, 30_000);
});
