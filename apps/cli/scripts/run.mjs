#!/usr/bin/env node
// `npm run brief -- ...` and `pnpm brief ...`: set up what is missing, then run the `brief` CLI
// from the folder the user called it in, passing its exit code and signals through.
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const setup = spawnSync(process.execPath, [fileURLToPath(new URL('setup.mjs', import.meta.url)), '--quiet'], {
  stdio: 'inherit',
});
if (setup.status !== 0) process.exit(setup.status ?? 1);

const bin = fileURLToPath(new URL('../dist/bin.js', import.meta.url));
const child = spawn(process.execPath, [bin, ...process.argv.slice(2)], {
  stdio: 'inherit',
  cwd: process.env.INIT_CWD ?? process.cwd(),
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 130 : 1)));
