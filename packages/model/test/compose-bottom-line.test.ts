import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type BottomLineFacts, composeBottomLine } from '../src/compose-bottom-line.js';

const root = join(import.meta.dirname, 'bottom-line', 'fixtures');

describe('composeBottomLine: model facts beside the bottom line they give', () => {
  for (const name of readdirSync(root).sort()) {
    it(name, async () => {
      const facts = JSON.parse(readFileSync(join(root, name, 'facts.json'), 'utf8')) as BottomLineFacts;
      const got = composeBottomLine(facts);
      for (const item of got) expect(item.citations.length).toBeGreaterThan(0);
      await expect(`${JSON.stringify(got, null, 2)}\n`).toMatchFileSnapshot(
        join(root, name, 'bottom-line.json'),
      );
    });
  }
});
