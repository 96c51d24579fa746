import fs from 'node:fs';

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
