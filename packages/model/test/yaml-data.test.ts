import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { readYamlData } from '../src/data-file.js';

/** A package folder with `data/words.yaml` and, when given, `dist/data/words.json`. */
function withPackage(yaml: string, json: string | null, test: (file: URL, root: string) => void): void {
  const root = mkdtempSync(join(tmpdir(), 'yaml-data-'));
  try {
    mkdirSync(join(root, 'data'));
    writeFileSync(join(root, 'data', 'words.yaml'), yaml);
    if (json !== null) {
      mkdirSync(join(root, 'dist', 'data'), { recursive: true });
      writeFileSync(join(root, 'dist', 'data', 'words.json'), json);
    }
    test(pathToFileURL(join(root, 'data', 'words.yaml')), root);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

describe('readYamlData', () => {
  it('reads the JSON the build made when it is as new as the YAML', () => {
    withPackage('share: [share]\n', '{"share":["from json"]}', (file) => {
      expect(readYamlData(file)).toEqual({ share: ['from json'] });
    });
  });

  it('reads the YAML when it was edited after the build', () => {
    withPackage('share: [edited]\n', '{"share":["stale"]}', (file, root) => {
      utimesSync(join(root, 'dist', 'data', 'words.json'), 1_000, 1_000);
      expect(readYamlData(file)).toEqual({ share: ['edited'] });
    });
  });

  it('reads the YAML when there is no build', () => {
    withPackage('share: [share, "read more"]\n', null, (file) => {
      expect(readYamlData(file)).toEqual({ share: ['share', 'read more'] });
    });
  });

  it("gives from each of the model's built files what its YAML gives", () => {
    const data = new URL('../data/', import.meta.url);
    const files = readdirSync(data).filter((f) => f.endsWith('.yaml'));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files)
      expect(readYamlData(new URL(f, data)), f).toEqual(parseYaml(readFileSync(new URL(f, data), 'utf8')));
  });
});
