import fs from 'node:fs';
import path from 'node:path';
import { formatDiagnostic } from '@briefing/model';
import Handlebars from 'handlebars';
import { describe, expect, it, onTestFinished } from 'vitest';
import { checkTemplate } from '../src/check-template.js';
import { registerHelpers } from '../src/helpers.js';
import { renderHtml } from '../src/render-html.js';
import { renderPageMargins } from '../src/render-page-margins.js';
import { ejectTheme, loadTheme } from '../src/theme.js';
import { themeWarnings } from '../src/theme-warnings.js';
import { briefing } from './fixture.js';
import { tempDir } from './temp-dir.js';

const themeWith = (files: Record<string, string | Buffer>) => {
  const dir = tempDir('brief-theme-');
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  }
  return dir;
};

describe('themes users own', () => {
  it('ejects the default theme with its page header, footer and fonts, and an edited partial renders with the change', () => {
    const dir = tempDir('brief-theme-');
    const files = ejectTheme(dir).map((f) => path.relative(dir, f));
    expect(files).toEqual(
      expect.arrayContaining([
        path.join('partials', 'masthead.hbs'),
        path.join('partials', 'page-header.hbs'),
        path.join('partials', 'page-footer.hbs'),
        path.join('fonts', 'fonts.css'),
        path.join('fonts', 'OFL.txt'),
      ]),
    );
    const masthead = path.join(dir, 'partials', 'masthead.hbs');
    fs.writeFileSync(
      masthead,
      fs.readFileSync(masthead, 'utf8').replace('Policy brief', 'Ministry desk note'),
    );
    const html = renderHtml(briefing, { templateDir: dir });
    expect(html).toContain('Ministry desk note');
    expect(() => ejectTheme(dir)).toThrow(/already exists/);
  });

  it('falls back to the default theme for every file a theme lacks', () => {
    const dir = themeWith({
      'partials/quotes.hbs': '<section id="quotes"><p>{{quotes.length}} quotes</p></section>',
    });
    const html = renderHtml(briefing, { templateDir: dir });
    expect(html).toContain(`${briefing.quotes.length} quotes</p>`);
    expect(html).toContain('<h2 id="summary-h">Executive summary</h2>');
  });

  it('fails on a misspelt field with the template file and line', () => {
    const dir = themeWith({
      'partials/summary.hbs':
        '<section>\n<h2>Summary</h2>\n{{#each keyPoints}}<p>{{txet}}</p>{{/each}}\n</section>\n',
    });
    expect(() => renderHtml(briefing, { templateDir: dir })).toThrow(
      `${path.join(dir, 'partials', 'summary.hbs')}:3:25: "txet" not defined`,
    );
  });

  it('fails on a misspelt field wherever it is read, even where the briefing leaves it unread', () => {
    // strict mode alone stops only on a `{{field}}` printed when its line runs: a helper's argument,
    // an `{{#if}}` or a loop over an empty list (the fixture has no watch items) printed nothing
    const cases: [string, string][] = [
      ['<h1>{{curlQuotes titel}}</h1>', ':1:18: "titel" not defined'],
      ['{{#each keyPoints}}\n{{#if atributedTo}}x{{/if}}{{/each}}', ':2:7: "atributedTo" not defined'],
      ['{{formatDate period.publshed.from}}', ':1:14: "publshed" not defined'],
      ['<ul>{{#each watch}}<li>{{dat}}</li>{{/each}}</ul>', ':1:26: "dat" not defined'],
    ];
    for (const [source, where] of cases) {
      const dir = themeWith({ 'partials/summary.hbs': source });
      expect(() => renderHtml(briefing, { templateDir: dir })).toThrow(
        `${path.join(dir, 'partials', 'summary.hbs')}${where} (no field of the briefing model has that name)`,
      );
    }
    // optional fields, a block's own names, @data, `this` and `../` still render
    const dir = themeWith({
      'partials/summary.hbs':
        '{{#each keyPoints as |kp i|}}{{#if kp.attributedTo}}{{saysName kp.attributedTo}}{{/if}}{{@index}}{{i}}{{this.text}}{{../title}}{{/each}}' +
        '{{#with (claimsOut changes) as |out|}}{{out.dropped}}{{/with}}{{#each watch}}{{date}}{{/each}}',
    });
    expect(renderHtml(briefing, { templateDir: dir })).toContain(briefing.keyPoints[0]?.text.slice(0, 20));
  });

  it('refuses to print anything but the CSS and font faces unescaped, so no article text becomes markup', () => {
    for (const source of ['<td>{{{title}}}</td>', '<p>\n{{& subtitle}}</p>', '{{{curlQuotes title}}}']) {
      const dir = themeWith({ 'partials/summary.hbs': source });
      expect(() => renderHtml(briefing, { templateDir: dir })).toThrow(
        /partials\/summary\.hbs:\d+:\d+: \{\{\{\w+…\}\}\} prints without escaping, so article text would reach the page as markup/,
      );
    }
    const dir = themeWith({ 'layout.hbs': '<style>{{{css}}}</style><h1>{{title}}</h1>' });
    expect(renderHtml(briefing, { templateDir: dir })).toContain('<style>');
  });

  it('passes every file of the default theme through the same check', () => {
    const theme = loadTheme();
    const hbs = Handlebars.create();
    registerHelpers(hbs, briefing);
    const names = new Set(theme.partials.keys());
    for (const file of [theme.layout, ...theme.partials.values()]) {
      expect(() => checkTemplate(hbs, file, names)).not.toThrow();
    }
  });

  it('fails on a block left open with the whole message: file, line, what was expected, which block', () => {
    const dir = themeWith({
      'partials/summary.hbs':
        '<section>\n<h2>Summary</h2>\n{{#if keyPoints}}\n{{#each keyPoints}}<p>{{text}}</p>\n{{/if}}\n</section>\n',
    });
    expect(() => renderHtml(briefing, { templateDir: dir })).toThrow(
      `${path.join(dir, 'partials', 'summary.hbs')}:4:4: each doesn't match if`,
    );
    fs.writeFileSync(
      path.join(dir, 'partials', 'summary.hbs'),
      '<section>\n<h2>Summary</h2>\n{{#each keyPoints}}<p>{{text}}</p>\n</section>\n',
    );
    // the whole message, but for the temporary folder
    let message = '';
    try {
      renderHtml(briefing, { templateDir: dir });
    } catch (error) {
      message = (error as Error).message.replaceAll(dir, 'THEME');
    }
    expect(message).toMatchInlineSnapshot(
      `"THEME/partials/summary.hbs:5:1: parse error: expected {{else}} or {{/…}} closing the block, got the end of the file ({{#each keyPoints}} on line 3 is not closed)"`,
    );
  });

  it('says a stray or missing brace in a few words, with the file, line and column', () => {
    // Handlebars says "Parse error on line 2:" and lists fifteen tokens of its grammar
    const cases: [string, string][] = [
      [
        '<p>\n  <b>{{formatDate date}:</b>\n</p>',
        ':2:23: parse error: expected }} closing {{formatDate date, got "}:</b>"',
      ],
      [
        '<p>\n  <b>{{formatDate date</b>\n</p>',
        ':2:19: parse error: expected }} closing {{formatDate, got "date</b>"',
      ],
      ['<p>\n {{#if title}}x{{/if}\n</p>', ':2:21: parse error: expected }} closing {{/if, got "}"'],
      ['<p>\n {{{css}}\n</p>', ':2:8: parse error: expected }}} closing {{{css, got "}}"'],
      ['<p>\n{{formatDate date=}}</p>', ':2:19: parse error: expected a value, got "}}</p>"'],
      ['x {{!-- a note\n', ':1:3: parse error: a comment {{!-- … is not closed with --}}'],
    ];
    for (const [source, said] of cases) {
      const dir = themeWith({ 'partials/summary.hbs': source });
      let message = '';
      try {
        renderHtml(briefing, { templateDir: dir });
      } catch (error) {
        message = (error as Error).message;
      }
      expect(message).toBe(`${path.join(dir, 'partials', 'summary.hbs')}${said}`);
    }
  });

  it('refuses a template too big to compile or print in reasonable time, before Handlebars reads it', () => {
    const dir = themeWith({ 'partials/summary.hbs': '<p>{{title}}</p>\n'.repeat(5001) });
    const summary = path.join(dir, 'partials', 'summary.hbs');
    expect(() => loadTheme(dir)).toThrow(
      `${summary} has 5,001 {{…}} tags; a theme's template may have at most 5,000 (the whole default theme has fewer than 500;`,
    );
    fs.writeFileSync(summary, `<img alt="" src="data:image/png;base64,${'A'.repeat(1024 * 1024)}">`);
    expect(() => loadTheme(dir)).toThrow(`${summary} is 1.0 MB; a theme's template may be at most 1 MB`);
    fs.writeFileSync(summary, '<p>{{title}}</p>\n'.repeat(5000));
    expect(renderHtml(briefing, { templateDir: dir })).toContain(`<p>${briefing.title}</p>`);
  });

  it('warns, with file:line:col, of what a template names that the page will never load or run', () => {
    // review92: a logo beside the layout, a web font and a script built silently, broken in HTML and PDF
    const dir = themeWith({
      'layout.hbs':
        '<!doctype html>\n<html><head>\n<link rel="stylesheet" href="https://fonts.example.org/css?family=Lato">\n<link rel="canonical" href="https://example.org/brief">\n<script src="menu.js"></script>\n</head><body>\n  <img alt="" src="logo.png"> <img alt="" src="data:image/png;base64,AA">\n<!-- <img src="old.png"> -->{{!-- <img src="x.png"> --}}\n<h1 style="background: url(paper.png)">{{title}}</h1><a href="https://example.org/">site</a>\n</body></html>\n',
      'partials/sources.hbs': '{{#each sources}}<img alt="" src="{{url}}">{{/each}}',
    });
    const lines = themeWarnings(loadTheme(dir)).map((d) => formatDiagnostic(d).replaceAll(dir, 'THEME'));
    expect(lines).toEqual([
      'THEME/layout.hbs:3:1: warning: <link rel="stylesheet" href="https://fonts.example.org/css?… will not load: nothing remote is fetched (the PDF is printed offline, the HTML page allows data: URLs only) [render:theme-not-loaded]',
      'THEME/layout.hbs:5:1: warning: <script src="menu.js"> will not run: the PDF is printed with JavaScript off, and the HTML page\'s Content-Security-Policy runs no script [render:theme-not-loaded]',
      'THEME/layout.hbs:7:3: warning: <img alt="" src="logo.png"> will not load: a template\'s files are not embedded, only style.css\'s imports and url()s; name it in style.css, url(logo.png), or write a data: URL [render:theme-not-loaded]',
      "THEME/layout.hbs:9:24: warning: url(paper.png) in a template will not load: a template's files are not embedded, only style.css's imports and url()s; name it in style.css, url(paper.png), or write a data: URL [render:theme-not-loaded]",
      'THEME/partials/sources.hbs:1:18: warning: <img alt="" src="{{url}}"> will not load: its src comes from a field and is no data: URL, the only kind the page loads [render:theme-not-loaded]',
    ]);
    expect(themeWarnings(loadTheme())).toEqual([]);
  });

  it('reads a template\'s tags as a browser does: a ">" in a quoted value, markup inside a value, SVG\'s image', () => {
    const dir = themeWith({
      'partials/summary.hbs':
        '<p title="<img src=old.png>">a</p>\n<img alt="a > b" src="logo.png">\n<svg><image href="map.png"/></svg>\n',
    });
    const lines = themeWarnings(loadTheme(dir)).map(
      (d) => `${d.line}:${d.column} ${d.message.split(' will ')[0]}`,
    );
    // a pattern over the text had warned of old.png, inside a title, and cut the img at "a >", missing logo.png
    expect(lines).toEqual(['2:1 <img alt="a > b" src="logo.png">', '3:6 <image href="map.png"/>']);
  });

  it('fails on a missing partial, and cannot read a partial outside the theme', () => {
    const dir = themeWith({ 'secret.txt': 'secret', 'partials/actors.hbs': '{{> ../secret}}' });
    expect(() => renderHtml(briefing, { templateDir: dir })).toThrow(
      /partials\/actors\.hbs:1:1: The partial \.\.\/secret could not be found/,
    );
    // with its line, also where it is never reached (the fixture has no watch items)
    fs.writeFileSync(
      path.join(dir, 'partials', 'actors.hbs'),
      '<section>\n{{#each watch}}\n  {{> watch-item}}{{/each}}</section>',
    );
    expect(() => renderHtml(briefing, { templateDir: dir })).toThrow(
      `${path.join(dir, 'partials', 'actors.hbs')}:3:3: The partial watch-item could not be found (neither the theme nor the default one has partials/watch-item.hbs)`,
    );
    fs.writeFileSync(path.join(dir, 'partials', 'actors.hbs'), '');
    fs.symlinkSync('/etc/hostname', path.join(dir, 'partials', 'claims.hbs'));
    expect(() => renderHtml(briefing, { templateDir: dir })).toThrow(
      /claims\.hbs points outside the theme folder/,
    );
  });
});

describe('the running header and footer of the PDF', () => {
  it('carry the classification banner at the top and the bottom, with the title and page numbers', () => {
    const margins = renderPageMargins({ ...briefing, classification: 'Restricted <draft>' });
    for (const template of [margins.headerTemplate, margins.footerTemplate]) {
      expect(template).toContain('>Restricted &lt;draft&gt;</div>');
      // the theme's faces, as data: URLs: the header is a document of its own
      expect(template).toMatch(/^<style>@font-face \{[^}]*url\("data:font\/woff2;base64,/);
    }
    expect(margins.headerTemplate).toContain(`<span>${briefing.title}</span>`);
    expect(margins.footerTemplate).toContain(
      'Page <span class="pageNumber"></span> of <span class="totalPages"></span>',
    );
    expect(renderPageMargins(briefing).headerTemplate).not.toContain('Restricted');
  });

  it("are the theme's own: one it changes prints its text, one it empties prints nothing", () => {
    const dir = themeWith({
      'partials/page-header.hbs': '',
      'partials/page-footer.hbs': '<div>{{sources.length}} sources · <span class="pageNumber"></span></div>',
    });
    expect(renderPageMargins(briefing, { templateDir: dir })).toEqual({
      headerTemplate: '',
      footerTemplate: `<div>${briefing.sources.length} sources · <span class="pageNumber"></span></div>`,
    });
  });
});

describe("the theme's CSS", () => {
  it('carries the fonts and images it names as data: URLs, and nothing the page would fetch', () => {
    const html = renderHtml(briefing);
    const urls = [...html.matchAll(/url\(\s*"?([^")]{0,40})/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThanOrEqual(6);
    for (const url of urls) expect(url).toMatch(/^data:font\/woff2;base64,/);
    expect(html).toContain(
      `content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:"`,
    );
  });

  it("takes a file it names from the user's theme, else from the default one, and never from outside", () => {
    const png = Buffer.from('89504e470d0a1a0a', 'hex');
    const dir = themeWith({
      'style.css': '@import "fonts/fonts.css";\nbody { background: url(img/paper.png); }\n',
      'img/paper.png': png,
    });
    const html = renderHtml(briefing, { templateDir: dir });
    expect(html).toContain(`background: url("data:image/png;base64,${png.toString('base64')}")`);
    expect(html).toContain('url("data:font/woff2;base64,');
    fs.writeFileSync(path.join(dir, 'style.css'), 'body { background: url("../secret.png"); }');
    fs.writeFileSync(path.join(dir, '..', 'secret.png'), png);
    onTestFinished(() => fs.rmSync(path.join(dir, '..', 'secret.png')));
    expect(() => renderHtml(briefing, { templateDir: dir })).toThrow(
      `${path.join(dir, 'style.css')}: "../secret.png" points outside the theme folder`,
    );
    fs.symlinkSync(path.join(dir, '..', 'secret.png'), path.join(dir, 'img', 'link.png'));
    fs.writeFileSync(path.join(dir, 'style.css'), 'body { background: url("img/link.png"); }');
    expect(() => renderHtml(briefing, { templateDir: dir })).toThrow(
      /link\.png points outside the theme folder/,
    );
    fs.writeFileSync(path.join(dir, 'style.css'), 'body { background: url(img/missing.png); }');
    expect(() => renderHtml(briefing, { templateDir: dir })).toThrow(
      `${path.join(dir, 'style.css')}: "img/missing.png" is not a file of the theme`,
    );
  });
});
