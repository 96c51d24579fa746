import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { GazetteerEntry } from '@briefing/model';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../src/parse-file.js';

describe('parseFile', () => {
  it('leaves out a file whose analysis fails, with a message naming it, instead of failing the brief', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'brief-parse-file-'));
    try {
      const file = path.join(dir, 'note.txt');
      fs.writeFileSync(
        file,
        'Harbour council approves ferry timetable\n\nThe harbour council voted on Tuesday to add two crossings.\n',
      );
      // an alias entry without its name: the analysis meets a fault it was never meant to
      const broken = [{ kind: 'organisation' }] as unknown as GazetteerEntry[];
      const parsed = parseFile(file, { aliases: broken });
      expect(parsed.article).toBeNull();
      expect(parsed.diagnostics.filter((d) => d.ruleId === 'analysis-failed').map((d) => d.file)).toEqual([
        file,
      ]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
