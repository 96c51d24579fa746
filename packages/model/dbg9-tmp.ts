import fs from 'node:fs';
import path from 'node:path';
import { parseArticle } from '../parser/src/index.js';
import { buildBriefing } from './src/index.js';

const dir = process.argv[2] as string;
const arts = fs
  .readdirSync(dir)
  .sort()
  .map((f) => parseArticle({ path: path.join(dir, f), data: fs.readFileSync(path.join(dir, f)) }).value!)
  .filter(Boolean);
const b = buildBriefing(arts, { id: 'x', title: 'x', now: new Date('2026-01-01') } as never).value!;
console.log(
  b.actors
    .slice(0, 30)
    .map((a) => `${a.name}(${a.kind},${a.mentions})`)
    .join('; '),
);
