import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Briefing } from '@briefing/model';
import Handlebars from 'handlebars';

/** The folder of the default theme: `layout.hbs`, `partials/*.hbs`, `style.css`. */
export const defaultThemeDir = fileURLToPath(new URL('../templates', import.meta.url));

/**
 * Renders a briefing to one self-contained HTML page with the default theme.
 * @param briefing the briefing model
 * @returns the HTML text
 */
export function renderHtml(briefing: Briefing): string {
  const hbs = Handlebars.create();
  const dir = defaultThemeDir;
  const partials = path.join(dir, 'partials');
  for (const name of fs.readdirSync(partials)) {
    if (name.endsWith('.hbs'))
      hbs.registerPartial(name.slice(0, -4), fs.readFileSync(path.join(partials, name), 'utf8'));
  }
  const index = new Map(briefing.sources.map((s, i) => [s.id, i + 1]));
  hbs.registerHelper('sourceNumber', (id: string) => index.get(id) ?? '?');
  hbs.registerHelper('join', (list: unknown[], sep: unknown) =>
    list.join(typeof sep === 'string' ? sep : ', '),
  );
  hbs.registerHelper('date', (iso: string) => iso.slice(0, 10));
  const layout = hbs.compile(fs.readFileSync(path.join(dir, 'layout.hbs'), 'utf8'), { strict: true });
  return layout({ ...briefing, css: fs.readFileSync(path.join(dir, 'style.css'), 'utf8') });
}
