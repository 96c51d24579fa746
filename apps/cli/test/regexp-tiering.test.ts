import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const cliDir = fileURLToPath(new URL('..', import.meta.url));

/** Whether a pattern run once in a fresh Node (the module imported first or not) was compiled to bytecode. */
function bytecodeAfterOneRun(importModule: boolean): string {
  const script = [
    importModule ? "await import('./src/regexp-tiering.ts');" : '',
    String.raw`const re = /(\p{Lu}\p{L}+)\s\1/u;`,
    "re.test('Ana Ana');",
    'console.log(%RegexpHasBytecode(re, true), %RegexpHasNativeCode(re, true));',
  ].join('\n');
  const run = spawnSync(
    process.execPath,
    ['--allow-natives-syntax', '--import', 'tsx', '--input-type=module', '-e', script],
    // tsx keeps no cache in the run's temporary folder
    { cwd: cliDir, encoding: 'utf8', env: { ...process.env, TSX_DISABLE_CACHE: '1' } },
  );
  expect(run.stderr).toBe('');
  return run.stdout.trim();
}

describe('regexp-tiering', () => {
  it('has V8 compile a pattern straight to machine code, with no bytecode first', () => {
    expect(bytecodeAfterOneRun(true)).toBe('false true');
    // without it, V8 interprets bytecode first: the test would not see the difference otherwise
    expect(bytecodeAfterOneRun(false)).toBe('true true');
  });
});
