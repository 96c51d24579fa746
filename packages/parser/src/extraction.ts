/** A block of text kept as article body: whitespace-normalised text and where it starts in the file. */
export interface BodyBlock {
  text: string;
  line: number;
  column: number;
  offset: number;
}

/**
 * Metadata an extractor found; every field is optional (a field set to `undefined` is one not found)
 * and front matter overrides it.
 */
export interface FoundMeta {
  title?: string | undefined;
  subtitle?: string | undefined;
  authors?: string[] | undefined;
  /** `YYYY-MM-DD`, `YYYY-MM`, `YYYY` or `--MM-DD`. */
  published?: string | undefined;
  /** Why `published` was inferred from the text rather than read from it. */
  publishedInferred?: string | undefined;
  /** The inferred year is only the latest the text mentions (see `Article.publishedYearGuessed`). */
  publishedYearGuessed?: true | undefined;
  /**
   * The stated stamp of publication as written, when it gives a time of day ("2026-03-04T18:30:00Z"):
   * `Article.publishedTime` is its time when `published` is its day (see `timeOfStamp`).
   */
  publishedStamp?: string | undefined;
  outlet?: string | undefined;
  section?: string | undefined;
  tags?: string[] | undefined;
  language?: string | undefined;
  url?: string | undefined;
}

/** What a format's extractor returns: the body blocks in reading order and metadata (its findings go on the file as messages). */
export interface Extraction {
  blocks: BodyBlock[];
  meta: FoundMeta;
}
