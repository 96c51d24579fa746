import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { brief, repoRoot, tempWorkspace } from './helpers.js';

interface Actor {
  name: string;
  kind: string;
  aliases: string[];
  role: string | null;
}

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

/** Runs `brief build --format json` in a fresh folder and returns the model it wrote. */
function buildJson(
  setup: (dir: string) => void,
  args: string[] = [],
): { actors: Actor[] } & Record<string, unknown> {
  const dir = tempWorkspace(false);
  dirs.push(dir);
  setup(dir);
  const run = brief(['build', '--format', 'json', '--out', 'out', ...args], dir, {
    SOURCE_DATE_EPOCH: '1795000000',
  });
  expect(run.stderr).not.toMatch(/at .*\.js:\d+/);
  expect(run.code).toBe(0);
  const file = fs.readdirSync(path.join(dir, 'out')).find((f) => f.endsWith('.json') && !f.startsWith('.'));
  return JSON.parse(fs.readFileSync(path.join(dir, 'out', file as string), 'utf8'));
}

/** The actors a name refers to: by name, alias or a person's surname, case-insensitively. */
const refersTo = (actors: Actor[], name: string) =>
  actors.filter((a) =>
    [a.name, ...a.aliases, ...(a.kind === 'person' ? [a.name.split(' ').at(-1) as string] : [])].some(
      (n) => n.toLowerCase() === name.toLowerCase(),
    ),
  );

const copyCorpus = (dir: string) =>
  fs.cpSync(path.join(repoRoot, 'corpus'), path.join(dir, 'corpus'), { recursive: true });

describe('actors of corpus/ without a pack or a config', () => {
  const { actors } = buildJson(copyCorpus);
  const expected = [
    'United States',
    'Iraq',
    'Iran',
    'NATO',
    'ISIS',
    'PMF',
    'Counter-Terrorism Service',
    'Peshmerga',
    'CENTCOM',
    'al-Sudani',
    'Biden',
    'Sullivan',
    'Soleimani',
  ];
  for (const name of expected) {
    it(`names ${name} as one actor`, () => {
      expect(refersTo(actors, name).map((a) => a.name)).toHaveLength(1);
    });
  }

  it('does not know a name only a pack gives ("Daesh" is not ISIS)', () => {
    const isis = refersTo(actors, 'ISIS')[0];
    expect(isis?.aliases).not.toContain('Daesh');
  });
});

describe('actors of corpus/ with the middle-east-security pack', () => {
  const { actors } = buildJson((dir) => {
    copyCorpus(dir);
    fs.writeFileSync(
      path.join(dir, 'briefing.config.yaml'),
      'packs: [middle-east-security]\nbriefs:\n  - id: corpus\n    sources: [corpus]\n',
    );
  });

  it('finds ISIS also as "Daesh", an armed group', () => {
    const isis = refersTo(actors, 'ISIS');
    expect(isis).toHaveLength(1);
    expect(isis[0]?.kind).toBe('armed-group');
    expect(isis[0]?.aliases).toContain('Daesh');
  });

  it("gives the PMF the pack's kind, an armed group", () => {
    const pmf = refersTo(actors, 'PMF');
    expect(pmf).toHaveLength(1);
    expect(pmf[0]?.kind).toBe('armed-group');
  });

  it('says which pack names are unknown', () => {
    const dir = tempWorkspace(false);
    dirs.push(dir);
    fs.writeFileSync(
      path.join(dir, 'briefing.config.yaml'),
      'packs: [no-such-pack]\nbriefs:\n  - id: x\n    sources: [corpus]\n',
    );
    const run = brief(['build', '--format', 'json'], dir);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/packs\[0\]: .*middle-east-security/);
  });
});

describe('a corpus on another subject: a central bank rate decision', () => {
  const model = buildJson(
    (dir) =>
      fs.cpSync(path.join(import.meta.dirname, 'fixtures/rate-decision'), path.join(dir, 'rate-decision'), {
        recursive: true,
      }),
    ['--corpus', 'rate-decision'],
  );

  it('pins the whole model', async () => {
    await expect(`${JSON.stringify(model, null, 2)}\n`).toMatchFileSnapshot(
      '__snapshots__/rate-decision.json',
    );
  });

  it('finds its people with their roles and its institutions', () => {
    const role = (name: string) => refersTo(model.actors, name)[0]?.role;
    expect(role('Rosa Delgado')).toBe('Governor');
    expect(role('Tomás Varela')).toBe('Deputy Governor');
    expect(role('Andrés Molina')).toBe('Finance Minister');
    expect(role('Carla Fuentes')).toBe('chief economist at Banco Austral');
    for (const name of [
      'Federal Savings',
      'Fed',
      'Central Bank of Chile',
      'National Statistics Institute',
      'INE',
    ])
      expect(refersTo(model.actors, name)).toHaveLength(1);
    expect(refersTo(model.actors, 'Fed')[0]?.name).toBe(refersTo(model.actors, 'Federal Savings')[0]?.name);
  });
});
