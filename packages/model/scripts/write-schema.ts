// Writes briefing.schema.json, the JSON Schema of the briefing model, from the zod schema.
// Usage: pnpm --filter @briefing/model run schema   (a test fails while the file is stale)
import fs from 'node:fs';
import { briefingJsonSchema } from '../src/briefing.js';

const file = new URL('../briefing.schema.json', import.meta.url);
fs.writeFileSync(file, `${JSON.stringify(briefingJsonSchema(), null, 2)}\n`);
console.log(`wrote ${file.pathname}`);
