#!/usr/bin/env node
// `npm run brief -- ...` and `pnpm brief ...`: set up what is missing, then run the `brief` CLI in this
// same process, from the folder the user called it in (npm and pnpm start scripts at the root).
import { fileURLToPath } from 'node:url';
import { setup } from './setup.mjs';

// set-up says only what it does, on stderr, and nothing at all when everything is in place
await setup({ quiet: process.argv.includes('--quiet') });
process.chdir(process.env.INIT_CWD ?? process.cwd());
const bin = fileURLToPath(new URL('../dist/bin.js', import.meta.url));
process.argv = [process.argv[0] ?? process.execPath, bin, ...process.argv.slice(2)];
await import(bin);
