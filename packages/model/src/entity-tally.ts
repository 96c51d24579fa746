import type { ArticleEntity, Mention, ReadSentence } from './article-entity.js';
import type { ActorKind } from './briefing.js';
import type { EntityIndex } from './entity-index.js';
import type { EntityType } from './entity-tagger.js';
import type { NameKeys } from './short-forms.js';

/** What {@link findEntities} gathers over an article's mentions, read by {@link tallyMention} and {@link settleEntities}. */
export interface EntityTally {
  read: ReadSentence[];
  index: EntityIndex;
  titled: boolean;
  entities: ArticleEntity[];
  byEntry: Map<number, ArticleEntity>;
  byForm: Map<string, ArticleEntity>;
  /** The capitals the article names as a facility's city, apart from their countries. */
  cities: Map<string, ArticleEntity>;
  typedPerson: Map<ArticleEntity, number>;
  /** How often the tagger typed each entity no gazetteer knows as each kind. */
  typed: Map<ArticleEntity, Map<ActorKind, number>>;
  /** The kinds the words around an entity no gazetteer knows said it is ("the airline Norvair"). */
  described: Map<ArticleEntity, Map<ActorKind, number>>;
  /** The entities no gazetteer knows with a mention that is more than one word opening a sentence. */
  notOpening: Set<ArticleEntity>;
  keys: NameKeys;
  /** How many mentions each key has in the article. */
  said: Map<string, number>;
  lower: Set<string>;
  elsewhere: Set<string>;
  inside: Set<string>;
  labelled: boolean;
  speakers: Set<string>;
  /** Names a given name opens, read as no person's, with a title or role beside them. */
  titledNames: Set<ArticleEntity>;
  pronounced: Set<ArticleEntity>;
  modifiedAs: Map<ArticleEntity, ActorKind>;
  /** The capitalised words the article writes right before a version's number ("Windows 10", "Python 3.12"). */
  versioned: Set<string>;
  /** The capitalised words the article writes right before a thing's or a program's noun ("Pipfile config"). */
  thingWords: Set<string>;
  /** The capitalised words a comma, "and" or "or" joins to each capitalised word ("Mac and Windows"). */
  coordinated: Map<string, string[]>;
  /** The capitalised words written before "on" and each capitalised word, past a version's number ("Python 3 on Windows"). */
  carriedOn: Map<string, string[]>;
  spoke: Set<ArticleEntity>;
  /** The entities no gazetteer knows that a mention names as a market's index ("the Nikkei index"). */
  indexed: Set<ArticleEntity>;
  /** The entities no gazetteer knows that a mention names as a plan's ("the plan, called \"Fresh Start\""). */
  planNamed: Set<ArticleEntity>;
  /** How many mentions of each entity no gazetteer knows stand after "the" and a launch's adjective ("the new Orvane Castell"). */
  launched: Map<ArticleEntity, number>;
  /** The one-word forms of each entity no gazetteer knows said right after "the" ("the Taurus"). */
  definite: Map<ArticleEntity, Set<string>>;
  /**
   * How many mentions of each entity no gazetteer knows stand right after a body's possessive, with no
   * given name first and no noun after ("Kestrel TV's Morning Hour", "Tarvik's Osprey V").
   */
  bodysThings: Map<ArticleEntity, number>;
  /** The one-word entities no gazetteer knows said after a holding's noun ("Shares of Norvale fell"). */
  heldIn: Set<ArticleEntity>;
  /** The last words of the names of two words or more the tagger read as people's, no gazetteer knows. */
  personSurnames: Set<string>;
  /** The words of the names of two words or more the tagger read as organisations', no gazetteer knows. */
  firmWords: Set<string>;
  /** The known entries the article names by other than a capital's name ("Bermuda", not "Hamilton"). */
  namedOtherwise: Set<number>;
  noPersonKeys: Set<string>;
  /** The names each entity is listed beside ("from Nvidia, Gigabyte, MSI and Asus"), once a mention. */
  listed: Map<ArticleEntity, ArticleEntity[]>;
  /** The last mention counted: its sentence, first and last tokens, the tagger's type and entity. */
  last: CountedMention | null;
  /** The mentions inside a sentence's words that repeat a heading of the article ({@link NO_MENTIONS} when none do). */
  headed: ReadonlySet<Mention>;
  /** The country entries the article names as another country's subdivision ("Atlanta, Georgia"). */
  asSubdivision: ReadonlySet<number>;
  /** The capitals the article places in a subdivision ("Paris, Texas"), as written. */
  placedCapitals: ReadonlySet<string>;
}

/** A mention {@link countMention} counted: its sentence, first and last tokens, type and entity. */
export interface CountedMention {
  r: number;
  from: number;
  to: number;
  type: EntityType | null;
  entity: ArticleEntity;
}
