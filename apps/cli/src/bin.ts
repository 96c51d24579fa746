#!/usr/bin/env node
// The `brief` program. A build that will print starts Chromium first, then loads the rest of the
// program while the browser comes up (see early-browser.ts): on a cold run that hides most of the launch.
import { discardEarlyBrowser, startEarlyBrowser } from './early-browser.js';

startEarlyBrowser(process.argv.slice(2));
try {
  await import('./main.js');
} finally {
  await discardEarlyBrowser();
}
