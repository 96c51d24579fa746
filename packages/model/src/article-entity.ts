import type { ActorKind } from './briefing.js';
import type { EntityType } from './entity-tagger.js';
import type { Token } from './tokenize-words.js';

/** An entity one article names: every form it uses, how often, and the role it gives a person. */
export interface ArticleEntity {
  /** The gazetteer's name for a known entity, else the fullest form the article uses. */
  name: string;
  kind: ActorKind;
  /** Index of the gazetteer entry, or null for a name only the tagger found. */
  entry: number | null;
  /** The forms the article uses, the name included, in order of first use. */
  forms: string[];
  mentions: number;
  role: string | null;
  /**
   * The gazetteer's name of the country a name no gazetteer knows opens with ("United States" for "US
   * Federal Grain Board"), else null: `findActors` tells two countries' bodies of one name apart by it.
   */
  country: string | null;
  /**
   * The name of the owner, no country, whose possessive keys this body ("Tarnby Party" of "the Tarnby
   * Party's Central Committee": an organisation or a place the article names), as `country` keys a
   * country's: two owners' bodies of one name are two entities, and `findActors` joins neither to the
   * other's. Unset for a body no such owner keys.
   */
  owner?: string;
  /**
   * Set when every mention is one word opening a sentence or the title ("Measles: health minister
   * visits …"), where a capital says nothing: `findActors` drops such a name when another source
   * writes the word in lower case.
   */
  opening?: true;
  /**
   * The name before a country's name that ends this one ("Varrow" of "Varrow Australia"), for a name of no
   * organisation: `findActors` makes it one when a source names a company so (see {@link beforeCountry}).
   */
  armOf?: string;
  /**
   * Set when the article names a product by it, named after or beside its maker, of which `findActors`
   * makes no actor: a market's index ("the Nikkei index", "Tai Lok Index") or a model's name after its
   * code ("the 480 Skyliner"); or a work's title read as a person's name ("Meta Programming In Python").
   */
  product?: true;
  /**
   * How many of its mentions stand right before a model's code ("the Corvane IV rocket", "Kestrel K-400";
   * {@link modelCodeAfter}); unset for none. `findActors` makes no actor of a name all of whose mentions
   * across sources stand so: a product, or a maker named only by its models.
   */
  coded?: number;
  /**
   * How many of its mentions name a firm's site by the words after them ("the Brackwater Casting
   * plant", "Ostrel Assembly of Ostrel"; {@link siteAfter}); unset for none. `findActors` makes no actor
   * of a name all of whose mentions across sources stand so.
   */
  sited?: number;
  /**
   * How many of its mentions by a name of two words or more stand right after "the", no noun after them
   * ("makes the Halvard Corsair"); unset for none. `findActors` reads it of a maker's models.
   */
  definiteFull?: number;
  /**
   * Its one-word forms the article writes right after "the" ("the Taurus"): a product's model said alone
   * takes it, a company seldom does ("Nissan said"); `findActors` reads it of a maker's models.
   */
  definite?: string[];
}

/** One mention of a name in a sentence: its tokens `from..to`, the tagger's type and the known entry it names. */
export interface Mention {
  from: number;
  to: number;
  type: EntityType | null;
  entry: number | null;
  /** The text of tokens `from..to` and its {@link nameKey}, set once the article is read. */
  form?: string;
  key?: string;
}

/** One sentence as {@link findEntities} reads it: its tokens, the names in it, and whether it is in headline case (set once the whole article is read). */
export interface ReadSentence {
  sentence: string;
  tokens: Token[];
  mentions: Mention[];
  headline: boolean;
}
