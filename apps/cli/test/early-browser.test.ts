import { describe, expect, it } from 'vitest';
import { buildWillPrint } from '../src/early-browser.js';

describe('starting Chromium before the program loads', () => {
  it('happens only for a build that will print on a browser of its own', () => {
    const cases: [string, boolean][] = [
      ['', true],
      ['build', true],
      ['--out out --corpus extract', true], // "extract" is the value of --corpus here
      ['build --format html,pdf', true],
      ['--format=pdf', true],
      ['build --format html,json', false],
      ['--format=json', false],
      ['extract corpus/a.txt --json', false],
      ['template eject theme', false],
      ['doctor', false],
      ['build --help', false],
      ['--version', false],
      ['build --browser-ws-endpoint ws://127.0.0.1:9222/devtools/browser/x', false],
    ];
    for (const [line, expected] of cases)
      expect([line, buildWillPrint(line.split(' ').filter(Boolean))]).toEqual([line, expected]);
  });
});
