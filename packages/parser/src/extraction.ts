/** A block of text kept as article body: whitespace-normalised text and where it starts in the file. */
export interface BodyBlock {
  text: string;
  line: number;
  column: number;
  offset: number;
}

/** Metadata an extractor found; every field is optional and front matter overrides it. */
export interface FoundMeta {
  title?: string;
  subtitle?: string;
  authors?: string[];
  /** `YYYY-MM-DD`, `YYYY-MM`, `YYYY` or `--MM-DD`. */
  published?: string;
  /** Why `published` was inferred from the text rather than read from it. */
  publishedInferred?: string;
  outlet?: string;
  section?: string;
  tags?: string[];
  language?: string;
  url?: string;
}

/** What a format's extractor returns: the body blocks in reading order and metadata (its findings go on the file as messages). */
export interface Extraction {
  blocks: BodyBlock[];
  meta: FoundMeta;
}
