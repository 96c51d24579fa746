import type { Printer } from '@briefing/render';
import { BrowserError, type LaunchedChrome, launchChrome, stopChrome } from '@briefing/render/launch-chrome';

/** How the run's printer is opened (`brief build` options). */
export interface PrinterChoice {
  /** Chromium executable (`--chrome`). */
  chrome?: string;
  /** Print on a running Chromium instead (`--browser-ws-endpoint`). */
  browserWSEndpoint?: string;
  /** Time limit to print one brief. */
  timeoutMs?: number;
  /** Pages printing at once (`--jobs`). */
  pages: number;
}

/**
 * The one owner of the run's browser, from its early start to its end. The entry creates it and may
 * {@link BrowserOwner.startEarly start} Chromium before the rest of the program is loaded (on a cold run
 * that hides most of the launch); the build asks it for the {@link BrowserOwner.printer printer}, which
 * adopts that browser; {@link BrowserOwner.close} ends whatever is running, used or not. If the process
 * ends first (a signal, an exit), `launchChrome`'s own hook kills the browser and removes its profile.
 */
export class BrowserOwner {
  private early: Promise<LaunchedChrome> | null = null;
  private abort: AbortController | null = null;
  private opened: Promise<Printer> | null = null;
  private launched = 0;
  private closed = false;

  /**
   * Starts Chromium now, for a printer asked for later. Once at most.
   * @param chrome the executable (`--chrome`), else the one `findChrome` finds
   */
  startEarly(chrome?: string): void {
    if (this.early || this.opened || this.closed) return;
    this.abort = new AbortController();
    this.early = launchChrome({ ...(chrome ? { chrome } : {}), signal: this.abort.signal });
    this.early.catch(() => {}); // a failure is reported by the printer that adopts it
  }

  /**
   * The run's printer, opened at the first call (on the browser started early, if any, unless printing
   * on a remote one) and shared by every later call.
   * @param choice executable, remote endpoint, time limit and pages
   * @returns the printer
   * @throws {BrowserError} `E_BROWSER` when no browser is found, it fails to start, or the owner was
   *   closed (the run is stopping: no browser is started that nothing would end)
   */
  printer(choice: PrinterChoice): Promise<Printer> {
    if (this.closed) return Promise.reject(new BrowserError('the run is stopping: no browser is started'));
    if (this.opened) return this.opened;
    const early = choice.browserWSEndpoint ? null : this.early;
    if (early) this.early = null;
    this.opened = import('@briefing/render').then(({ Printer }) =>
      Printer.open({
        ...(choice.chrome ? { chrome: choice.chrome } : {}),
        ...(choice.browserWSEndpoint ? { browserWSEndpoint: choice.browserWSEndpoint } : {}),
        ...(choice.timeoutMs ? { timeoutMs: choice.timeoutMs } : {}),
        pages: choice.pages,
        ...(early ? { launched: early } : {}),
      }),
    );
    this.opened.catch(() => {}); // the brief that waits on it reports the failure
    return this.opened;
  }

  /** How many browsers the run started or connected to (more than 1 when one crashed), so far. */
  get launches(): number {
    return this.launched;
  }

  /**
   * Ends the browser: the printer is closed, a browser started early and never used is stopped (one
   * still starting is killed at once rather than waited for). No browser is started after it. Safe to
   * call more than once.
   */
  async close(): Promise<void> {
    this.closed = true;
    const [early, opened] = [this.early, this.opened];
    this.early = null;
    this.opened = null;
    this.abort?.abort();
    this.abort = null;
    const chrome = await early?.catch(() => null);
    if (chrome) await stopChrome(chrome);
    const printer = await opened?.catch(() => null);
    if (printer) {
      this.launched += printer.launches;
      await printer.close();
    }
  }
}
