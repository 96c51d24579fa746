// Writes each YAML file of `data/` as JSON to `dist/data/` (part of the build): a parse thread reads
// every data file at its start, and JSON loads in about a hundredth of the time YAML does. The YAML
// stays the source to edit; `readYamlData` reads the JSON only when it is at least as new.
// It compiles the package it runs in (the working directory): the parser's build runs it too.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { parse } from 'yaml';

const root = pathToFileURL(`${process.cwd()}/`);
const from = new URL('data/', root);
const to = new URL('dist/data/', root);
mkdirSync(to, { recursive: true });
for (const file of readdirSync(from).filter((f) => f.endsWith('.yaml'))) {
  const value = parse(readFileSync(new URL(file, from), 'utf8'));
  const json = JSON.stringify(value);
  if (!isDeepStrictEqual(JSON.parse(json), value))
    throw new Error(`data/${file}: holds values JSON cannot carry; it cannot be compiled`);
  writeFileSync(new URL(file.replace(/\.yaml$/, '.json'), to), json);
}
