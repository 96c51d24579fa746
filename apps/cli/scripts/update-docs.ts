// Regenerates what the docs copy from the code: the config file's JSON Schema
// (apps/cli/briefing.config.schema.json) and the `--help` blocks of the root README.
// Usage: pnpm --filter @briefing/cli run docs   (a test fails while either is stale)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { configJsonSchema } from '../src/config.js';

const bin = fileURLToPath(new URL('../dist/bin.js', import.meta.url));
const readme = fileURLToPath(new URL('../../../README.md', import.meta.url));
const schema = fileURLToPath(new URL('../briefing.config.schema.json', import.meta.url));

/** The commands whose help the README shows, by marker name. */
export const HELP: Record<string, string[]> = {
  brief: ['--help'],
  build: ['build', '--help'],
  fetch: ['fetch', '--help'],
  extract: ['extract', '--help'],
  'template-eject': ['template', 'eject', '--help'],
  doctor: ['doctor', '--help'],
};

/** The help text of one command, as `brief` prints it. */
export function helpOf(args: string[]): string {
  return spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    env: { ...process.env, COLUMNS: '100' },
  }).stdout.trimEnd();
}

/** The README with every help block replaced by the current help. */
export function withHelp(text: string): string {
  let out = text;
  for (const [name, args] of Object.entries(HELP)) {
    // a help block runs from its marker's ```text line to the next line that is exactly ```
    const re = new RegExp(`(<!-- help:${name} -->\\n\`\`\`text\\n)(?:.*\\n)*?(\`\`\`\\n)`);
    out = out.replace(re, (_, a: string, b: string) => `${a}${helpOf(args)}\n${b}`);
  }
  return out;
}

/** The config's JSON Schema as the file holds it. */
export function schemaText(): string {
  return `${JSON.stringify(configJsonSchema(), null, 2)}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  fs.writeFileSync(readme, withHelp(fs.readFileSync(readme, 'utf8')));
  fs.writeFileSync(schema, schemaText());
  console.log(`updated ${readme} and ${schema}`);
}
