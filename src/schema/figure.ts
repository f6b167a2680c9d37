/** Figures, dates and checks: what `stats` prints. */
import { z } from 'zod'
import { SCHEMA_VERSION, isoDate } from './base.js'
import { Issue } from './article.js'

/** What a figure measures. */
export const FigureKind = z.enum([
  'count',
  'money',
  'percent',
  'percentage-point',
  'area',
  'length',
  'weight',
  'volume',
  'duration',
  'data',
  'energy',
  'power',
  'frequency',
  'temperature',
  'ordinal',
])
export type FigureKind = z.infer<typeof FigureKind>

/** How far from exact a figure is: 近 nearly, 约 about, 余/多/超过/以上 over, 至少 at-least, 以下/以内 at-most. */
export const Approx = z.enum(['exact', 'about', 'nearly', 'over', 'at-least', 'at-most'])
export type Approx = z.infer<typeof Approx>

/** Which way a figure moves: 增长6.2% up, 下降3% down. */
export const Change = z.enum(['up', 'down'])
export type Change = z.infer<typeof Change>

/** What a change or share is measured against: 同比 year-on-year, 环比 period-on-period, 比计划 target, 比2015年 baseline. */
export const Basis = z.enum(['year-on-year', 'period-on-period', 'target', 'baseline'])
export type Basis = z.infer<typeof Basis>

/** The span a figure covers: `前三季度` in an issue of 2019-10-25 → 2019-01-01 … 2019-09-30. */
export const Period = z.object({
  /** The words as printed (前三季度, 截至6月底, 2019年1至11月). */
  raw: z.string().min(1),
  /** First and last day covered, when the text and the issue date tell; 截至 gives only an end. */
  start: isoDate.nullable(),
  end: isoDate.nullable(),
})
export type Period = z.infer<typeof Period>

/** How two figures of an article stand to each other. */
export const RelationKind = z.enum(['part-of', 'share-of', 'sum-of', 'change-of'])
export type RelationKind = z.infer<typeof RelationKind>

/**
 * A relation from this figure to another: 已完成280个 part-of 474个 (computed 59.1, the share in %);
 * 21.6% share-of 102个社区 (computed from the counts, holds when it rounds to the printed share);
 * 325.6亿元 sum-of its listed parts; 增长6.2% change-of 325.6亿元.
 */
export const FigureRelation = z.object({
  relation: RelationKind,
  /** The id of the other figure. */
  to: z.string().min(1),
  /** The share in % (part-of, share-of) or the sum of the parts (sum-of); null for change-of. */
  computed: z.number().nullable(),
  /** For a check (share-of, sum-of): whether the printed figure agrees with the computed one; else null. */
  holds: z.boolean().nullable(),
})
export type FigureRelation = z.infer<typeof FigureRelation>

/** A figure the paper reports: `150余万元` → value 1500000, unit CNY, approx over. */
export const Figure = z.object({
  /** `<articleId>-f<n>`: stable for the same input. */
  id: z.string().min(1),
  issueId: z.string().min(1),
  /** The issue's date, as the issue has it (so a figure read alone says when it was reported), or null. */
  date: isoDate.nullable(),
  articleId: z.string().min(1),
  /** The headline of the article, or null. */
  headline: z.string().nullable(),
  /** 1-based line and column (UTF-16 code units, which are characters for Chinese) in the source file. */
  line: z.number().int().min(1),
  column: z.number().int().min(1),
  /** The surface form, approximation words and unit included. */
  text: z.string().min(1),
  value: z.number(),
  low: z.number().nullable(),
  high: z.number().nullable(),
  /** CNY, m2, mu, t, km, %, pp, person, household, times, item, year … or null for a bare count. */
  unit: z.string().nullable(),
  kind: FigureKind,
  approx: Approx,
  /** What is counted (书记项目, 社区), or null. */
  subject: z.string().nullable(),
  /** The verb that governs the figure (完成, 包保), or null. */
  predicate: z.string().nullable(),
  sentence: z.string().min(1),
  isHeadline: z.boolean(),
  /** For a figure that is a change (增长6.2%, 下降3%): which way; else null. */
  change: Change.nullable(),
  basis: Basis.nullable(),
  period: Period.nullable(),
  /** A condition on the subject: 千平方米以上 (社区), 规模以上 (工业增加值), or null. */
  qualifier: z.string().nullable(),
  relations: z.array(FigureRelation),
})
export type Figure = z.infer<typeof Figure>

/** A date the paper mentions: `2018年9月26日` → 2018-09-26 (day). */
export const DateRecord = z.object({
  /** `<articleId>-d<n>`. */
  id: z.string().min(1),
  issueId: z.string().min(1),
  articleId: z.string().min(1),
  line: z.number().int().min(1),
  column: z.number().int().min(1),
  text: z.string().min(1),
  /** YYYY-MM-DD, YYYY-MM or YYYY by precision; a range as start/end; null when no year is known or vague. */
  iso: z.string().nullable(),
  precision: z.enum(['day', 'month', 'year', 'range']).nullable(),
  vague: z.boolean(),
  /** First and last day covered, when known. */
  start: isoDate.nullable(),
  end: isoDate.nullable(),
})
export type DateRecord = z.infer<typeof DateRecord>

/** An arithmetic check between a reported share and the counts it is made of. */
export const Check = z.object({
  id: z.string().min(1),
  issueId: z.string().min(1),
  articleId: z.string().min(1),
  kind: z.literal('share'),
  holds: z.boolean(),
  /** The share figure, the part figures and the total figure. */
  share: z.string().min(1),
  parts: z.array(z.string().min(1)).min(1),
  total: z.string().min(1),
  reported: z.number(),
  computed: z.number(),
  lines: z.array(z.number().int().min(1)),
  message: z.string().min(1),
})
export type Check = z.infer<typeof Check>

/** `stats --format json`. */
export const StatsOutput = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  figures: z.array(Figure),
  dates: z.array(DateRecord),
  checks: z.array(Check),
})
export type StatsOutput = z.infer<typeof StatsOutput>
