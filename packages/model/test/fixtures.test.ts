import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildBriefing } from '../src/build-briefing.js';
import { readFixtureCases } from './fixture-case.js';

const root = join(import.meta.dirname, 'fixtures');

describe('model fixture pairs: a small source set beside the parts of the briefing it must give', () => {
  for (const c of readFixtureCases(root)) {
    it(c.name, async () => {
      const { value } = buildBriefing(c.articles, { id: c.name, ...c.options });
      for (const part of c.parts) {
        const got = (value as Record<string, unknown>)[part];
        expect(got, `no part "${part}" in the briefing`).toBeDefined();
        await expect(`${JSON.stringify(got, null, 2)}\n`).toMatchFileSnapshot(join(c.dir, `${part}.json`));
      }
    });
  }
});
