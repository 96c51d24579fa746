import pLimit, { type LimitFunction } from 'p-limit';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { BrowserError } from './errors.js';
import { type LaunchedChrome, launchChrome, stopChrome } from './launch-chrome.js';

/** Options for {@link Printer.open}. */
export interface PrinterOptions {
  /** Path of a Chromium executable; found with `findChrome` when absent. */
  chrome?: string;
  /** A DevTools WebSocket URL of a running Chromium to print on instead of launching one. */
  browserWSEndpoint?: string;
  /** Time limit for one document, in milliseconds (default 60 s). */
  timeoutMs?: number;
  /** How many pages print at once (default 2); further calls to {@link Printer.pdf} wait their turn. */
  pages?: number;
  /**
   * A browser {@link launchChrome} already started (say, before the program loaded the rest of its
   * code), which this printer adopts as its first browser and closes like one it launched.
   */
  launched?: Promise<LaunchedChrome>;
  /**
   * Get the browser ready for the first document in the background as soon as it is up: `'page'`
   * opens and sets up a page (cheap: about 0.1 s of the first print), `'print'` also prints a tiny
   * document (the fonts and the PDF back end too: about a quarter of a second, but it competes for CPU
   * with whatever the caller does meanwhile). Default: neither.
   */
  warm?: 'page' | 'print';
}

/** How one PDF is printed. */
export interface PdfOptions {
  /** Paper size (default A4). */
  format?: 'A4' | 'Letter';
  /**
   * Chromium's header template: HTML printed at the top of every page, styled inline (elements of
   * class `pageNumber`, `totalPages`, `title`, `date` are filled in). None when neither is given.
   */
  headerTemplate?: string;
  /** Chromium's footer template, printed at the bottom of every page. */
  footerTemplate?: string;
}

/** A document that did not print within the time limit. */
class PrintTimeout extends BrowserError {
  constructor(limitMs: number) {
    super(`printing took longer than ${limitMs / 1000} s and was stopped`);
  }
}

/**
 * Settles with `promise`, or rejects with the signal's reason once it aborts (puppeteer's `setContent`
 * and `pdf` take no signal of their own).
 */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  let onAbort = () => {};
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
  });
  return Promise.race([promise, aborted]).finally(() => signal.removeEventListener('abort', onAbort));
}

/**
 * Whether the browser process still answers DevTools within a second: it does while one of its pages
 * is stuck printing, and does not when it is itself hung (stopped, deadlocked) or gone.
 */
const answers = (browser: Browser) =>
  untilAborted(browser.version(), AbortSignal.timeout(1000)).then(
    () => true,
    () => false,
  );

/** Closes a page, giving up after a second (a page of a hung browser never answers). */
const closePage = (page: Page) => untilAborted(page.close(), AbortSignal.timeout(1000)).catch(ignore);

/** What `warm: 'print'` prints: both of the default theme's faces, in a paragraph and a heading. */
const WARM_PAGE =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>warm</title></head><body>' +
  '<h1 style="font-family: \'Noto Sans\', sans-serif">Briefing</h1>' +
  '<p style="font-family: \'Noto Serif\', serif">Warming up.</p></body></html>';

const ignore = () => undefined;

/**
 * One headless Chromium for a whole run, printing HTML pages to PDF on a small pool of pages that are
 * reused from one document to the next. {@link Printer.pdf} may be called concurrently: at most
 * `pages` documents print at once. If the browser dies or hangs mid-print it is replaced and the
 * document printed once more; a document that outlasts the time limit while the browser still answers
 * fails at once (the browser is replaced all the same). Close it when done.
 */
export class Printer {
  private browser: Browser;
  private chrome: LaunchedChrome | null;
  private readonly idle: Page[] = [];
  /** At most {@link Printer.pages} documents print at once; the others wait their turn in order. */
  private readonly limit: LimitFunction;
  private restarting: Promise<void> | null = null;
  private closed = false;
  /** Aborted on close: a browser the printer is starting in place of a dead one is killed at once. */
  private readonly stopping = new AbortController();
  private warming: Promise<void> | null = null;
  /** How many browsers this printer has started or connected to (1 unless one crashed). */
  launches = 1;

  private constructor(
    browser: Browser,
    chrome: LaunchedChrome | null,
    private readonly options: PrinterOptions,
  ) {
    this.browser = browser;
    this.chrome = chrome;
    this.limit = pLimit(this.pages);
  }

  /**
   * Launches a Chromium with a fresh profile, or connects to `browserWSEndpoint`.
   * @throws {BrowserError} `E_BROWSER` when no browser is found or it fails to start
   */
  static async open(options: PrinterOptions = {}): Promise<Printer> {
    const { browser, chrome } = await start(options, options.launched);
    const printer = new Printer(browser, chrome, options);
    // a failed warm-up is not reported: the first real document meets the same fault and says so
    if (options.warm === 'print') printer.warming = printer.print(WARM_PAGE, {}).then(ignore, ignore);
    if (options.warm === 'page')
      printer.warming = printer.openPage().then((page) => void printer.idle.push(page), ignore);
    return printer;
  }

  /** The PID of the launched Chromium (undefined for a remote one). */
  get pid(): number | undefined {
    return this.chrome?.process.pid;
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
   * @throws {BrowserError} `E_BROWSER` when the page cannot be printed in time: at once when the
   *   browser still answered (the page is too slow), else after a second try on a fresh browser (the
   *   browser is replaced either way, so the next document prints on a sound one)
   */
  async pdf(html: string, options: PdfOptions = {}): Promise<Uint8Array> {
    if (this.warming) await this.warming;
    return this.print(html, options);
  }

  private print(html: string, options: PdfOptions): Promise<Uint8Array> {
    return this.limit(async () => {
      for (let attempt = 1; ; attempt++) {
        const browser = this.browser;
        try {
          return await this.printOnce(html, options);
        } catch (error) {
          // a crashed or hung browser is replaced, for this document and the ones after it
          const timedOut = error instanceof PrintTimeout;
          if (!timedOut && browser.connected) throw error;
          // a document that outlasted the limit on a browser that still answers is too big or too
          // slow to print: printing it again would only double the wait before the same failure
          const tooSlow = timedOut && (await answers(browser));
          await this.replace(browser);
          if (attempt === 2 || tooSlow) throw error;
        }
      }
    });
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
    const deadline = AbortSignal.timeout(Math.ceil(limit)); // a limit measured in the tests has decimals
    const browser = this.browser;
    let printed = false;
    let page: Page | undefined;
    try {
      const work = (async () => {
        page = await this.openPage();
        await page.setContent(html, { waitUntil: 'load', timeout: 0 });
        const pdf = await page.pdf({
          format: options.format ?? 'A4',
          printBackground: true,
          tagged: true,
          outline: true,
          ...headerFooter(options),
          margin: { top: '22mm', bottom: '20mm', left: '16mm', right: '16mm' },
          timeout: 0, // the one time limit is the race below
        });
        printed = true;
        return pdf;
      })();
      return await untilAborted(work, deadline);
    } catch (error) {
      if (deadline.aborted) throw new PrintTimeout(limit);
      if (error instanceof BrowserError) throw error;
      throw new BrowserError(`Chromium failed to print: ${(error as Error).message}`, { cause: error });
    } finally {
      // a page that printed serves the next document; one that failed is closed, one that hung is
      // left to go with its browser
      if (page && printed && browser === this.browser && browser.connected) this.idle.push(page);
      else if (page) void closePage(page);
    }
  }

  private async restart(): Promise<void> {
    await this.shutdown();
    if (this.closed) throw new BrowserError('the printer was closed while printing');
    const { browser, chrome } = await start(this.options, undefined, this.stopping.signal);
    if (this.closed) {
      // closed while the fresh browser started (an interrupt killed the old one): it must not outlive us
      await browser.disconnect().catch(() => {});
      if (chrome) await stopChrome(chrome);
      throw new BrowserError('the printer was closed while printing');
    }
    this.browser = browser;
    this.chrome = chrome;
    this.launches++;
    this.restarting = null;
  }

  /**
   * Closes the browser (or disconnects from a remote one) and removes its profile. Documents still
   * printing fail; no browser is started again.
   */
  async close(): Promise<void> {
    this.closed = true;
    // a fresh browser still starting (the old one died, by an interrupt say) is killed, not waited for
    this.stopping.abort();
    await this.restarting?.catch(() => {});
    await this.shutdown();
  }

  private async shutdown(): Promise<void> {
    const pages = this.idle.splice(0);
    const chrome = this.chrome;
    this.chrome = null;
    if (chrome === null) {
      await Promise.all(pages.map(closePage));
      await this.browser.disconnect().catch(() => {});
      return;
    }
    // SIGTERM to the group takes a third of the time of a DevTools close, and a hung browser does
    // not answer DevTools at all
    await stopChrome(chrome);
    await this.browser.disconnect().catch(() => {});
  }
}

/** Chromium's header and footer options: an empty template prints nothing (Chromium's own is a date). */
function headerFooter(options: PdfOptions) {
  const header = options.headerTemplate?.trim() ?? '';
  const footer = options.footerTemplate?.trim() ?? '';
  return {
    displayHeaderFooter: header !== '' || footer !== '',
    headerTemplate: header || '<span></span>',
    footerTemplate: footer || '<span></span>',
  };
}

async function start(
  options: PrinterOptions,
  launched?: Promise<LaunchedChrome>,
  signal?: AbortSignal,
): Promise<{ browser: Browser; chrome: LaunchedChrome | null }> {
  if (options.browserWSEndpoint) {
    try {
      return {
        browser: await puppeteer.connect({ browserWSEndpoint: options.browserWSEndpoint }),
        chrome: null,
      };
    } catch (cause) {
      throw new BrowserError(`cannot connect to the browser at ${options.browserWSEndpoint}`, { cause });
    }
  }
  // launchChrome ends the browser however this process ends (an exit, a signal)
  const chrome = await (launched ??
    launchChrome({ ...(options.chrome ? { chrome: options.chrome } : {}), ...(signal ? { signal } : {}) }));
  try {
    const browser = await puppeteer.connect({
      browserWSEndpoint: chrome.wsEndpoint,
      defaultViewport: { width: 800, height: 600 },
    });
    // as puppeteer.launch does: when the browser dies, what waits on it fails at once rather than
    // when the time limit runs out (a helper may keep the DevTools socket open)
    chrome.process.once('exit', () => void browser.disconnect().catch(() => {}));
    return { browser, chrome };
  } catch (cause) {
    await stopChrome(chrome);
    throw new BrowserError(`cannot connect to the Chromium that was started: ${(cause as Error).message}`, {
      cause,
    });
  }
}
