#!/usr/bin/env node
// Builds the `brief` program into dist/ with every dependency in it: Node then loads a few modules
// instead of some hundreds, which halves the start-up time of each run (≈0.85 s → 0.3 s on two
// cores). The entry, dist/bin.js, is split from the rest (the chunks each command loads when it runs) so
// that it can start Chromium before the rest is even read. Type checking is `pnpm typecheck`; this only bundles.
// Usage: node scripts/bundle.mjs
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

/**
 * Modules puppeteer pulls in for what Briefing never does — downloading browsers through a proxy
 * (proxy-agent, with a JavaScript engine for PAC files), its own command line (yargs), WebDriver BiDi
 * (chromium-bidi) — replaced by stubs that throw if ever called: a third of the bundle, ≈50 ms a run.
 */
const unused = {
  name: 'unused',
  setup(b) {
    b.onResolve({ filter: /^(proxy-agent|yargs(\/.*)?|chromium-bidi(\/.*)?)$/ }, (a) => ({
      path: a.path,
      namespace: 'unused',
    }));
    b.onLoad({ filter: /.*/, namespace: 'unused' }, (a) => ({
      contents: `const fail = () => { throw new Error('${a.path} is not part of the brief program'); };
        export class ProxyAgent { constructor() { fail(); } }
        export const hideBin = fail;
        export default fail;`,
      loader: 'js',
    }));
  },
};

fs.rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
await build({
  // the parse and grouping workers are entries of their own: worker threads load them by file name
  // (see parse-corpus.ts, group-in-worker.ts)
  entryPoints: ['bin', 'parse-worker', 'group-worker'].map(
    (f) => new URL(`../src/${f}.ts`, import.meta.url).pathname,
  ),
  // tinypool starts its threads from its own files (entry/worker.js), so it stays in node_modules
  external: ['tinypool'],
  outdir: new URL('../dist', import.meta.url).pathname,
  bundle: true,
  splitting: true,
  chunkNames: '[name]-[hash]',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // esbuild's node20 table lacks Unicode property escapes, so a literal such as /\p{Lu}/u became a
  // `new RegExp` built each time it was evaluated (378 a bench page, chrono's too); Node 20 has them
  supported: { 'regexp-unicode-property-escapes': true },
  minifySyntax: true,
  minifyWhitespace: true,
  legalComments: 'linked',
  plugins: [unused],
  // bundled CommonJS dependencies call require(); give each ES module one
  banner: {
    js: "import { createRequire as __briefRequire } from 'node:module'; const require = __briefRequire(import.meta.url);",
  },
  logLevel: 'warning',
});

// the hash of the code just written, part of each brief's cache key (see src/hash-inputs.ts), so that a
// run does not hash 4 MB of code before it can tell whether a brief is up to date: the same hash as
// fingerprintFolders() there, over the same files. The files are listed after the hash: a cache that
// restores dist/ over an older one (turbo's) leaves the older chunks beside them, which are not the program
const dist = new URL('../dist/', import.meta.url).pathname;
const hash = createHash('sha256');
const files = [];
for (const f of fs.readdirSync(dist, { recursive: true }).map(String).sort()) {
  const p = path.join(dist, f);
  if (/\.[cm]?[jt]s$/.test(f) && fs.statSync(p).isFile()) {
    hash.update(f).update(fs.readFileSync(p));
    files.push(f);
  }
}
fs.writeFileSync(path.join(dist, 'code-fingerprint.txt'), `${hash.digest('hex')}\n${files.join('\n')}\n`);
