import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { brief, briefAsync, tempWorkspace } from './helpers.js';

describe('a corpus of hostile files beside good articles (real Chromium)', () => {
  const dir = tempWorkspace();
  const corpus = path.join(dir, 'corpus');
  const bad: Record<string, Buffer> = {
    'empty.txt': Buffer.alloc(0),
    'binary.txt': Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)),
    'huge.txt': Buffer.alloc(20 * 1024 * 1024, 'All work and no play makes a very long article. '),
    'deep.html': Buffer.from(`${'<div>'.repeat(20_000)}<p>deep</p>${'</div>'.repeat(20_000)}`),
  };
  const good: Record<string, Buffer> = {
    'latin1.txt': Buffer.from(
      'Café talks in Baghdad\n\nOfficials from Iraq and France met in Baghdad on Monday to discuss the future of the coalition, the ministry said in a statement after the meeting ended.\n',
      'latin1',
    ),
    'utf16le.txt': Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from(
        'Talks in Erbil\n\nKurdish and Iraqi officials met in Erbil on Tuesday to discuss security cooperation along the border, according to a statement.\n',
        'utf16le',
      ),
    ]),
    'utf16be.txt': Buffer.concat([
      Buffer.from([0xfe, 0xff]),
      Buffer.from(
        'Talks in Basra\n\nIraqi officials met port operators in Basra on Wednesday to discuss customs revenue and security at the terminals, officials said.\n',
        'utf16le',
      ).swap16(),
    ]),
    'one-line.txt': Buffer.from(`${'The delegation discussed security. '.repeat(150_000)}\n`),
  };
  for (const [name, data] of Object.entries({ ...bad, ...good }))
    fs.writeFileSync(path.join(corpus, name), data);
  // bounded time, measured against a build of the plain corpus on this machine under its present load:
  // 4.2 times as long on two busy cores (27 s against 6.4 s); a parser that went quadratic on the 5 MB
  // line or the 20,000 nested elements would take far longer
  const plain = tempWorkspace();
  let started = performance.now();
  brief(['build'], plain);
  const plainMs = performance.now() - started;
  started = performance.now();
  const run = brief(['build'], dir);
  const hostileMs = performance.now() - started;

  it('builds the brief from the good files in bounded time, and exits 1', () => {
    expect(run.code).toBe(1);
    expect(hostileMs / plainMs, `${Math.round(hostileMs)} ms against ${Math.round(plainMs)} ms`).toBeLessThan(
      10,
    );
    const model = JSON.parse(fs.readFileSync(path.join(dir, 'out', 'corpus.json'), 'utf8'));
    const ids = model.sources.map((s: { id: string }) => s.id);
    expect(ids).toEqual(
      expect.arrayContaining(['latin1', 'utf16le', 'utf16be', 'one-line', 'al-fassel-long-term-partnership']),
    );
    expect(fs.existsSync(path.join(dir, 'out', 'corpus.pdf')), `${run.stdout}\n${run.stderr}`).toBe(true);
  });

  it('names each bad file in one clear message, with no stack trace', () => {
    const output = run.stdout + run.stderr;
    expect(output).not.toMatch(/^\s+at .+\(.*:\d+:\d+\)$/m);
    const errors = output.split('\n').filter((l) => l.includes(': error: '));
    expect(errors).toEqual([
      `${path.join('corpus', 'binary.txt')}: error: file looks binary (control bytes), not text [parser:binary-file]`,
      `${path.join('corpus', 'deep.html')}: error: could not parse html: the markup is nested too deeply to read [parser:parse-failed]`,
      `${path.join('corpus', 'empty.txt')}: error: file is empty [parser:empty-file]`,
      `${path.join('corpus', 'huge.txt')}: error: file is too large to be an article (20.0 MB, limit 8.0 MB) [parser:too-large]`,
    ]);
  });
});

describe('content that tries to run or load anything (real Chromium)', () => {
  let server: http.Server;
  let hits: string[] = [];
  let origin = '';
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      hits.push(req.url ?? '');
      res.end('gotcha');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => server.close());

  // The build runs in another process while this one serves (a spawnSync would block the server, which
  // could then never record a request). That the server sees what a build asks is checked first.
  it('sees the request of a build pointed at it (the check below can fail)', async () => {
    hits = [];
    const dir = tempWorkspace();
    const run = await briefAsync(
      ['build', '--browser-ws-endpoint', `${origin.replace('http', 'ws')}/devtools`],
      dir,
    );
    expect(run.code).not.toBe(0);
    expect(hits).toContain('/devtools');
  });

  it('escapes or drops it, and the build sends the server no request', async () => {
    hits = [];
    const dir = tempWorkspace(false);
    const corpus = path.join(dir, 'corpus');
    fs.mkdirSync(corpus);
    const attack = (n: string) =>
      `<script>fetch('${origin}/script-${n}')</script><img src="${origin}/img-${n}" onerror="fetch('${origin}/onerror')"><iframe src="${origin}/iframe-${n}"></iframe><link rel="stylesheet" href="${origin}/css-${n}"><a href="javascript:fetch('${origin}/js')">x</a><style>body{background:url(${origin}/bg-${n})}</style>{{> layout}} {{{css}}} {{title}}`;
    const prose =
      'Officials in Baghdad said on Monday that talks with Washington on the future of the coalition would resume next week, according to a statement.';
    fs.writeFileSync(
      path.join(corpus, 'page.html'),
      `<html><head><title>Attack page</title><link rel="preload" href="${origin}/preload"></head><body><article><h1>Attack page</h1><p>${prose}</p><p>${attack('html')}</p><p>${prose}</p></article></body></html>`,
    );
    fs.writeFileSync(
      path.join(corpus, 'note.md'),
      `---\ntitle: "{{#each sources}}{{/each}} <img src='${origin}/front'>"\noutlet: "<script>fetch('${origin}/outlet')</script>"\n---\n\n${prose}\n\n${attack('md')} ${prose}\n`,
    );
    fs.writeFileSync(
      path.join(corpus, 'scrape.txt'),
      `Attack scrape\n\n${prose} ${attack('txt')}\n\n${prose}\n`,
    );
    const run = await briefAsync(['build'], dir);
    expect(run.code).toBe(0);
    const html = fs.readFileSync(path.join(dir, 'out', 'corpus.html'), 'utf8');
    expect(html).not.toMatch(/<script|<iframe|<img|onerror=|javascript:|<link/i);
    expect(html).not.toContain(`url(${origin}`);
    // Handlebars syntax from a source is printed as text, never run
    expect(html).toContain('<cite>{{#each sources}}{{/each}} &lt;img src');
    expect(hits).toEqual([]);
  });
});
