import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { brief, tempWorkspace } from './helpers.js';

// Read in session 89: a folder of one news cluster's pages (one outlet) built on three mornings into
// one output folder. "New since the last brief" listed a new sentence both as a new event and as a new
// claim, said nothing of yesterday's claims that left the list, and every point of the brief read
// "(according to <outlet> [6]) [6]": the outlet all sources share, and the citation's number twice.
const OUTLET = 'Tern Wire';

/** The folder `feed/` holding the corpus's first `n` files, each with front matter naming one outlet. */
function publish(dir: string, n: number): void {
  const feed = path.join(dir, 'feed');
  fs.rmSync(feed, { recursive: true, force: true });
  fs.mkdirSync(feed);
  const files = fs.readdirSync(path.join(dir, 'corpus')).sort().slice(0, n);
  for (const file of files) {
    const text = fs.readFileSync(path.join(dir, 'corpus', file), 'utf8');
    fs.writeFileSync(path.join(feed, file), `---\noutlet: ${OUTLET}\n---\n${text}`);
  }
}

/** One morning's build of `feed/` into `out/`. */
function build(dir: string, day: string) {
  const env = { SOURCE_DATE_EPOCH: String(Date.parse(`${day}T05:30:00Z`) / 1000) };
  return brief(
    ['build', '--corpus', 'feed', '--format', 'json,html', '--out', 'out', '--force', '--json'],
    dir,
    env,
  );
}

describe('a folder of one outlet read on two mornings', () => {
  it('lists a new sentence once, counts the claims gone, and names no outlet on a point', () => {
    const dir = tempWorkspace();
    publish(dir, 3);
    expect(build(dir, '2024-04-21').code).toBe(0);
    const before = JSON.parse(fs.readFileSync(path.join(dir, 'out/feed.json'), 'utf8')) as {
      claims: { text: string }[];
    };
    publish(dir, 5);
    const day2 = build(dir, '2024-04-22');
    expect(day2.code).toBe(0);
    const model = JSON.parse(fs.readFileSync(path.join(dir, 'out/feed.json'), 'utf8')) as {
      claims: { text: string }[];
      changes: {
        newEvents: { text: string }[];
        changedClaims: { text: string }[];
        droppedClaims: { text: string }[];
      };
    };
    const { changes } = model;
    expect(changes.newEvents.length).toBeGreaterThan(0);
    const events = new Set(changes.newEvents.map((e) => e.text));
    expect(changes.changedClaims.filter((c) => events.has(c.text))).toEqual([]);
    // the claims of day 1 that day 2 does not list are said, in the model, on stderr and in the section
    const kept = new Set(model.claims.map((c) => c.text));
    const gone = before.claims.filter((c) => !kept.has(c.text));
    expect(gone.length).toBeGreaterThan(0);
    expect(changes.droppedClaims.map((c) => c.text)).toEqual(gone.map((c) => c.text));
    expect(day2.stderr).toContain(`${gone.length} claim(s) no longer listed`);
    const html = fs.readFileSync(path.join(dir, 'out/feed.html'), 'utf8');
    expect(html).toContain(
      `<p class="claims-out">Of the last brief's claims, ${gone.length} ${gone.length === 1 ? 'is' : 'are'} no longer listed`,
    );
    // every source is of one outlet: no point is said to be its, nor gives its number twice, and its
    // reports do not split ("Tern Wire [2]: critical; Tern Wire [5]: favourable" had been the line)
    expect(html).not.toContain('(according to');
    expect(html).not.toMatch(new RegExp(`${OUTLET}( \\[\\d+\\])? says`));
    expect(html).not.toContain('Where the sources split');
  });
});
