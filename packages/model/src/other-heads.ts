// Whether a group and an entity are two bodies of one kind that a shared short form would join.
import type { Group } from './actor-group.js';
import type { ArticleEntity } from './find-entities.js';

/**
 * Whether a group and an entity are two things of one kind that a shared short form would join: both
 * names say more than the words they end on in common, and say other things ("UAE Air Force" and "US
 * Air Force" share the form "Air Force"; "Saudi Foreign Ministry" and "Iranian Foreign Ministry"
 * "Foreign Ministry"). A name that is the other's tail ("Federal Grain Board", "US Federal Grain Board") joins;
 * two bodies two owners key ({@link ArticleEntity.owner}) do not; people join by their own rules
 * ({@link mergePeople}).
 */
export function otherHeads(g: Group, e: ArticleEntity): boolean {
  if (g.kind === 'person' || e.kind === 'person') return false;
  const a = g.name.toLowerCase().split(/\s+/);
  const b = e.name.toLowerCase().split(/\s+/);
  let tail = 0;
  while (tail < a.length && tail < b.length && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  // "US Federal Grain Board" and "United States Federal Grain Board": one country's two names are one head
  if (g.country !== null && g.country === e.country) return false;
  // two owners' bodies are two ("the Tarnby Party's" and "the Valdor Party's Central Committee"),
  // whichever of its names the group took
  if (g.owner !== undefined && e.owner !== undefined && g.owner !== e.owner) return true;
  return tail > 0 && tail < a.length && tail < b.length;
}
