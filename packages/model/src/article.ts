import { z } from 'zod';

/** A date as precise as the source states it: `YYYY-MM-DD`, `YYYY-MM`, `YYYY`, or `--MM-DD` (year unknown). */
export const PartialDate = z
  .string()
  .regex(/^(\d{4}(-\d{2}(-\d{2})?)?|--\d{2}-\d{2})$/, 'expected YYYY-MM-DD, YYYY-MM, YYYY or --MM-DD');

/** How precise a {@link PartialDate} is. `month-day` is a day and month whose year is unknown. */
export const DatePrecision = z.enum(['year', 'month', 'day', 'month-day']);

/** A point in the source file (1-based line and column, 0-based offset), as unified reports it. */
export const Point = z.object({
  line: z.number().int().min(1),
  column: z.number().int().min(1),
  offset: z.number().int().min(0),
});

/**
 * One block (paragraph, heading kept as body, list item) of an article's extracted text:
 * `start`/`end` are offsets into `Article.text`, `position` is where the block begins in the source file.
 */
export const Block = z.object({
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  position: Point,
});

/** An article as the parser finds it in one file. */
export const Article = z.object({
  /** Stable id derived from the file name (kebab-case, unique within a run). */
  id: z.string().min(1),
  /** The path as given to the parser. */
  path: z.string(),
  format: z.enum(['text', 'markdown', 'html']),
  title: z.string().nullable(),
  subtitle: z.string().nullable(),
  authors: z.array(z.string()),
  published: PartialDate.nullable(),
  publishedPrecision: DatePrecision.nullable(),
  /**
   * Why `published` was inferred rather than read (e.g. "\"Saturday, January 27\" falls on a Saturday in
   * 2024"); null when the source states the date (or states none).
   */
  publishedInferred: z.string().nullable().optional(),
  /**
   * Set when the year of `published` is only the latest year the text mentions ("Oct 4" beside "its
   * biggest cut since 2020"), not one the date or its weekday states: other sources' stated dates
   * outweigh it in a brief.
   */
  publishedYearGuessed: z.boolean().optional(),
  /**
   * The time of day the source states with `published`, as written there: `HH:MM` (or `HH:MM:SS`), with
   * its zone when it states one (`18:30Z`, `18:30+02:00`); absent when it states none.
   */
  publishedTime: z
    .string()
    .regex(
      /^\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?$/,
      'expected HH:MM, HH:MM:SS, with an optional zone',
    )
    .optional(),
  outlet: z.string().nullable(),
  section: z.string().nullable(),
  tags: z.array(z.string()),
  /** BCP 47 language tag, `und` when unknown. */
  language: z.string(),
  url: z.string().nullable(),
  /** The article body as plain text, paragraphs separated by one blank line. */
  text: z.string(),
  /** The paragraphs of `text`, each mapped back to the source file. */
  blocks: z.array(Block),
});

export type PartialDate = z.infer<typeof PartialDate>;
export type DatePrecision = z.infer<typeof DatePrecision>;
export type Point = z.infer<typeof Point>;
export type Block = z.infer<typeof Block>;
export type Article = z.infer<typeof Article>;
