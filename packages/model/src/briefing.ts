import { z } from 'zod';
import { DatePrecision, PartialDate } from './article.js';

/**
 * A pointer to the exact words a statement came from: `quote` is verbatim from the source's extracted
 * text (`Article.text`), and `text.slice(start, end) === quote`.
 */
export const Citation = z.object({
  sourceId: z.string(),
  quote: z.string().min(1),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
});

export const KeyPoint = z.object({
  text: z.string(),
  citations: z.array(Citation).min(1),
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

/** How one source stands on a claim: it states it (`supports`) or states an opposing version (`disputes`). */
export const ClaimStance = z.object({
  sourceId: z.string(),
  stance: z.enum(['supports', 'disputes']),
  citations: z.array(Citation).min(1),
});

export const Claim = z.object({
  text: z.string(),
  sourceIds: z.array(z.string()).min(1),
  citations: z.array(Citation).min(1),
  /** Each source's side on the claim (sources that make it). */
  stances: z.array(ClaimStance).optional(),
  /** True when sources state opposing versions: negation, other numbers, opposite stance toward an actor. */
  disputed: z.boolean().optional(),
});

/** How a source treats a main actor, with the sentences that show it. */
export const ActorStance = z.object({
  sourceId: z.string(),
  /** The actor's name, as in `actors[].name`. */
  actor: z.string(),
  stance: z.enum(['negative', 'neutral', 'positive']),
  /** Sentences for the actor minus sentences against it, over the source's sentences naming it: [-1, 1]. */
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
  url: z.string().nullable(),
  wordCount: z.number().int().min(0),
});

/** A story: the sources that report the same events, with the key points drawn from them alone. */
export const Story = z.object({
  /** Stable from run to run: derived from the story's earliest source (`s-` + 10 hex digits). */
  id: z.string(),
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
  /** Timeline events the previous brief did not have. */
  newEvents: z.array(TimelineEvent),
  changedClaims: z.array(ChangedClaim),
});

/** The briefing model: what templates render and `brief build --format json` writes. */
export const Briefing = z.object({
  id: z.string(),
  title: z.string(),
  subtitle: z.string().nullable(),
  /** ISO 8601 timestamp; from `SOURCE_DATE_EPOCH` when set. */
  generatedAt: z.string(),
  period: z.object({ from: PartialDate.nullable(), to: PartialDate.nullable() }),
  classification: z.string().nullable(),
  audience: z.string().nullable(),
  keyPoints: z.array(KeyPoint),
  actors: z.array(Actor),
  timeline: z.array(TimelineEvent),
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
