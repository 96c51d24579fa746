import path from 'node:path';
import { launchChrome, stopChrome } from '@briefing/render';
import puppeteer from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { feedWorkspace, publishFeed, scheduledRun, serveForFile } from './web-server.js';

// Read in session 92 (review94): a feed of news pages whose URLs are their headlines
// (`/wiki/Harbour_board_agrees_purchase_of_…`), read on a phone (390 px), scrolled sideways to 800 px:
// a URL in the sources list, with no place to break, widened the whole page; printed, it ran past the
// right margin (780 px of 673 on A4). Invented pages of the same shape.
const server = serveForFile();

describe('a brief of pages whose URLs are long', () => {
  it('fits a phone: a source URL wraps rather than widen the page', async () => {
    const pages = [
      {
        title: 'Harbour board agrees purchase of four electric tugboats worth two million crowns',
        date: '2026-03-02',
        paragraphs: [
          'The harbour board agreed on Monday to buy four electric tugboats from a yard in the north for two million crowns.',
          'The first tugboat will be delivered in the autumn, the board said, and the last one before the end of next year.',
        ],
      },
      {
        title: 'Ferry operator negotiates purchase of twelve new hybrid vessels for the island routes',
        date: '2026-03-03',
        paragraphs: [
          'The ferry operator has negotiated the purchase of twelve hybrid vessels for its island routes, its director said.',
          'The vessels will replace the diesel ferries that have served the three island routes since the early nineties.',
        ],
      },
    ];
    const feed = publishFeed(
      server,
      pages.map((page) => ({ ...page, path: `/wiki/${page.title.replace(/ /g, '_')}` })),
    );
    const dir = feedWorkspace(feed);
    const { fetched, built } = await scheduledRun(dir, '2026-03-04');
    expect([fetched, built.code]).toEqual([0, 0]);

    const chrome = await launchChrome();
    try {
      const browser = await puppeteer.connect({ browserWSEndpoint: chrome.wsEndpoint });
      const page = await browser.newPage();
      const widths = () =>
        // a string: this package's types hold no DOM
        page.evaluate(
          '[document.documentElement.scrollWidth, document.documentElement.clientWidth]',
        ) as Promise<number[]>;
      await page.setViewport({ width: 390, height: 800 });
      await page.goto(`file://${path.join(dir, 'out/morning.html')}`, { waitUntil: 'load' });
      const [phone, screen] = await widths();
      // printed on A4 (210 mm less the theme's 16 mm margins, 673 px)
      await page.emulateMediaType('print');
      await page.setViewport({ width: 673, height: 800 });
      const [printed, paper] = await widths();
      await browser.disconnect();
      expect(phone).toBeLessThanOrEqual(screen as number);
      expect(printed).toBeLessThanOrEqual(paper as number);
    } finally {
      await stopChrome(chrome);
    }
  });
});
