import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const cliDir = fileURLToPath(new URL('..', import.meta.url));

/** Runs a script in a fresh Node, the module imported first or not, and returns what it prints. */
function runFresh(importModule: boolean, lines: string[], flags: string[] = []): string {
  const script = [importModule ? "await import('./src/tiering.ts');" : '', ...lines].join('\n');
  const run = spawnSync(
    process.execPath,
    ['--allow-natives-syntax', ...flags, '--import', 'tsx', '--input-type=module', '-e', script],
    // tsx keeps no cache in the run's temporary folder
    { cwd: cliDir, encoding: 'utf8', env: { ...process.env, TSX_DISABLE_CACHE: '1' } },
  );
  expect(run.stderr).toBe('');
  return run.stdout.trim();
}

/** Whether a pattern run once was compiled to bytecode, and to machine code. */
const patternCompiled = [
  String.raw`const re = /(\p{Lu}\p{L}+)\s\1/u;`,
  "re.test('Ana Ana');",
  'console.log(%RegexpHasBytecode(re, true), %RegexpHasNativeCode(re, true));',
];

/** Whether a function of 312 bytes of bytecode is inlined into its caller (V8's trace of it, on stdout). */
const calleeInlined = [
  `function callee(x) { let s = x; ${Array.from({ length: 18 }, (_, i) => `s = (s * 3 + ${i + 1}) % 1000003;`).join(' ')} return s; }`,
  'function caller(x) { return callee(x) + 1; }',
  '%PrepareFunctionForOptimization(callee);',
  '%PrepareFunctionForOptimization(caller);',
  'caller(1);',
  'caller(2);',
  '%OptimizeFunctionOnNextCall(caller);',
  'caller(3);',
];
const inlinedCallee = (stdout: string) => /<SharedFunctionInfo callee>\} into /.test(stdout);

describe('tiering', () => {
  it('has V8 inline at most 230 bytes of bytecode into a function it optimises', () => {
    expect(inlinedCallee(runFresh(true, calleeInlined, ['--trace-turbo-inlining']))).toBe(false);
    // without it, V8 inlines the callee (920 bytes in all by default)
    expect(inlinedCallee(runFresh(false, calleeInlined, ['--trace-turbo-inlining']))).toBe(true);
  });

  it('has V8 compile a pattern straight to machine code, with no bytecode first', () => {
    expect(runFresh(true, patternCompiled)).toBe('false true');
    // without it, V8 interprets bytecode first: the test would not see the difference otherwise
    expect(runFresh(false, patternCompiled)).toBe('true true');
  });

  it('leaves the patterns V8 took in before it as they were: the process goes on running them', () => {
    // tsx's loader ran patterns before the module was imported and runs them again when code is
    // compiled after it (here by `new Function`): with `--no-regexp-tier-up` set in between, as the
    // module did before, V8 crashed in one of them (a segmentation fault, nothing printed)
    expect(runFresh(true, ["const f = new Function('return 1');", 'console.log(f());'])).toBe('1');
  });
});
