import { describe, expect, it } from 'vitest';
import { BrowserOwner } from '../src/browser-owner.js';
import { createProgram } from '../src/program.js';
import { buildWillPrint } from '../src/will-print.js';

describe('starting Chromium before the program loads', () => {
  const program = createProgram({ version: '0.0.0', cwd: '.', browser: new BrowserOwner() });
  const check = (line: string) => buildWillPrint(program, line.split(' ').filter(Boolean));

  it('happens only for a build that will print on a browser of its own', () => {
    const cases: [string, boolean][] = [
      ['', true],
      ['build', true],
      ['--out out --corpus extract', true], // "extract" is the value of --corpus here
      ['build --format html,pdf', true],
      ['--format=pdf', true],
      ['build --quiet --jobs 3 --strict', true],
      ['build --format html,json', false],
      ['--format=json', false],
      ['extract corpus/a.txt --json', false],
      ['template eject theme', false],
      ['doctor', false],
      ['help build', false],
      ['build --help', false],
      ['build -h', false],
      ['--version', false],
      ['build --browser-ws-endpoint ws://127.0.0.1:9222/devtools/browser/x', false],
    ];
    for (const [line, expected] of cases) expect([line, check(line) !== null]).toEqual([line, expected]);
  });

  it('takes the executable from --chrome, as commander reads it', () => {
    expect(check('build --chrome /opt/c --quiet')).toEqual({ chrome: '/opt/c' });
    expect(check('--chrome=/opt/c')).toEqual({ chrome: '/opt/c' });
    expect(check('build')).toEqual({});
  });
});
