import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { onExit } from 'signal-exit';
import { BrowserError } from './errors.js';
import { findChrome } from './find-chrome.js';

// for a program that loads only this module before its browser is up (the CLI's entry)
export { BrowserError } from './errors.js';

/** Flags for a headless Chromium that must not talk to any server. */
export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--disable-dev-shm-usage',
];

/**
 * The flags puppeteer 24 launches a headless Chromium with (`puppeteer.defaultArgs()`, less the
 * profile): tagged PDFs, outlines, an sRGB colour profile, no scroll bars. A test keeps this list equal
 * to puppeteer's, so that printing is the same as through `puppeteer.launch`.
 */
export const PUPPETEER_ARGS = [
  '--allow-pre-commit-input',
  '--disable-background-networking',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
  '--disable-breakpad',
  '--disable-client-side-phishing-detection',
  '--disable-component-extensions-with-background-pages',
  '--disable-crash-reporter',
  '--disable-default-apps',
  '--disable-dev-shm-usage',
  '--disable-hang-monitor',
  '--disable-infobars',
  '--disable-ipc-flooding-protection',
  '--disable-popup-blocking',
  '--disable-prompt-on-repost',
  '--disable-renderer-backgrounding',
  '--disable-search-engine-choice-screen',
  '--disable-sync',
  '--enable-automation',
  '--export-tagged-pdf',
  '--force-color-profile=srgb',
  '--generate-pdf-document-outline',
  '--metrics-recording-only',
  '--no-first-run',
  '--password-store=basic',
  '--use-mock-keychain',
  '--disable-features=Translate,AcceptCHFrame,MediaRouter,OptimizationHints,WebUIReloadButton,ProcessPerSiteUpToMainFrameThreshold,IsolateSandboxedIframes',
  '--enable-features=PdfOopif',
  '--headless=new',
  '--hide-scrollbars',
  '--mute-audio',
  '--disable-extensions',
];

/** A Chromium this process started: its process (leader of its own group), DevTools URL and profile. */
export interface LaunchedChrome {
  process: ChildProcess;
  wsEndpoint: string;
  profile: string;
}

/**
 * Starts a headless Chromium with a fresh profile and waits until its DevTools endpoint is up. It does
 * not load puppeteer, so a program can start the browser first and load everything else meanwhile.
 * The browser runs in its own process group; {@link stopChrome} ends it.
 * @param options `chrome`: the executable (else {@link findChrome}); `timeoutMs`: how long to wait
 *   (30 s); `signal`: aborting it kills the browser being started and removes its profile
 * @returns the running browser
 * @throws {BrowserError} `E_BROWSER` when no Chromium is found, it does not start, or the start is aborted
 */
export function launchChrome(
  options: { chrome?: string; timeoutMs?: number; signal?: AbortSignal } = {},
): Promise<LaunchedChrome> {
  const executable = findChrome(options.chrome);
  if (executable === null) {
    return Promise.reject(
      new BrowserError(
        'no Chromium found: install one (Debian: apt-get install -y chromium) ' +
          'or point to it with --chrome PATH or BRIEF_CHROME',
      ),
    );
  }
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'brief-chrome-'));
  // the DevTools pipe (fds 3 and 4) is never used, only held: when this process dies however it dies
  // (a SIGKILL, a crash: nothing of its own runs then), the pipe closes and Chromium quits. A browser
  // left so, with only its port, kept its deleted profile and spun at 60 % CPU for 14 minutes
  const args = [
    ...PUPPETEER_ARGS,
    ...CHROME_ARGS,
    `--user-data-dir=${profile}`,
    '--remote-debugging-port=0',
    '--remote-debugging-pipe',
  ];
  const child = spawn(executable, [...args, 'about:blank'], {
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'],
    // Chromium keeps its singleton socket in a folder of TMPDIR that outlives a browser ended by a
    // signal (one per run of the tests): in the profile, it goes with the profile — unless that path
    // would be longer than a Unix socket's 107 bytes (a deep TMPDIR), where Chromium aborts at start
    env: singletonFits(profile) ? { ...process.env, TMPDIR: profile } : process.env,
  });
  // if this process ends first — it exits, or a signal ends it — the browser must not outlive it,
  // nor its profile. signal-exit runs this on every way out, then lets a signal take its course
  // unless a program's own last handler (the CLI's shutdown) exits first. It runs its hooks once:
  // a browser started after a handled signal (work still running while the program stops) is ended
  // by the process's own 'exit' event instead.
  const end = () => {
    signalGroup(child, 'SIGKILL');
    // synchronous: this runs at exit too
    for (let waited = 0; groupAlive(child) && waited < 1000; waited += 20) pause(20);
    removeProfile(profile);
  };
  const removeHook = onExit(end);
  process.once('exit', end);
  const exited = new Promise<void>((resolve) => {
    if (child.pid === undefined) resolve(); // it never started: 'error' says why
    child.once('exit', () => resolve());
    child.once('error', () => child.pid === undefined && resolve());
  }).then(() => {
    removeHook();
    process.removeListener('exit', end);
  });
  return new Promise<LaunchedChrome>((resolve, reject) => {
    let output = '';
    let settled = false;
    const timeoutMs = options.timeoutMs ?? 30_000;
    const fail = (why: string, cause?: unknown) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', aborted);
      signalGroup(child, 'SIGKILL');
      const error = new BrowserError(`Chromium at ${executable} failed to start: ${why}`, {
        cause,
      });
      // the profile goes once nothing of the browser can write to it any more
      void exited.then(() => {
        removeProfile(profile);
        reject(error);
      });
    };
    const aborted = () => fail('the start was aborted');
    // when the caller kept the event loop busy (parsing a corpus) past the limit, the browser's answer
    // may be waiting unread: timers run before I/O, so the failure waits for one turn of the loop
    const timer = setTimeout(
      () => setImmediate(() => fail(`no DevTools endpoint after ${timeoutMs} ms`)),
      timeoutMs,
    );
    if (options.signal?.aborted) aborted();
    options.signal?.addEventListener('abort', aborted, { once: true });
    child.once('error', (error) => fail(error.message, error));
    child.once('exit', (code, signal) => fail(`it exited (${signal ?? code})\n${output.slice(-2000)}`));
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (chunk: string) => {
      output += chunk;
      const m = /^DevTools listening on (ws:\/\/.*)$/m.exec(output);
      if (!m || settled) return;
      settled = true;
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', aborted);
      child.stderr?.removeAllListeners('data').resume(); // keep draining, or Chromium blocks on a full pipe
      resolve({ process: child, wsEndpoint: m[1] as string, profile });
    });
  });
}

/**
 * Ends a browser {@link launchChrome} started: SIGTERM to its process group (Chromium shuts down at
 * once), SIGKILL if it is still there after 2 s; waits until it is reaped, then removes the profile.
 * Of a browser that already died, the helpers left in its group are killed.
 * @param chrome the browser
 */
export async function stopChrome(chrome: LaunchedChrome): Promise<void> {
  const proc = chrome.process;
  if (proc.exitCode === null && proc.signalCode === null) {
    const exited = new Promise((resolve) => proc.once('exit', resolve));
    signalGroup(proc, 'SIGTERM');
    const gone = await Promise.race([exited.then(() => true), delay(2000).then(() => false)]);
    if (!gone) {
      signalGroup(proc, 'SIGKILL');
      await Promise.race([exited, delay(2000)]);
    }
  }
  // a browser that died, or shut down before its helpers did, leaves helpers in its group that still
  // write into the profile (and would make a folder of it again once removed): end them first
  signalGroup(proc, 'SIGKILL');
  // a timer that holds the event loop: with the browser gone, nothing else may keep this process up
  for (let waited = 0; groupAlive(proc) && waited < 2000; waited += 20)
    await new Promise((resolve) => setTimeout(resolve, 20));
  removeProfile(chrome.profile);
}

/**
 * Whether a process of a browser's group still runs: on Linux, one in /proc whose group it is and that is
 * not a zombie (which cannot write, and which some sandboxes' init never reaps); elsewhere, any.
 */
function groupAlive(proc: ChildProcess): boolean {
  const group = proc.pid;
  if (group === undefined) return false;
  let entries: string[];
  try {
    entries = fs.readdirSync('/proc');
  } catch {
    try {
      process.kill(-group, 0);
      return true;
    } catch {
      return false;
    }
  }
  for (const entry of entries) {
    if (entry.charCodeAt(0) < 48 || entry.charCodeAt(0) > 57) continue;
    try {
      // fields after the command's closing parenthesis: state, ppid, pgrp, ...
      const [state, , pgrp] = fs.readFileSync(`/proc/${entry}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
      if (Number(pgrp) === group && state !== 'Z') return true;
    } catch {
      // the process ended while we looked
    }
  }
  return false;
}

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms).unref());
/** Waits without returning to the event loop, for what runs at exit. */
const pause = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** Signals a browser's whole process group, else the process alone. */
function signalGroup(proc: ChildProcess, name: NodeJS.Signals): void {
  try {
    if (proc.pid !== undefined) process.kill(-proc.pid, name);
  } catch {
    try {
      proc.kill(name);
    } catch {
      // already gone
    }
  }
}

/**
 * Removes a profile. A killed browser's helpers may still finish a write into it for some
 * milliseconds, and Node retries a synchronous removal only on Windows: so it tries again every 20 ms,
 * for up to a second (a removal that raced with a dying helper failed about one time in three on two
 * cores under a load of 25; retried, it succeeded every time).
 */
function removeProfile(dir: string): void {
  for (let attempt = 1; ; attempt++) {
    try {
      fs.rmSync(dir, { recursive: true, force: true });
      return;
    } catch {
      // a leftover folder in the temporary directory is not worth failing a run for
      if (attempt === 50) return;
      pause(20); // synchronous: it runs at exit too
    }
  }
}

/** Whether `<profile>/org.chromium.Chromium.XXXXXX/SingletonSocket` fits in a Unix socket path. */
function singletonFits(profile: string): boolean {
  return Buffer.byteLength(path.join(profile, 'org.chromium.Chromium.XXXXXX', 'SingletonSocket')) <= 107;
}
