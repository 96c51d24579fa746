import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { briefingJsonSchema } from '../src/briefing.js';

describe('briefing.schema.json', () => {
  it('is the JSON Schema of the zod model (run `pnpm --filter @briefing/model run schema` when this fails)', () => {
    const pinned = fs.readFileSync(new URL('../briefing.schema.json', import.meta.url), 'utf8');
    expect(pinned).toBe(`${JSON.stringify(briefingJsonSchema(), null, 2)}\n`);
  });
});
