import { z } from 'zod';
import { DatePrecision, PartialDate } from './article.js';

/**
 * A pointer to the exact words a statement came from: `quote` is verbatim from the source's extracted
 * text (`Article.text`), and `text.slice(start, end) === quote`; with `part: 'title'`, from the source's
 * headline (`Article.title`) instead, `title.slice(start, end) === quote`.
 */
export const Citation = z.object({
  sourceId: z.string(),
  quote: z.string().min(1),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  /** Set to `title` when the words are the source's headline, not its text (a claim a headline states). */
  part: z.literal('title').optional(),
});

export const KeyPoint = z.object({
  text: z.string(),
  citations: z.array(Citation).min(1),
  /** The sources whose sentences state the point. */
  sourceIds: z.array(z.string()).optional(),
  /**
   * The one source a contested point comes from, when the brief should say so in the text
   * ("<outlet> says …"): only that source states it and others dispute it or it is an assessment.
   */
  attributedTo: z.string().optional(),
  /**
   * When the point happened, as the timeline dates its sentence (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`): "on
   * Thursday" or "today" read against its source's date, else the date the timeline gives the same sentence
   * (a report's undated lead, of its report's day). Absent when neither dates it.
   */
  date: PartialDate.optional(),
  /**
   * The cited sentence as its source writes it, when `text` names in square brackets whom its opening
   * pronoun or noun stands for, as the sentence before it names them ("[Norvale Transit] intends to cut
   * that number to 360" of "It intends to cut that number to 360"). Absent when `text` is the sentence.
   */
  original: z.string().optional(),
});

export const ActorKind = z.enum(['country', 'organisation', 'armed-group', 'person', 'place', 'other']);

export const Actor = z.object({
  name: z.string(),
  kind: ActorKind,
  aliases: z.array(z.string()),
  mentions: z.number().int().min(0),
  sourceIds: z.array(z.string()),
  /** What the sources say a person is ("governor of the central bank"); null for others or when unsaid (also when a briefing JSON written before roles lacks it). */
  role: z.string().nullable().default(null),
});

export const TimelineEvent = z.object({
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  date: PartialDate,
  precision: DatePrecision,
  text: z.string(),
  /**
   * The cited sentence as its source writes it, when `text` names in square brackets whom its opening
   * pronoun or noun stands for, as the sentence before it names them ("[Norvale Transit] intends to cut
   * that number to 360" of "It intends to cut that number to 360"). Absent when `text` is the sentence.
   */
  original: z.string().optional(),
  /** The sources that report the event (all of them, while `citations` keeps a handful). */
  sourceIds: z.array(z.string()).min(1),
  citations: z.array(Citation).min(1),
});

export const Quote = z.object({
  text: z.string(),
  speaker: z.string().nullable(),
  role: z.string().nullable(),
  sourceId: z.string(),
  citations: z.array(Citation).min(1),
});

export const Perspective = z.object({
  sourceId: z.string(),
  outlet: z.string().nullable(),
  /** The outlet's country, when the config's `outlets` says. */
  outletCountry: z.string().optional(),
  /** The outlet's type (state media, think tank, ...), when the config's `outlets` says. */
  outletType: z.string().optional(),
  summary: z.string(),
  framing: z.array(z.string()),
});

/**
 * How one source stands on a claim: it states it (`supports`), states an opposing version (`disputes`),
 * or, in a later report, gives a higher toll of it (`updates`: "12 dead" in the morning, "the toll has
 * risen to 14" that evening or the next day).
 */
export const ClaimStance = z.object({
  sourceId: z.string(),
  stance: z.enum(['supports', 'disputes', 'updates']),
  /** For `updates`: the later figure as its report words it ("14 dead", "at least 14 people"). */
  figure: z.string().optional(),
  citations: z.array(Citation).min(1),
});

export const Claim = z.object({
  text: z.string(),
  sourceIds: z.array(z.string()).min(1),
  citations: z.array(Citation).min(1),
  /**
   * Each source's side on the claim (sources that make it), the earliest report's count first told in
   * `text` and later reports' higher counts as `updates`.
   */
  stances: z.array(ClaimStance).optional(),
  /** True when sources state opposing versions: negation, other numbers, opposite stance toward an actor. */
  disputed: z.boolean().optional(),
});

/** How a source treats a main actor, with the sentences that show it. */
export const ActorStance = z.object({
  sourceId: z.string(),
  /** The actor's name, as in `actors[].name`. */
  actor: z.string(),
  /**
   * `positive` or `negative` when the source's clear sentences about the actor add up to one clear
   * sentence's lean that way at least (`CLEAR_LEAN`); `neutral` when none is clear or they nearly cancel.
   */
  stance: z.enum(['negative', 'neutral', 'positive']),
  /**
   * The leans (p(positive) − p(negative)) of the source's clear sentences about the actor, summed over all
   * its sentences naming it: [-1, 1].
   */
  score: z.number(),
  citations: z.array(Citation).min(1),
});

export const Source = z.object({
  id: z.string(),
  path: z.string(),
  title: z.string().nullable(),
  outlet: z.string().nullable(),
  authors: z.array(z.string()),
  published: PartialDate.nullable(),
  /** Why the publication date was inferred from the text, when it was (the parser's `publishedInferred`). */
  publishedInferred: z.string().optional(),
  url: z.string().nullable(),
  wordCount: z.number().int().min(0),
});

/** A span of partial dates, either end unknown. */
export const DateRange = z.object({ from: PartialDate.nullable(), to: PartialDate.nullable() });

/** What a line of the bottom line says; the theme words each kind (`bottom-line.hbs`). */
export const BottomLineKind = z.enum(['latest', 'lead', 'actors', 'split', 'ahead']);

/**
 * One line of the bottom line, composed from the model's own facts, never written: `latest` is the
 * most recent dated development (`date`, `text` its source sentence), `lead` the best-ranked key
 * point that is a dated event (when room is left; in a brief titled by two stories, the older of the two
 * stories' latest developments), `actors` the main actors and their parts
 * (`actors`), `split` where the sources differ (`text` a disputed claim or the actor sources out within a
 * week of one another take opposite stances toward, `sourceIds` the sources on each side), `ahead` the next scheduled event.
 */
export const BottomLineItem = z.object({
  kind: BottomLineKind,
  text: z.string(),
  date: PartialDate.nullable(),
  actors: z.array(z.string()),
  sourceIds: z.array(z.string()),
  citations: z.array(Citation).min(1),
  /**
   * For `actors`: each main actor, in the order of its part in the news, with what it did or said as the
   * cited sentence words it (`did`: from its verb to the clause's end; null when no statement has it as
   * subject) and the citation of that sentence, else of one that names it. Absent in models written before
   * session 93.
   */
  parts: z
    .array(z.object({ actor: z.string(), did: z.string().nullable(), citations: z.array(Citation).min(1) }))
    .optional(),
  /**
   * For `split`: the sources on each side (`supports`/`disputes` a claim, or `updates` it with a later
   * figure; `positive`/`negative` toward an actor).
   */
  sides: z.array(z.object({ stance: z.string(), sourceIds: z.array(z.string()) })).optional(),
});

/** A story: the sources that report the same events, with the key points drawn from them alone. */
export const Story = z.object({
  /** Stable from run to run: derived from the story's earliest source (`s-` + 10 hex digits). */
  id: z.string(),
  /** The title of its most central source: the one whose words the other sources' titles share most. */
  title: z.string(),
  sourceIds: z.array(z.string()).min(1),
  keyPoints: z.array(KeyPoint),
});

/** A claim whose support changed since the previous brief. */
export const ChangedClaim = z.object({
  text: z.string(),
  /** How many sources supported it in the previous brief (0: a new claim). */
  before: z.number().int().min(0),
  after: z.number().int().min(0),
});

/** What is new since the previous brief written to the same output folder. */
export const Changes = z.object({
  /** When the previous brief was generated. */
  since: z.string(),
  /** Ids of the sources the previous brief did not have. */
  newSourceIds: z.array(z.string()),
  /**
   * Sources the previous brief had and this one has not (a feed no longer lists the page, a file is
   * gone), as the previous brief described them. Absent in models written before session 89: read as none.
   */
  removedSources: z
    .array(
      z.object({
        title: z.string().nullable(),
        url: z.string().nullable(),
        path: z.string(),
        published: PartialDate.nullable(),
        /**
         * Its number (`[n]`) in the previous brief's sources list, which the sources after it no longer
         * have (the list has no gaps). Absent in models written before session 90.
         */
        number: z.number().int().min(1).optional(),
      }),
    )
    .default([]),
  /** Ids of the sources the previous brief had (same URL, else path) whose text has changed since. */
  updatedSourceIds: z.array(z.string()).default([]),
  /** Timeline events the previous brief did not have. */
  newEvents: z.array(TimelineEvent),
  changedClaims: z.array(ChangedClaim),
  /**
   * Claims of the previous brief no longer in the list (their sources gone, or others ranked above
   * them), with the number of sources they had. Absent in models written before: read as none.
   */
  droppedClaims: z.array(z.object({ text: z.string(), before: z.number().int().min(0) })).default([]),
});

/** The briefing model: what templates render and `brief build --format json` writes. */
export const Briefing = z.object({
  id: z.string(),
  title: z.string(),
  subtitle: z.string().nullable(),
  /** ISO 8601 timestamp; from `SOURCE_DATE_EPOCH` when set. */
  generatedAt: z.string(),
  /**
   * `from`/`to`: the sources' publication range (kept for older themes); `published`: the same,
   * labelled; `events`: the range of the timeline's dated events.
   */
  period: z.object({
    from: PartialDate.nullable(),
    to: PartialDate.nullable(),
    published: DateRange.optional(),
    events: DateRange.optional(),
  }),
  classification: z.string().nullable(),
  audience: z.string().nullable(),
  /** Two to four lines up front: the latest development, the main actors, where the sources split. */
  bottomLine: z.array(BottomLineItem).optional(),
  keyPoints: z.array(KeyPoint),
  actors: z.array(Actor),
  timeline: z.array(TimelineEvent),
  /** What to watch: events the sources date after the latest publication, in a forward clause. */
  watch: z.array(TimelineEvent).optional(),
  quotes: z.array(Quote),
  perspectives: z.array(Perspective),
  claims: z.array(Claim),
  /** How each source treats each main actor (the sources × actors stance matrix). */
  stances: z.array(ActorStance).optional(),
  sources: z.array(Source),
  /** The stories the sources hold (one when they all report the same events). */
  stories: z.array(Story),
  /** What is new since the previous brief, null on the first run. */
  changes: Changes.nullable(),
});

export type Citation = z.infer<typeof Citation>;
export type KeyPoint = z.infer<typeof KeyPoint>;
export type ActorKind = z.infer<typeof ActorKind>;
export type Actor = z.infer<typeof Actor>;
export type TimelineEvent = z.infer<typeof TimelineEvent>;
export type Quote = z.infer<typeof Quote>;
export type Perspective = z.infer<typeof Perspective>;
export type ClaimStance = z.infer<typeof ClaimStance>;
export type Claim = z.infer<typeof Claim>;
export type ActorStance = z.infer<typeof ActorStance>;
export type Source = z.infer<typeof Source>;
export type Briefing = z.infer<typeof Briefing>;
export type DateRange = z.infer<typeof DateRange>;
export type BottomLineItem = z.infer<typeof BottomLineItem>;
export type Story = z.infer<typeof Story>;
export type ChangedClaim = z.infer<typeof ChangedClaim>;
export type Changes = z.infer<typeof Changes>;

/**
 * The JSON Schema of {@link Briefing}, for template authors and editors.
 * @returns a draft 2020-12 JSON Schema object
 */
export function briefingJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(Briefing, { target: 'draft-2020-12' }) as Record<string, unknown>;
}
