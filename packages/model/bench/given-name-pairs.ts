// Times `findActors` on a synthetic folder where each of N sources names one given name alone ("Harry
// said") and two full names of other people, none opening with that given name: the given names are
// joined across sources only through the full-name people their sources share (`joinGivenNames`).
// Before pairs91 (session 90) this compared every two such groups, so its time grew with N². A second
// folder has N sources each naming a person of one surname, of as many openings ("Abq Vell", "Bbq Vell"):
// `mergePeople` compared every two full names of one surname until then.
// Usage: pnpm --filter @briefing/model run bench:given-name-pairs [N ...] (default 500 2000 8000)
import { findActors } from '../src/find-actors.js';
import type { ArticleEntity } from '../src/find-entities.js';
import { isGivenName } from '../src/given-names.js';

const GIVEN = 'Harry';
if (!isGivenName(GIVEN)) throw new Error(`${GIVEN} is no given name of the tables`);
const FIRST = ['Talvo', 'Brisk', 'Quenra', 'Odril', 'Wexa'];

/** An invented surname for a number: letters only ("Vab", "Vac", …). */
const surname = (n: number) => {
  let s = '';
  do {
    s += String.fromCharCode(97 + (n % 26));
    n = Math.floor(n / 26);
  } while (n > 0);
  return `V${s}`;
};

const person = (name: string, mentions: number): ArticleEntity => ({
  name,
  kind: 'person',
  entry: null,
  forms: [name],
  mentions,
  role: null,
  country: null,
});

/**
 * N sources: source i names "Harry" alone, a full name of its own and one it shares with the next
 * source when i is even: most pairs of sources share no one, the "Harry" of each pair that shares a
 * person is one.
 */
function folder(n: number) {
  const full = (k: number) => `${FIRST[k % FIRST.length]} ${surname(k)}`;
  return Array.from({ length: n }, (_, i) => ({
    sourceId: `s${i}`,
    entities: [
      person(GIVEN, 2),
      person(full(2 * i), 2),
      person(full(i % 2 === 0 ? 2 * i + 1 : 2 * i - 1), 1),
    ],
  }));
}

/** N sources, each naming one full name of the surname "Vell", no two opening with the same three letters. */
function surnames(n: number) {
  const letters = (k: number) =>
    [0, 1, 2].map((j) => String.fromCharCode(97 + (Math.floor(k / 26 ** j) % 26))).join('');
  return Array.from({ length: n }, (_, i) => ({
    sourceId: `s${i}`,
    entities: [person(`${letters(i).replace(/^./, (c) => c.toUpperCase())}q Vell`, 1 + (i % 3))],
  }));
}

/** The median CPU time of three runs of `findActors` on a folder, after a warm-up on its first pages. */
function time(articles: ReturnType<typeof folder>): string {
  findActors(articles.slice(0, 50));
  const runs: number[] = [];
  for (let r = 0; r < 3; r++) {
    const t = process.cpuUsage();
    findActors(articles);
    const u = process.cpuUsage(t);
    runs.push((u.user + u.system) / 1000);
  }
  runs.sort((a, b) => a - b);
  return `${runs[1]?.toFixed(1)} CPU ms (median of 3; ${runs.map((x) => x.toFixed(0)).join(', ')})`;
}

const sizes = process.argv.slice(2).map(Number);
for (const n of sizes.length > 0 ? sizes : [500, 2000, 8000])
  console.log(`N=${n}\t"Harry" alone: findActors ${time(folder(n))}\tone surname: ${time(surnames(n))}`);
