import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HELP, schemaText, withHelp } from '../scripts/update-docs.js';
import { repoRoot } from './helpers.js';

describe('generated docs (run `pnpm --filter @briefing/cli run docs` when these fail)', () => {
  it('the README shows the current --help of every command', () => {
    const readme = fs.readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
    for (const name of Object.keys(HELP)) expect(readme).toContain(`<!-- help:${name} -->`);
    expect(readme).toBe(withHelp(readme));
  });

  it('the config JSON Schema is current', () => {
    expect(fs.readFileSync(path.join(repoRoot, 'apps/cli/briefing.config.schema.json'), 'utf8')).toBe(
      schemaText(),
    );
  });
});
