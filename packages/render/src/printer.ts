import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BriefingError } from '@briefing/model';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { findChrome } from './find-chrome.js';

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

/** Options for {@link Printer.open}. */
export interface PrinterOptions {
  /** Path of a Chromium executable; found with {@link findChrome} when absent. */
  chrome?: string;
  /** A DevTools WebSocket URL of a running Chromium to print on instead of launching one. */
  browserWSEndpoint?: string;
  /** Time limit for one document, in milliseconds (default 60 s). */
  timeoutMs?: number;
  /** How many pages print at once (default 2); further calls to {@link Printer.pdf} wait their turn. */
  pages?: number;
  /**
   * Let puppeteer close the browser on SIGINT, SIGTERM and SIGHUP (default true). A program that
   * cleans up on signals itself passes false: puppeteer's handler exits the process at once.
   */
  handleSignals?: boolean;
  /**
   * Print a tiny page in the background as soon as the browser is up (default false), so that the
   * first real document does not pay for Chromium's first-print set-up (a new page, fonts, the PDF
   * back end: about a quarter of a second). Worth it when the caller has other work to do meanwhile.
   */
  warm?: boolean;
}

/** How one PDF is printed. */
export interface PdfOptions {
  /** Paper size (default A4). */
  format?: 'A4' | 'Letter';
  /** Text of the running header. */
  header?: string;
}

/** A document that did not print within the time limit. */
class PrintTimeout extends BriefingError {
  constructor(limitMs: number) {
    super('E_BROWSER', `printing took longer than ${limitMs / 1000} s and was stopped`);
  }
}

/** Settles with `promise`, or rejects after `ms`. */
function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer in ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

/** What {@link PrinterOptions.warm} prints: both of the default theme's faces, in a paragraph and a heading. */
const WARM_PAGE =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>warm</title></head><body>' +
  '<h1 style="font-family: \'Noto Sans\', sans-serif">Briefing</h1>' +
  '<p style="font-family: \'Noto Serif\', serif">Warming up.</p></body></html>';

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * One headless Chromium for a whole run, printing HTML pages to PDF on a small pool of pages that are
 * reused from one document to the next. {@link Printer.pdf} may be called concurrently: at most
 * `pages` documents print at once. If the browser dies or hangs mid-print it is replaced and the
 * document printed once more. Close it when done.
 */
export class Printer {
  private browser: Browser;
  private profile: string | null;
  private readonly idle: Page[] = [];
  private readonly queue: Array<() => void> = [];
  private busy = 0;
  private restarting: Promise<void> | null = null;
  private closed = false;
  private warming: Promise<void> | null = null;
  /** How many browsers this printer has started or connected to (1 unless one crashed). */
  launches = 1;

  private constructor(
    browser: Browser,
    profile: string | null,
    private readonly options: PrinterOptions,
  ) {
    this.browser = browser;
    this.profile = profile;
  }

  /**
   * Launches a Chromium with a fresh profile, or connects to `browserWSEndpoint`.
   * @throws {BriefingError} `E_BROWSER` when no browser is found or it fails to start
   */
  static async open(options: PrinterOptions = {}): Promise<Printer> {
    const { browser, profile } = await start(options);
    const printer = new Printer(browser, profile, options);
    // a failed warm-up is not reported: the first real document meets the same fault and says so
    if (options.warm)
      printer.warming = printer.print(WARM_PAGE, {}).then(
        () => undefined,
        () => undefined,
      );
    return printer;
  }

  /** The PID of the launched Chromium (undefined for a remote one). */
  get pid(): number | undefined {
    return this.browser.process()?.pid;
  }

  /** How many documents print at once. */
  get pages(): number {
    return Math.max(1, this.options.pages ?? 2);
  }

  /**
   * Prints one HTML page to PDF. The page runs no JavaScript and may load only `data:` URLs.
   * @param html the self-contained page
   * @param options paper size and running header
   * @returns the PDF bytes
   * @throws {BriefingError} `E_BROWSER` when the page cannot be printed in time, even on a fresh browser
   *   (the browser is replaced again, so the next document prints on a sound one)
   */
  async pdf(html: string, options: PdfOptions = {}): Promise<Uint8Array> {
    if (this.warming) await this.warming;
    return this.print(html, options);
  }

  private async print(html: string, options: PdfOptions): Promise<Uint8Array> {
    if (this.busy >= this.pages) await new Promise<void>((resolve) => this.queue.push(resolve));
    this.busy++;
    try {
      for (let attempt = 1; ; attempt++) {
        const browser = this.browser;
        try {
          return await this.printOnce(html, options);
        } catch (error) {
          // a crashed or hung browser is replaced, for this document and the ones after it
          const hung = error instanceof PrintTimeout;
          if (!hung && browser.connected) throw error;
          await this.replace(browser);
          if (attempt === 2) throw error;
        }
      }
    } finally {
      this.busy--;
      this.queue.shift()?.();
    }
  }

  /** Starts a fresh browser in place of `browser`, once, however many prints saw it fail. */
  private async replace(browser: Browser): Promise<void> {
    if (this.browser === browser) this.restarting ??= this.restart();
    await this.restarting;
  }

  private async openPage(): Promise<Page> {
    const reused = this.idle.pop();
    if (reused && !reused.isClosed()) return reused;
    const page = await this.browser.newPage();
    await page.setJavaScriptEnabled(false);
    await page.setRequestInterception(true);
    page.on('request', (req) => {
      if (req.url().startsWith('data:')) void req.continue();
      else void req.abort('blockedbyclient');
    });
    return page;
  }

  private async printOnce(html: string, options: PdfOptions): Promise<Uint8Array> {
    const limit = this.options.timeoutMs ?? 60_000;
    const browser = this.browser;
    let printed = false;
    let page: Page | undefined;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new PrintTimeout(limit)), limit);
    });
    try {
      const work = (async () => {
        page = await this.openPage();
        await page.setContent(html, { waitUntil: 'load', timeout: 0 });
        const pdf = await page.pdf({
          format: options.format ?? 'A4',
          printBackground: true,
          tagged: true,
          outline: true,
          displayHeaderFooter: true,
          headerTemplate: `<div style="font: 7pt 'Noto Sans', Arial, sans-serif; color: #5b6470; width: 100%; padding: 0 16mm; display: flex; justify-content: space-between;"><span>${esc(options.header ?? '')}</span><span>Briefing</span></div>`,
          footerTemplate: `<div style="font: 7pt 'Noto Sans', Arial, sans-serif; color: #5b6470; width: 100%; text-align: center;">Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>`,
          margin: { top: '22mm', bottom: '20mm', left: '16mm', right: '16mm' },
          timeout: 0, // the one time limit is the race below
        });
        printed = true;
        return pdf;
      })();
      return await Promise.race([work, timeout]);
    } catch (error) {
      if (error instanceof BriefingError) throw error;
      throw new BriefingError('E_BROWSER', `Chromium failed to print: ${(error as Error).message}`, {
        cause: error,
      });
    } finally {
      clearTimeout(timer);
      // a page that printed serves the next document; one that failed is closed, one that hung is
      // left to go with its browser
      if (page && printed && browser === this.browser && browser.connected) this.idle.push(page);
      else if (page) void withTimeout(page.close(), 1000).catch(() => {});
    }
  }

  private async restart(): Promise<void> {
    await this.shutdown();
    if (this.closed) throw new BriefingError('E_BROWSER', 'the printer was closed while printing');
    const { browser, profile } = await start(this.options);
    this.browser = browser;
    this.profile = profile;
    this.launches++;
    this.restarting = null;
  }

  /**
   * Closes the browser (or disconnects from a remote one) and removes its profile. Documents still
   * printing fail; no browser is started again.
   */
  async close(): Promise<void> {
    this.closed = true;
    await this.shutdown();
  }

  private async shutdown(): Promise<void> {
    const pages = this.idle.splice(0);
    if (this.options.browserWSEndpoint) {
      await Promise.all(pages.map((p) => p.close().catch(() => {})));
      await this.browser.disconnect().catch(() => {});
    } else {
      const proc = this.browser.process();
      if (proc && proc.exitCode === null && proc.signalCode === null) {
        // Chromium shuts down cleanly on SIGTERM in a third of the time a DevTools close takes, and
        // a hung one does not answer DevTools at all; SIGKILL if it is still there after 2 s. Waiting
        // for `exit` means it is reaped, not left a zombie when we exit.
        const exited = new Promise((resolve) => proc.once('exit', resolve));
        signal(proc, 'SIGTERM');
        await withTimeout(exited, 2000).catch(() => {
          signal(proc, 'SIGKILL');
          return withTimeout(exited, 2000).catch(() => {});
        });
      }
      await withTimeout(this.browser.close(), 500).catch(() => {}); // lets puppeteer let go of it
    }
    // the browser's helper processes may still be writing to the profile for a few milliseconds
    if (this.profile) removeProfile(this.profile);
    this.profile = null;
  }
}

/** Signals the browser's whole process group (puppeteer starts it detached), else the process. */
function signal(proc: ChildProcess, name: NodeJS.Signals): void {
  try {
    if (proc.pid !== undefined) process.kill(-proc.pid, name);
    else proc.kill(name);
  } catch {
    proc.kill(name);
  }
}

function removeProfile(dir: string): void {
  try {
    fs.rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 20 });
  } catch {
    // a leftover folder in the temporary directory is not worth failing a run for
  }
}

async function start(options: PrinterOptions): Promise<{ browser: Browser; profile: string | null }> {
  if (options.browserWSEndpoint) {
    try {
      return {
        browser: await puppeteer.connect({ browserWSEndpoint: options.browserWSEndpoint }),
        profile: null,
      };
    } catch (cause) {
      throw new BriefingError('E_BROWSER', `cannot connect to the browser at ${options.browserWSEndpoint}`, {
        cause,
      });
    }
  }
  const executablePath = findChrome(options.chrome);
  if (executablePath === null) {
    throw new BriefingError(
      'E_BROWSER',
      'no Chromium found: install one (Debian: apt-get install -y chromium) or point to it with --chrome PATH or BRIEF_CHROME',
    );
  }
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'brief-chrome-'));
  try {
    const browser = await puppeteer.launch({
      executablePath,
      headless: true,
      args: CHROME_ARGS,
      userDataDir: profile,
      handleSIGINT: options.handleSignals ?? true,
      handleSIGTERM: options.handleSignals ?? true,
      handleSIGHUP: options.handleSignals ?? true,
    });
    return { browser, profile };
  } catch (cause) {
    removeProfile(profile);
    throw new BriefingError('E_BROWSER', `Chromium at ${executablePath} failed to start`, { cause });
  }
}
