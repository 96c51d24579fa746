import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BriefingError } from '@briefing/model';
import puppeteer, { type Browser } from 'puppeteer-core';

/** Where to find a Chromium when none is given: common system locations. */
const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/**
 * Finds a Chromium executable: the given path, `BRIEF_CHROME`, `PUPPETEER_EXECUTABLE_PATH`, then the
 * usual system locations.
 * @param explicit a path the user gave (`--chrome`)
 * @returns the executable path, or null when none is found
 */
export function findChrome(explicit?: string): string | null {
  for (const candidate of [explicit, process.env.BRIEF_CHROME, process.env.PUPPETEER_EXECUTABLE_PATH]) {
    if (candidate) return candidate;
  }
  return CANDIDATES.find((c) => fs.existsSync(c)) ?? null;
}

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
}

/** One headless Chromium that prints HTML pages to PDF. Close it when done. */
export class Printer {
  private constructor(
    private readonly browser: Browser,
    private readonly profile: string,
  ) {}

  /**
   * Launches a Chromium with a fresh profile.
   * @throws {BriefingError} `E_BROWSER` when no browser is found or it fails to start
   */
  static async open(options: PrinterOptions = {}): Promise<Printer> {
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
      });
      return new Printer(browser, profile);
    } catch (cause) {
      fs.rmSync(profile, { recursive: true, force: true });
      throw new BriefingError('E_BROWSER', `Chromium at ${executablePath} failed to start`, { cause });
    }
  }

  /**
   * Prints one HTML page to PDF. The page runs no JavaScript and may load only `data:` URLs.
   * @param html the self-contained page
   * @returns the PDF bytes
   */
  async pdf(html: string): Promise<Uint8Array> {
    const page = await this.browser.newPage();
    try {
      await page.setJavaScriptEnabled(false);
      await page.setRequestInterception(true);
      page.on('request', (req) => {
        if (req.url().startsWith('data:')) void req.continue();
        else void req.abort('blockedbyclient');
      });
      await page.setContent(html, { waitUntil: 'load' });
      return await page.pdf({ format: 'A4', printBackground: true, tagged: true, outline: true });
    } finally {
      await page.close();
    }
  }

  /** Closes the browser and removes its profile. */
  async close(): Promise<void> {
    await this.browser.close().catch(() => {});
    fs.rmSync(this.profile, { recursive: true, force: true });
  }
}
