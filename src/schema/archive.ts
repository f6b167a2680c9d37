import { z } from 'zod'
import { SCHEMA_VERSION, isoDate } from './base.js'
import { Role } from './article.js'
import { Approx } from './figure.js'

/*
 * The archive over time (`track`, `people`): one record per reported figure
 * of a tracked subject, per period with `--by`, and per person.
 */

/** One figure of a tracked subject (`track`), with where it was reported and what is wrong with it. */
export const TrackRow = z.object({
  /** The name it is tracked under (地区生产总值), and as printed (全市地区生产总值). */
  subject: z.string().min(1),
  printed: z.string().min(1),
  /** The place the subject names (全国, 全市), or null. */
  scope: z.string().nullable(),
  qualifier: z.string().nullable(),
  value: z.number(),
  unit: z.string().nullable(),
  text: z.string().min(1),
  approx: Approx,
  change: z.enum(['up', 'down']).nullable(),
  basis: z.string().nullable(),
  /** The period as printed (前三季度) and the days it covers, when figure semantics gives one. */
  period: z.string().nullable(),
  periodStart: isoDate.nullable(),
  periodEnd: isoDate.nullable(),
  /** A running total (累计, 截至). */
  cumulative: z.boolean(),
  date: isoDate.nullable(),
  issueId: z.string().min(1),
  source: z.string().min(1),
  articleId: z.string().min(1),
  headline: z.string().nullable(),
  line: z.number().int().min(1),
  figureId: z.string().min(1),
  /** `conflict` (the same period reported otherwise), `drop` (lower than an earlier running total). */
  flags: z.array(z.enum(['conflict', 'drop'])),
})
export type TrackRow = z.infer<typeof TrackRow>

/** Two reports of a tracked subject that do not agree, by figure id: the earlier, then the later. */
export const TrackFlag = z.object({
  kind: z.enum(['conflict', 'drop']),
  figures: z.tuple([z.string().min(1), z.string().min(1)]),
  message: z.string().min(1),
})
export type TrackFlag = z.infer<typeof TrackFlag>

/** `track --by month|quarter|year`: the value last reported for each period of a measure. */
export const TrackPeriodRow = z.object({
  /** 2019-09, 2019-Q3 or 2019. */
  period: z.string().min(1),
  subject: z.string().min(1),
  scope: z.string().nullable(),
  qualifier: z.string().nullable(),
  unit: z.string().nullable(),
  change: z.enum(['up', 'down']).nullable(),
  basis: z.string().nullable(),
  value: z.number(),
  text: z.string().min(1),
  /** Reports of this period; the value is the last of them. */
  reports: z.number().int().min(1),
  date: isoDate.nullable(),
  source: z.string().min(1),
  line: z.number().int().min(1),
})
export type TrackPeriodRow = z.infer<typeof TrackPeriodRow>

/** A series of one subject in one unit, as a sparkline and its values. */
export const TrackSeries = z.object({
  subject: z.string().min(1),
  unit: z.string().nullable(),
  sparkline: z.string(),
  /** Each value and its time: a day, or with `--by` the period (2019-Q3). */
  values: z.array(z.object({ time: z.string().nullable(), value: z.number() })),
})

/** `track --format json`. */
export const TrackOutput = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  subjects: z.array(z.string()),
  exact: z.boolean(),
  by: z.enum(['month', 'quarter', 'year']).nullable(),
  /** TrackRow records, or TrackPeriodRow records with `by`. */
  rows: z.array(z.union([TrackRow, TrackPeriodRow])),
  flags: z.array(TrackFlag),
  series: z.array(TrackSeries),
})
export type TrackOutput = z.infer<typeof TrackOutput>

/** One person of the byline index (`people`). */
export const Person = z.object({
  /** `p-` and 16 hex digits of the SHA-256 of the normalised name: the same name, the same id, in every run. */
  personId: z.string().regex(/^p-[0-9a-f]{16}$/),
  /** The name normalised: no padding inside a two-character name, simplified characters. */
  name: z.string().min(1),
  roles: z.array(Role).min(1),
  articleCount: z.number().int().min(1),
  firstIssue: z.object({ issueId: z.string().min(1), date: isoDate.nullable() }),
  lastIssue: z.object({ issueId: z.string().min(1), date: isoDate.nullable() }),
  pages: z.array(z.string()),
  columns: z.array(z.string()),
  coAuthors: z.array(z.object({ name: z.string().min(1), articles: z.number().int().min(1) })),
})
export type Person = z.infer<typeof Person>

/** `people --format json`. */
export const PeopleOutput = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  people: z.array(Person),
})
