// The keys of a body's name turned round its head noun ("Department of Defense", "Defense Department").
import { nameKey } from './entity-index.js';
import { isOrganisationWord } from './organisation-words.js';

/**
 * A body's name with its head noun before "of" ("Department of Defense", "US Ministry of the Interior"),
 * 1 to 3 capitalised words after it.
 */
const HEAD_OF = /^(.*?)(\p{Lu}\p{Ll}+) of (?:the )?(\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2})$/u;

/**
 * The keys of a body's forms turned round the head noun ("Varnian Department of Transport" →
 * "varnian transport department", "University of Oxford" → "oxford university"), the order another
 * sentence or source writes the name in; null when no form has a body's head noun before "of".
 * @param forms the entity's forms
 */
export function turnedKeys(forms: readonly string[]): string[] | null {
  let keys: string[] | null = null;
  for (const f of forms) {
    if (!f.includes(' of ')) continue;
    const m = HEAD_OF.exec(f);
    if (m === null || !isOrganisationWord(m[2] as string)) continue;
    keys ??= [];
    keys.push(nameKey(`${m[1]}${m[3]} ${m[2]}`));
  }
  return keys;
}
