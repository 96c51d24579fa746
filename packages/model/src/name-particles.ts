import { z } from 'zod';
import { lazyData } from './data-file.js';

const NameParticles = z.object({
  particles: z
    .array(
      z.object({
        word: z.string().regex(/^\p{Ll}+$/u, 'a particle is one lower-case word'),
        inside: z.boolean().optional(),
        prefix: z.boolean().optional(),
        connector: z.boolean().optional(),
        name: z.boolean().optional(),
      }),
    )
    .min(1),
});

/** The particles of `data/name-particles.yaml` by what they do in a name. */
export interface Particles {
  /** Join two parts of one name ("Viña del Mar"). */
  inside: ReadonlySet<string>;
  /** May open a surname ("al-Odran", "van Dyck"): a word that is one of them or starts with one and a hyphen. */
  prefix: RegExp;
  /** Looked at by the entity tagger between capitalised words. */
  connector: ReadonlySet<string>;
  /** Stand between a person's given name and surname in running text ("Marieke de Groot"). */
  name: readonly string[];
}

/**
 * The name particles of `data/name-particles.yaml`, read once and checked against its schema.
 * @returns the particles by role
 * @throws ZodError when the file does not have the schema
 */
export const nameParticles: () => Particles = lazyData(
  'name-particles.yaml',
  NameParticles,
  ({ particles }) => {
    const words = (role: 'inside' | 'prefix' | 'connector' | 'name') =>
      particles.filter((p) => p[role] === true).map((p) => p.word);
    return {
      inside: new Set(words('inside')),
      prefix: new RegExp(`^(?:${words('prefix').join('|')})\\b`, 'u'),
      connector: new Set(words('connector')),
      name: words('name'),
    };
  },
);
