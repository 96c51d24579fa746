import { z } from 'zod';
import { readYamlData } from './data-file.js';
import { modelFile } from './model-files.js';

/** Lower-case names of one word or more ("eid al-fitr", "new year's day"). */
const LowerNames = z.array(z.string().regex(/^[\p{Ll}.'-]+( [\p{Ll}.'-]+)*$/u)).min(1);
const NoActorNames = z.object({ observances: LowerNames });
let sets: { observances: ReadonlySet<string> } | undefined;

function noActorNames(): NonNullable<typeof sets> {
  if (!sets) {
    const file = NoActorNames.parse(readYamlData(modelFile('data/no-actor-names.yaml')));
    sets = { observances: new Set(file.observances) };
  }
  return sets;
}

/**
 * Whether a name is a holiday's, a feast's or an observance's ("Thanksgiving", "Eid al-Fitr"), a
 * day's name and no actor: `observances` in `data/no-actor-names.yaml`. A leading "the" is dropped.
 * @param name a name, in any case
 * @throws ZodError when the data file does not have its schema
 */
export function isObservance(name: string): boolean {
  return noActorNames().observances.has(
    name
      .trim()
      .toLowerCase()
      .replace(/^the /, '')
      .replace(/[\u2018\u2019]/g, "'"),
  );
}
