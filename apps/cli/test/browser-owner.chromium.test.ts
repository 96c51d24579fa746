import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BrowserOwner } from '../src/browser-owner.js';
import { running } from './helpers.js';

describe('the browser owner (real Chromium)', () => {
  let tmp = '';
  const saved = process.env.TMPDIR;
  const profiles = () => fs.readdirSync(tmp).filter((f) => f.startsWith('brief-chrome-'));
  beforeEach(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'brief-owner-test-'));
    process.env.TMPDIR = tmp; // where launchChrome makes its profile
  });
  afterEach(() => {
    if (saved === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = saved;
    fs.rmSync(tmp, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 });
  });

  it('hands the browser it started early to the printer, and closes it with its profile', async () => {
    const owner = new BrowserOwner();
    owner.startEarly();
    const printer = await owner.printer({ pages: 1 });
    expect(await owner.printer({ pages: 1 })).toBe(printer); // one printer per run
    const pdf = await printer.pdf('<p>owned</p>');
    expect(Buffer.from(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    const pid = printer.pid as number;
    expect(profiles()).toHaveLength(1);
    await owner.close();
    expect(owner.launches).toBe(1);
    expect(running(pid)).toBe(false);
    expect(profiles()).toEqual([]);
  }, 30_000);

  it('stops a browser still starting that nothing used, and removes its profile', async () => {
    const owner = new BrowserOwner();
    owner.startEarly();
    await owner.close();
    await owner.close(); // a second close is harmless
    expect(owner.launches).toBe(0);
    expect(profiles()).toEqual([]);
  }, 30_000);

  it('starts no browser once closed: a brief still running while the run stops gets an error', async () => {
    const owner = new BrowserOwner();
    await owner.close();
    owner.startEarly();
    await expect(owner.printer({ pages: 1 })).rejects.toThrowErrorMatchingInlineSnapshot(
      `[BrowserError: the run is stopping: no browser is started]`,
    );
    expect(profiles()).toEqual([]);
  }, 30_000);
});
