import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderHtml } from '../src/render-html.js';
import { ejectTheme } from '../src/theme.js';
import { briefing } from './fixture.js';

const tempDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'brief-theme-'));

describe('themes users own', () => {
  it('ejects the default theme, and an edited partial renders with the change', () => {
    const dir = tempDir();
    const files = ejectTheme(dir);
    expect(files.map((f) => path.relative(dir, f)).sort()).toContain(path.join('partials', 'masthead.hbs'));
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
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, 'partials'));
    fs.writeFileSync(
      path.join(dir, 'partials', 'quotes.hbs'),
      '<section id="quotes"><p>{{quotes.length}} quotes</p></section>',
    );
    const html = renderHtml(briefing, { templateDir: dir });
    expect(html).toContain(`${briefing.quotes.length} quotes</p>`);
    expect(html).toContain('<h2 id="summary-h">Executive summary</h2>');
  });

  it('fails on a misspelt field with the template file and line', () => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, 'partials'));
    const file = path.join(dir, 'partials', 'summary.hbs');
    fs.writeFileSync(
      file,
      '<section>\n<h2>Summary</h2>\n{{#each keyPoints}}<p>{{txet}}</p>{{/each}}\n</section>\n',
    );
    expect(() => renderHtml(briefing, { templateDir: dir })).toThrow(`${file}:3:25: "txet" not defined`);
  });

  it('fails on a missing partial, and cannot read a partial outside the theme', () => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, 'partials'));
    fs.writeFileSync(path.join(dir, 'secret.txt'), 'secret');
    fs.writeFileSync(path.join(dir, 'partials', 'actors.hbs'), '{{> ../secret}}');
    expect(() => renderHtml(briefing, { templateDir: dir })).toThrow(
      /partials\/actors\.hbs.*The partial \.\.\/secret could not be found/,
    );
    fs.writeFileSync(path.join(dir, 'partials', 'actors.hbs'), '');
    fs.symlinkSync('/etc/hostname', path.join(dir, 'partials', 'claims.hbs'));
    expect(() => renderHtml(briefing, { templateDir: dir })).toThrow(
      /claims\.hbs points outside the theme folder/,
    );
  });
});
