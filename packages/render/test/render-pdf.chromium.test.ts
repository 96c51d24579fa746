import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PDFDocument, PDFName } from 'pdf-lib';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import puppeteer from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChrome } from '../src/find-chrome.js';
import { CHROME_ARGS, PUPPETEER_ARGS } from '../src/launch-chrome.js';
import { Printer } from '../src/printer.js';
import { renderHtml } from '../src/render-html.js';
import { renderPdf } from '../src/render-pdf.js';
import { briefing } from './fixture.js';

const tool = (cmd: string, args: string[]) => {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  if (r.error || r.status !== 0)
    throw new Error(`${cmd} failed (install poppler-utils): ${r.stderr ?? r.error}`);
  return r.stdout;
};

/** The processes of a process group that are not zombies, as `[pgid, stat, pid]`. */
const liveInGroup = (pgid: number) =>
  tool('ps', ['-eo', 'pgid=,stat=,pid='])
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .filter(([group, stat]) => group === String(pgid) && !stat?.startsWith('Z'));

describe('launching Chromium', () => {
  it("uses puppeteer's own default flags, so that printing is the same as through puppeteer.launch", () => {
    const theirs = puppeteer.defaultArgs({ headless: true, userDataDir: '/profile' });
    expect(PUPPETEER_ARGS).toEqual(
      theirs.filter((a) => a !== '--user-data-dir=/profile' && a !== 'about:blank'),
    );
  });
});

describe('PDF through the real Chromium', () => {
  let printer: Printer;
  let pdf: Uint8Array;
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'brief-pdf-')), 'brief.pdf');
  const html = renderHtml(briefing);

  beforeAll(async () => {
    expect(findChrome(), 'these tests need Chromium: apt-get install chromium').not.toBeNull();
    printer = await Printer.open();
    pdf = await renderPdf(printer, briefing, html);
    fs.writeFileSync(file, pdf);
  });
  afterAll(async () => printer?.close());

  it('is tagged, titled, authored, with every font embedded', () => {
    const info = tool('pdfinfo', [file]);
    expect(info).toMatch(/Tagged:\s+yes/);
    expect(info).toContain(`Title:           ${briefing.title}`);
    expect(info).toMatch(/Author:\s+Briefing from Al-Fassel, Alwaght, Strategic Council Online/);
    expect(info).toMatch(/Keywords:\s+Iraq/);
    const fonts = tool('pdffonts', [file]).split('\n').slice(2).filter(Boolean);
    expect(fonts.length).toBeGreaterThan(0);
    for (const row of fonts) expect(row.split(/\s+/).at(-5)).toBe('yes');
  });

  it('has an outline of the sections and page numbers, and names the outlets', async () => {
    const doc = await PDFDocument.load(pdf);
    expect(doc.catalog.get(PDFName.of('Outlines'))).toBeDefined();
    const text = tool('pdftotext', [file, '-']);
    for (const outlet of ['Al-Fassel', 'Alwaght', 'Strategic Council Online']) expect(text).toContain(outlet);
    expect(text).toMatch(/Page 1 of \d+/);
    expect(text).toContain('Executive summary');
  });

  it('keeps the actors section on one page: table heading, main actors and the compact list', () => {
    const pages = Number(/Pages:\s+(\d+)/.exec(tool('pdfinfo', [file]))?.[1]);
    const text = Array.from({ length: pages }, (_, i) =>
      tool('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), file, '-']),
    );
    const on = (pattern: RegExp) => text.flatMap((t, i) => (pattern.test(t) ? [i + 1] : []));
    const heading = on(/^Actors$/m);
    expect(heading).toHaveLength(1);
    expect(on(/Also named:/)).toEqual(heading);
    expect(on(/^Actor\s+Kind/m)).toEqual(heading);
  });

  it('is byte-identical when printed twice from the same briefing, also among others printing at once', async () => {
    const other = { ...briefing, title: 'Another brief', keyPoints: briefing.keyPoints.slice(0, 3) };
    const [again, , third] = await Promise.all(
      [briefing, other, briefing, other].map((b) => renderPdf(printer, b, renderHtml(b))),
    );
    expect(Buffer.from(again as Uint8Array).equals(Buffer.from(pdf))).toBe(true);
    expect(Buffer.from(third as Uint8Array).equals(Buffer.from(pdf))).toBe(true);
  });

  for (const warm of ['page', 'print'] as const) {
    it(`warms up (${warm}) in the background without changing the output, and leaves no Chromium process when closed`, async () => {
      const printer = await Printer.open({ warm });
      const pid = printer.pid as number;
      try {
        expect(liveInGroup(pid).length).toBeGreaterThan(0);
        const again = await renderPdf(printer, briefing, html);
        expect(Buffer.from(again).equals(Buffer.from(pdf))).toBe(true);
      } finally {
        await printer.close();
      }
      // Chromium runs in its own process group: none of it may still run. (Helpers it orphaned are
      // left to init to reap, which some sandboxes never do, so zombies do not count.)
      expect(liveInGroup(pid)).toEqual([]);
    });
  }

  it('prints again on a fresh browser when Chromium dies mid-run', async () => {
    const own = await Printer.open();
    try {
      process.kill(own.pid as number, 'SIGKILL');
      await new Promise((r) => setTimeout(r, 300));
      const again = await own.pdf(html);
      expect(Buffer.from(again).subarray(0, 5).toString()).toBe('%PDF-');
      expect(own.launches).toBe(2);
    } finally {
      await own.close();
    }
  });

  it('prints again on a fresh browser when Chromium hangs mid-run', async () => {
    const own = await Printer.open({ timeoutMs: 2000 });
    try {
      process.kill(own.pid as number, 'SIGSTOP');
      const again = await own.pdf(html);
      expect(Buffer.from(again).subarray(0, 5).toString()).toBe('%PDF-');
      expect(own.launches).toBe(2);
    } finally {
      await own.close();
    }
  });

  it('stops a page that takes longer than the time limit, twice, and prints the next one', async () => {
    const slow = await Printer.open({ timeoutMs: 1000 });
    try {
      const huge = `<p>${'x '.repeat(2_000_000)}</p>`;
      await expect(slow.pdf(huge)).rejects.toThrow('printing took longer than 1 s and was stopped');
      expect(slow.launches).toBe(3);
      const next = await slow.pdf('<h1>Next</h1>');
      expect(Buffer.from(next).subarray(0, 5).toString()).toBe('%PDF-');
    } finally {
      await slow.close();
    }
  });
});

/**
 * Compares a screenshot with the reference in test/__screenshots__ (written when missing, outside CI;
 * delete it to accept a deliberate change of the theme). Fails when more than 0.5% of the pixels
 * differ, and leaves the new shot and a diff image beside the reference.
 */
function expectLooksLike(shot: Buffer, name: string) {
  const reference = path.join(import.meta.dirname, '__screenshots__', name);
  if (!fs.existsSync(reference)) {
    expect(process.env.CI, `no reference screenshot ${reference} in CI`).not.toBe('true');
    fs.mkdirSync(path.dirname(reference), { recursive: true });
    fs.writeFileSync(reference, shot);
    return;
  }
  const [want, got] = [PNG.sync.read(fs.readFileSync(reference)), PNG.sync.read(shot)];
  expect({ width: got.width, height: got.height }).toEqual({ width: want.width, height: want.height });
  const diff = new PNG({ width: want.width, height: want.height });
  const differing = pixelmatch(want.data, got.data, diff.data, want.width, want.height, { threshold: 0.1 });
  if (differing / (want.width * want.height) > 0.005) {
    fs.writeFileSync(reference.replace(/\.png$/, '.actual.png'), shot);
    fs.writeFileSync(reference.replace(/\.png$/, '.diff.png'), PNG.sync.write(diff));
  }
  expect(differing / (want.width * want.height), `pixels differing from ${name}`).toBeLessThanOrEqual(0.005);
}

describe('the HTML page in the real Chromium', () => {
  it('logs no console error, makes no request, and lays out every section', async () => {
    const browser = await puppeteer.launch({
      executablePath: findChrome() as string,
      headless: true,
      args: CHROME_ARGS,
    });
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      const requests: string[] = [];
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      page.on('pageerror', (e) => errors.push(String(e)));
      page.on(
        'request',
        (r) => !r.url().startsWith('data:') && r.url() !== 'about:blank' && requests.push(r.url()),
      );
      await page.setViewport({ width: 1000, height: 1400 });
      await page.setContent(renderHtml(briefing), { waitUntil: 'load' });
      expectLooksLike(Buffer.from(await page.screenshot()), 'brief-top.png');
      const layout = await page.evaluate(() =>
        [...document.querySelectorAll('main > section')].map((s) => {
          const r = s.getBoundingClientRect();
          return { id: s.id, visible: r.width > 600 && r.height > 40 };
        }),
      );
      expect(layout).toEqual(
        ['bottom-line', 'summary', 'timeline', 'actors', 'quotes', 'perspectives', 'claims', 'sources'].map(
          (id) => ({
            id,
            visible: true,
          }),
        ),
      );
      expect(errors).toEqual([]);
      expect(requests).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});

describe('printing on a remote Chromium (--browser-ws-endpoint)', () => {
  it('prints through a DevTools endpoint the test started itself', async () => {
    const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'brief-remote-'));
    const chrome = spawn(findChrome() as string, [
      '--headless',
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      ...CHROME_ARGS,
    ]);
    try {
      const endpoint = await new Promise<string>((resolve, reject) => {
        let err = '';
        chrome.stderr.on('data', (d: Buffer) => {
          err += d.toString();
          const m = /DevTools listening on (ws:\/\/\S+)/.exec(err);
          if (m?.[1]) resolve(m[1]);
        });
        chrome.on('exit', () => reject(new Error(`chromium exited: ${err}`)));
      });
      const remote = await Printer.open({ browserWSEndpoint: endpoint });
      const bytes = await remote.pdf('<h1>Remote</h1>');
      await remote.close();
      expect(Buffer.from(bytes).subarray(0, 5).toString()).toBe('%PDF-');
      expect(chrome.exitCode).toBeNull();
    } finally {
      chrome.kill('SIGKILL');
    }
  });
});
