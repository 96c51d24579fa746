// How an entity takes in another, the same thing named otherwise: its forms, mentions and kind votes.
import type { ArticleEntity } from './article-entity.js';
import type { ActorKind } from './briefing.js';
import type { EntityTally } from './entity-tally.js';

/** Moves an entity's forms, mentions and kind votes into another, the same thing named otherwise. */
export function absorb(t: EntityTally, entity: ArticleEntity, said: ArticleEntity): void {
  const { notOpening, typed, described, typedPerson, entities, byForm } = t;
  notOpening.add(entity);
  for (const f of said.forms) if (!entity.forms.includes(f)) entity.forms.push(f);
  entity.mentions += said.mentions;
  if (said.coded) entity.coded = (entity.coded ?? 0) + said.coded;
  if (said.sited) entity.sited = (entity.sited ?? 0) + said.sited;
  for (const votes of [typed, described]) {
    const from = votes.get(said);
    if (!from) continue;
    const into = votes.get(entity) ?? new Map<ActorKind, number>();
    for (const [k, n] of from) into.set(k, (into.get(k) ?? 0) + n);
    votes.set(entity, into);
  }
  typedPerson.set(entity, (typedPerson.get(entity) ?? 0) + (typedPerson.get(said) ?? 0));
  entities.splice(entities.indexOf(said), 1);
  for (const [k, e] of byForm) if (e === said) byForm.set(k, entity);
}
