import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { countryEntries, countryTable } from '../src/country-entries.js';
import { EntityTagger, tagEntities } from '../src/entity-tagger.js';
import {
  defaultGazetteer,
  internationalOrganisations,
  knownPacks,
  loadPack,
  readKnowledgePack,
} from '../src/knowledge-pack.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'model-packs-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('knowledge packs and built-in data', () => {
  it('reads every shipped pack through the schema, its name the file name', () => {
    expect(knownPacks()).toContain('middle-east-security');
    for (const name of knownPacks()) expect(loadPack(name).name).toBe(name);
  });

  it('reads the built-in names: countries with demonyms and capitals, international organisations', () => {
    expect(countryEntries().length).toBeGreaterThan(240);
    expect(countryEntries().find((c) => c.name === 'Iraq')?.aliases).toEqual(
      expect.arrayContaining(['Iraqi', 'Iraqis', 'Baghdad']),
    );
    expect(internationalOrganisations().find((o) => o.name === 'NATO')?.kind).toBe('organisation');
    const gazetteer = defaultGazetteer();
    expect(gazetteer.filter((e) => e.name === 'United States')).toHaveLength(1);
    expect(gazetteer.find((e) => e.name === 'United States')?.aliases).toEqual(
      expect.arrayContaining(['American', 'US', 'U.S.', 'Washington']),
    );
  });

  it('keeps no country spelling that is one of the most common English words (Iceland\'s "Island")', () => {
    const iceland = countryTable().entries.find((c) => c.name === 'Iceland')?.aliases ?? [];
    expect(iceland).toEqual(expect.arrayContaining(['Reykjavik', 'Icelander']));
    expect(iceland).not.toContain('Island');
    expect(countryTable().entries.find((c) => c.name === 'Saudi Arabia')?.aliases).toContain('Saudi');
  });

  it('names an unknown pack and lists those there are', () => {
    expect(() => loadPack('no-such-pack')).toThrowErrorMatchingInlineSnapshot(
      `[PackError: unknown pack "no-such-pack"; packs: middle-east-security]`,
    );
  });

  it('lists every problem of a bad pack file with its path', () => {
    const file = path.join(tmp, 'bad.yaml');
    fs.writeFileSync(
      file,
      'name: Bad Name\ndescription: x\nsource: x\nlicence: x\nentries:\n  - { name: X, kind: tribe }\n',
    );
    expect(() => readKnowledgePack(file)).toThrow(
      `${file}: name: use lower-case letters, digits and dashes\n${file}: entries.0.kind: Invalid option: expected one of "country"|"organisation"|"armed-group"|"person"|"place"|"other"`,
    );
  });
});

describe('the entity tagger', () => {
  it('finds people, organisations and places in a sentence it never saw', () => {
    const spans = tagEntities('Finance Minister Ana Ruiz met officials of the World Bank in Lima on Monday.');
    expect(spans.map((s) => `${s.type} ${s.text}`)).toEqual(['PER Ana Ruiz', 'ORG World Bank', 'LOC Lima']);
  });

  it('refuses a file that is not a model', () => {
    const file = path.join(tmp, 'not-a-model.gz');
    fs.writeFileSync(file, Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0]));
    expect(() => EntityTagger.load(file)).toThrow(`${file}: not an entity tagger model (NER1)`);
  });
});
