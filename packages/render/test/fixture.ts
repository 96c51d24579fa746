import fs from 'node:fs';
import { Briefing } from '@briefing/model';

/** A briefing built from the repository's corpus (regenerate with `brief build --format json`), with a banner. */
export const briefing: Briefing = Briefing.parse(
  JSON.parse(fs.readFileSync(new URL('./fixtures/briefing.json', import.meta.url), 'utf8')),
);
