import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { planBriefs } from '../src/plan.js';
import { resolveWhen } from '../src/when.js';
import { tempWorkspace } from './helpers.js';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A folder holding only `briefing.config.yaml` with this text. */
function withConfig(yaml: string): string {
  const dir = tempWorkspace(false);
  made.push(dir);
  fs.writeFileSync(path.join(dir, 'briefing.config.yaml'), yaml);
  return dir;
}

describe('date windows in a config', () => {
  const now = new Date('2024-03-15T12:00:00Z');

  it('reads spans with the command line rules, into dates', () => {
    const dir = withConfig('briefs:\n  - id: a\n    sources: [x]\n    since: 7d\n    until: 2w\n');
    const [job] = planBriefs(loadConfig(undefined, dir), { corpus: 'corpus', now }, dir);
    expect([job?.since, job?.until]).toEqual(['2024-03-08', '2024-03-01']);
  });

  it('keeps dates as they are, and the command line wins', () => {
    const dir = withConfig('briefs:\n  - id: a\n    sources: [x]\n    since: 2024-01-01\n    until: 3m\n');
    const [job] = planBriefs(loadConfig(undefined, dir), { corpus: 'corpus', now, until: '2024-02-02' }, dir);
    expect([job?.since, job?.until]).toEqual(['2024-01-01', '2024-02-02']);
  });

  it('reports a value it cannot read with its path, as a config error', () => {
    const dir = withConfig(
      'briefs:\n  - id: a\n    sources: [x]\n    since: yesterday\n    until: 2024-13-45\n',
    );
    expect(() => loadConfig(undefined, dir)).toThrowErrorMatchingInlineSnapshot(`
      [ConfigError: briefing.config.yaml: briefs[0].since: expected a date such as 2024-01-01 or a span such as 7d, 2w, 3m
      briefing.config.yaml: briefs[0].until: expected a date such as 2024-01-01 or a span such as 7d, 2w, 3m]
    `);
  });

  it('resolves months back from the day, in UTC', () => {
    expect(resolveWhen('1m', now)).toBe('2024-02-15');
    expect(resolveWhen('0d', now)).toBe('2024-03-15');
  });
});
