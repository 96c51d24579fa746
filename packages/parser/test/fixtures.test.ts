import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Article } from '@briefing/model';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

const fixtures = fileURLToPath(new URL('fixtures', import.meta.url));
const cases = fs
  .readdirSync(fixtures)
  .filter((name) => fs.readdirSync(path.join(fixtures, name)).some((f) => f.startsWith('input.')))
  .sort();

describe('fixture pairs (test/fixtures/<case>/input.* → article.json)', () => {
  for (const name of cases) {
    it(`pins the article found in ${name}`, async () => {
      const input = fs.readdirSync(path.join(fixtures, name)).find((f) => f.startsWith('input.')) as string;
      const file = `${name}/${input}`;
      const { value, diagnostics } = parseArticle({
        path: file,
        data: fs.readFileSync(path.join(fixtures, name, input)),
      });
      expect(value).not.toBeNull();
      Article.parse(value);
      await expect(`${JSON.stringify({ article: value, diagnostics }, null, 2)}\n`).toMatchFileSnapshot(
        `fixtures/${name}/article.json`,
      );
    });
  }
});
