import { z } from 'zod';
import { ActorKind } from './briefing.js';

/** One real-world entity and the names sources call it by. */
export const GazetteerEntry = z.object({
  name: z.string().min(1),
  kind: ActorKind.default('other'),
  aliases: z.array(z.string().min(1)).default([]),
});
export type GazetteerEntry = z.infer<typeof GazetteerEntry>;

/** What a config file can say about an outlet: its country and type (state media, think tank, ...). */
export const OutletInfo = z.object({
  name: z.string().min(1),
  country: z.string().optional(),
  type: z.string().optional(),
});
export type OutletInfo = z.infer<typeof OutletInfo>;

/**
 * Adds a config's entries to a gazetteer: an entry whose name exists gains the aliases; a new name is
 * a new actor.
 * @param base the entries to extend (not modified)
 * @param extra entries from the config's `aliases`
 * @returns the merged entries
 */
export function extendGazetteer(
  base: readonly GazetteerEntry[],
  extra: readonly GazetteerEntry[],
): GazetteerEntry[] {
  const out = base.map((e) => ({ ...e, aliases: [...e.aliases] }));
  for (const e of extra) {
    const known = out.find((o) => o.name === e.name || o.aliases.includes(e.name));
    if (known) known.aliases.push(...e.aliases.filter((a) => !known.aliases.includes(a)));
    else out.push({ ...e, aliases: [...e.aliases] });
  }
  return out;
}
