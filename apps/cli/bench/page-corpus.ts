// Writes N page-like text files for the scale bench: real page texts of the dev datasets (menus,
// related links, footers and all), varied so that N pages are not N copies — each page keeps its own
// furniture, half of its prose lines are swapped for prose lines of other pages, and names and numbers
// are varied deterministically. The same N always gives the same files.
import fs from 'node:fs';
import path from 'node:path';

/** Folders of `<id>.txt` page texts under the datasets folder. */
const SETS = ['zyte-dev/text', 'trafilatura-eval/text'];
/** A line this long is prose (a paragraph), shorter ones are furniture, titles or bylines. */
const PROSE = 120;

/** A small deterministic PRNG (mulberry32). */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/** The page texts of the dev datasets, in a stable order. */
export function readPages(datasets: string): string[] {
  const pages: string[] = [];
  for (const set of SETS) {
    const dir = path.join(datasets, set);
    if (!fs.existsSync(dir)) throw new Error(`no page texts in ${dir} (set BRIEF_DATASETS)`);
    for (const f of fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .sort()) {
      const text = fs.readFileSync(path.join(dir, f), 'utf8');
      if (text.length >= 1000) pages.push(text); // a few saved pages are empty or a cookie wall
    }
  }
  return pages;
}

/**
 * Writes `count` varied pages into `dir` as `p000001.txt`…
 * @param pages the real page texts to vary
 * @param count how many files
 * @param dir an existing, empty folder
 * @returns the total bytes written
 */
export function writePageCorpus(pages: readonly string[], count: number, dir: string): number {
  const prose = pages.flatMap((p) => p.split('\n').filter((l) => l.length >= PROSE));
  const names = [...new Set(pages.flatMap((p) => p.match(/(?<=[a-z,] )\p{Lu}\p{Ll}{3,}\b/gu) ?? []))].sort();
  const rnd = random(20_26);
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const page = pages[Math.floor(rnd() * pages.length)] as string;
    const shift = 1 + Math.floor(rnd() * 9);
    const salt = Math.floor(rnd() * names.length);
    const rename = (w: string) =>
      (w.charCodeAt(1) + salt) % 3 === 0 ? (names[(hash(w) + salt) % names.length] as string) : w;
    const text = page
      .split('\n')
      .map((line) => {
        const l =
          line.length >= PROSE && rnd() < 0.5 ? (prose[Math.floor(rnd() * prose.length)] as string) : line;
        return l
          .replace(/(?<=[a-z,] )\p{Lu}\p{Ll}{3,}\b/gu, rename)
          .replace(/\b(?:19|20)\d{2}\b|\b\d{1,2}\b|\d/g, (d) => {
            const n = Number(d);
            // years stay years and days stay days, so that as many sentences stay dated
            if (d.length === 4) return String(1990 + ((n + shift) % 36));
            if (d.length === 2 || n > 0) return String(((n - 1 + shift) % 28) + 1);
            return String((n + shift) % 10);
          });
      })
      .join('\n');
    const file = path.join(dir, `p${String(i + 1).padStart(6, '0')}.txt`);
    fs.writeFileSync(file, text);
    bytes += Buffer.byteLength(text);
  }
  return bytes;
}

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}
