#!/usr/bin/env node
// The `brief` program. It first takes charge of how the process ends (shutdown.ts) and creates the
// run's browser owner; for a build that will print it starts Chromium at once, then loads the rest of
// the program while the browser comes up: on a cold run that hides most of the launch.
import './tiering.js'; // before anything runs: how V8 compiles patterns, for every thread
import fs from 'node:fs';
import { BriefingError } from '@briefing/model';
import { CommanderError } from 'commander';
import { BrowserOwner } from './browser-owner.js';
import { exitCodeOf } from './errors.js';
import { createProgram } from './program.js';
import { exitOnceFlushed, installShutdown, onShutdown } from './shutdown.js';
import { buildWillPrint } from './will-print.js';

installShutdown();
const browser = new BrowserOwner();
onShutdown(() => browser.close()); // after a signal: the killed browser reaped, its profile gone
const { version } = JSON.parse(fs.readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  version: string;
};
const program = createProgram({ version, cwd: process.cwd(), browser });
const printing = buildWillPrint(program, process.argv.slice(2));
if (printing) browser.startEarly(printing.chrome);
try {
  await program.parseAsync();
} catch (error) {
  if (error instanceof CommanderError) {
    process.exitCode = error.exitCode === 0 ? 0 : 2;
  } else if (error instanceof BriefingError) {
    process.stderr.write(`error: ${error.message}\n`);
    process.exitCode = exitCodeOf(error);
  } else {
    process.stderr.write(`error: unexpected failure: ${(error as Error).message}\n`);
    process.exitCode = 1;
  }
} finally {
  await browser.close();
}
// the run is over: the process ends once its output is out, without waiting for Node to free the heap
await exitOnceFlushed();
