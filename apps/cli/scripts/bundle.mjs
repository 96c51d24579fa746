#!/usr/bin/env node
// Builds the `brief` program as one file, dist/bin.js, with every dependency in it: Node then loads a
// single module instead of some hundreds, which halves the start-up time of each run (≈0.85 s → 0.4 s
// on two cores). Type checking is `pnpm typecheck`; this only transpiles and bundles.
// Usage: node scripts/bundle.mjs
import fs from 'node:fs';
import { build } from 'esbuild';

fs.rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
await build({
  entryPoints: [new URL('../src/bin.ts', import.meta.url).pathname],
  outfile: new URL('../dist/bin.js', import.meta.url).pathname,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  minifySyntax: true,
  minifyWhitespace: true,
  legalComments: 'linked',
  // bundled CommonJS dependencies call require(); give the ES module one
  banner: {
    js: "import { createRequire as __briefRequire } from 'node:module'; const require = __briefRequire(import.meta.url);",
  },
  logLevel: 'warning',
});
