#!/usr/bin/env node
// Makes a fresh clone ready to run, skipping whatever is already done:
// pnpm, dependencies from the lockfile, the build, and a Chromium (with fonts; poppler for tests).
// Plain Node with no dependencies, because it runs before anything is installed.
// Usage: node apps/cli/scripts/setup.mjs [--tests] [--quiet], or import { setup } (run.mjs does).
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(fileURLToPath(new URL('../../..', import.meta.url)));
const PNPM_VERSION = '12.21.0';
let quiet = false;
const say = (line) => quiet || process.stderr.write(`setup: ${line}\n`);

function run(cmd, cmdArgs, options = {}) {
  const r = spawnSync(cmd, cmdArgs, {
    cwd: root,
    // what set-up prints is for people: it goes to stderr, keeping stdout for brief's own output
    stdio: quiet ? ['ignore', 'ignore', 'inherit'] : ['ignore', 2, 'inherit'],
    ...options,
  });
  if (r.status !== 0) {
    process.stderr.write(`setup: \`${cmd} ${cmdArgs.join(' ')}\` failed (exit ${r.status ?? r.signal})\n`);
    process.exit(r.status || 1);
  }
}

function has(cmd, cmdArgs = ['--version']) {
  try {
    return execFileSync(cmd, cmdArgs, { stdio: ['ignore', 'pipe', 'ignore'] })
      .toString()
      .trim();
  } catch {
    return null;
  }
}

function newestMtime(dir) {
  let newest = 0;
  if (!fs.existsSync(dir)) return newest;
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    newest = Math.max(newest, fs.statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

/**
 * Does whatever set-up is missing. Exits the process (with the failing command's code) when a step fails.
 * @param {{ tests?: boolean, quiet?: boolean }} options `tests` also installs poppler-utils; `quiet` says nothing
 */
export async function setup(options = {}) {
  const forTests = options.tests ?? false;
  quiet = options.quiet ?? false;
  // 1. pnpm, asked for only when there is something to install or build (asking costs a few 100 ms)
  let pnpmReady = false;
  function ensurePnpm() {
    if (pnpmReady) return;
    pnpmReady = true;
    if (has('pnpm') === PNPM_VERSION) return;
    say(`installing pnpm ${PNPM_VERSION}`);
    run('npm', [
      'install',
      '--global',
      `pnpm@${PNPM_VERSION}`,
      '--no-fund',
      '--no-audit',
      '--loglevel=error',
    ]);
  }

  // 2. dependencies from the lockfile
  const modules = path.join(root, 'node_modules', '.modules.yaml');
  const lock = path.join(root, 'pnpm-lock.yaml');
  if (!fs.existsSync(modules) || fs.statSync(modules).mtimeMs < fs.statSync(lock).mtimeMs) {
    ensurePnpm();
    say('installing dependencies from pnpm-lock.yaml');
    run('pnpm', ['install', '--frozen-lockfile', '--reporter=append-only']);
    fs.utimesSync(modules, new Date(), new Date());
  }

  // 3. the build, when a source is newer than the last build
  const stamp = path.join(root, 'node_modules', '.brief-build-stamp');
  const sources = ['packages/model', 'packages/parser', 'packages/render', 'apps/cli'].flatMap((p) => [
    path.join(root, p, 'src'),
    path.join(root, p, 'templates'),
  ]);
  const newest = Math.max(...sources.map(newestMtime), fs.statSync(lock).mtimeMs);
  if (!fs.existsSync(stamp) || fs.statSync(stamp).mtimeMs < newest) {
    ensurePnpm();
    say('building');
    run('pnpm', ['exec', 'turbo', 'run', 'build', '--output-logs=errors-only']);
    fs.writeFileSync(stamp, `${new Date().toISOString()}\n`);
  }

  // 4. a Chromium, fonts, and (for tests) poppler
  const { findChrome } = await import(path.join(root, 'packages/render/dist/find-chrome.js'));
  const missing = [];
  if (findChrome() === null) missing.push('chromium');
  if (!fs.existsSync('/usr/share/fonts/truetype/noto') && process.platform === 'linux')
    missing.push('fonts-noto-core');
  if (forTests && has('pdfinfo', ['-v']) === null) missing.push('poppler-utils');
  // the render tests show a brief looks the same on a machine whose only fonts are DejaVu
  if (forTests && process.platform === 'linux' && !fs.existsSync('/usr/share/fonts/truetype/dejavu'))
    missing.push('fonts-dejavu-core');
  if (missing.length > 0) {
    const isRoot = process.getuid?.() === 0;
    const isDebian = fs.existsSync('/etc/debian_version') && has('apt-get', ['--version']) !== null;
    if (isRoot && isDebian) {
      say(`installing ${missing.join(' ')} with apt-get`);
      run('apt-get', ['update', '-qq']);
      run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], {
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      });
    } else if (missing.includes('chromium')) {
      process.stderr.write(
        'setup: no Chromium found. Install one (Debian/Ubuntu: `sudo apt-get install chromium fonts-noto-core`,\n' +
          'macOS: install Google Chrome), or point Briefing at it with BRIEF_CHROME=/path/to/chrome or --chrome PATH.\n',
      );
      process.exit(1);
    } else {
      say(
        `missing ${missing.join(', ')}: install them for full output (fonts) and PDF tests (poppler-utils)`,
      );
    }
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = new Set(process.argv.slice(2));
  await setup({ tests: args.has('--tests'), quiet: args.has('--quiet') });
}
