/**
 * A subject across the archive: every figure reported for it, in the order
 * of the time it covers, with the reports that disagree flagged, and the
 * values of each month, quarter or year. Pure: digests in, rows out.
 */
import type { DigestFigure, IssueDigest } from '../archive/digest.js'
import type { TrackPeriodRow, TrackRow } from '../schema.js'
import { normaliseSubject } from './subjects.js'
import { flagRows } from './flags.js'
import { measureKey, timeOf } from './measure.js'

export type { TrackFlag, TrackPeriodRow, TrackRow } from '../schema.js'
export { agree, flagRows } from './flags.js'
export { timeOf } from './measure.js'

/** How `--by` groups the time a figure covers. */
export type Bucket = 'month' | 'quarter' | 'year'
export const BUCKETS: readonly Bucket[] = ['month', 'quarter', 'year']

/**
 * The figures of the given digests whose subject matches, in time order:
 * by the end (else the start) of the period each covers, falling back to the
 * issue date; then by issue date, file and line.
 */
export function trackRows(digests: readonly IssueDigest[], matches: (subject: string | null) => boolean): TrackRow[] {
  const rows: TrackRow[] = []
  for (const d of digests) {
    const headlines = new Map(d.articles.map((a) => [a.id, a.headline]))
    for (const f of d.figures) {
      if (!matches(f.subject)) continue
      rows.push(rowOf(f, d, headlines.get(f.articleId) ?? null))
    }
  }
  rows.sort(compareRows)
  flagRows(rows)
  return rows
}

function rowOf(f: DigestFigure, d: IssueDigest, headline: string | null): TrackRow {
  const key = normaliseSubject(f.subject!)
  return {
    subject: key.subject,
    printed: f.subject!,
    scope: key.scope,
    qualifier: f.qualifier,
    value: f.value,
    unit: f.unit,
    text: f.text,
    approx: f.approx as TrackRow['approx'],
    change: f.change,
    basis: f.basis,
    period: f.period?.raw ?? null,
    periodStart: f.period?.start ?? null,
    periodEnd: f.period?.end ?? null,
    cumulative: f.cumulative,
    date: d.date,
    issueId: d.issueId,
    source: d.source,
    articleId: f.articleId,
    headline,
    line: f.line,
    figureId: f.id,
    flags: [],
  }
}


function compareRows(a: TrackRow, b: TrackRow): number {
  return (
    compareNullable(timeOf(a), timeOf(b)) ||
    compareNullable(a.date, b.date) ||
    (a.source < b.source ? -1 : a.source > b.source ? 1 : 0) ||
    a.line - b.line ||
    ordinal(a.figureId) - ordinal(b.figureId) ||
    compareText(a.figureId, b.figureId)
  )
}

/** Nulls last; ISO dates compare as strings. */
function compareNullable(a: string | null, b: string | null): number {
  if (a === b) return 0
  if (a === null) return 1
  if (b === null) return -1
  return a < b ? -1 : 1
}

/** The period of a day: `2019-09`, `2019-Q3` or `2019`. */
export function bucketOf(day: string, by: Bucket): string {
  const year = day.slice(0, 4)
  if (by === 'year') return year
  const month = Number(day.slice(5, 7))
  if (by === 'quarter') return `${year}-Q${Math.ceil(month / 3)}`
  return day.slice(0, 7)
}

/**
 * One row per measure and period: the value reported last (latest issue, then
 * latest line). Never a sum: running totals (累计, 今年以来) already hold the
 * months before them, so adding them up would count those months again.
 * Rows with no time at all are left out.
 */
export function aggregate(rows: readonly TrackRow[], by: Bucket): TrackPeriodRow[] {
  const groups = new Map<string, { period: string; rows: TrackRow[] }>()
  for (const r of rows) {
    const time = timeOf(r)
    if (time === null) continue
    const period = bucketOf(time, by)
    const key = `${period}\u0000${measureKey(r)}`
    const group = groups.get(key) ?? { period, rows: [] }
    group.rows.push(r)
    groups.set(key, group)
  }
  const out: TrackPeriodRow[] = []
  for (const { period, rows: group } of groups.values()) {
    const last = group.reduce((x, y) => (isReportedAfter(y, x) ? y : x))
    out.push({
      period,
      subject: last.subject,
      scope: last.scope,
      qualifier: last.qualifier,
      unit: last.unit,
      change: last.change,
      basis: last.basis,
      value: last.value,
      text: last.text,
      reports: group.length,
      date: last.date,
      source: last.source,
      line: last.line,
    })
  }
  return out.sort(
    (a, b) =>
      (a.period < b.period ? -1 : a.period > b.period ? 1 : 0) ||
      compareText(a.subject, b.subject) ||
      compareText(a.unit ?? '', b.unit ?? '') ||
      compareText(a.change ?? '', b.change ?? ''),
  )
}

function isReportedAfter(y: TrackRow, x: TrackRow): boolean {
  const byDate = compareNullable(y.date, x.date)
  if (byDate !== 0) return y.date !== null && (x.date === null || byDate > 0)
  if (y.source !== x.source) return y.source > x.source
  if (y.line !== x.line) return y.line > x.line
  return ordinal(y.figureId) > ordinal(x.figureId)
}

/** A figure's place in its article: the n of `…-f<n>`, in reading order. */
function ordinal(figureId: string): number {
  return Number(/-f(\d+)$/.exec(figureId)?.[1] ?? 0)
}

/** A series to draw: one subject in one unit, its values in time order. */
export interface Series {
  readonly subject: string
  readonly unit: string | null
  readonly points: readonly { readonly time: string | null; readonly value: number }[]
}

/** A value on the time axis of a series. */
export interface SeriesInput {
  readonly subject: string
  readonly unit: string | null
  readonly change: 'up' | 'down' | null
  readonly value: number
  /** A day, or a period label (2019-Q3), or null. */
  readonly time: string | null
}

/** One series per subject and unit (levels and changes apart, a fall as a negative change), in the order the values come. */
export function seriesOf(values: readonly SeriesInput[]): Series[] {
  const series = new Map<string, { subject: string; unit: string | null; points: { time: string | null; value: number }[] }>()
  for (const r of values) {
    // A change is a measure of its own (增长6.2% is not a level of 6.2), signed by its direction.
    const unit = r.change === null ? r.unit : `${r.unit ?? ''} change`.trim()
    const key = JSON.stringify([r.subject, unit])
    const s = series.get(key) ?? { subject: r.subject, unit, points: [] }
    s.points.push({ time: r.time, value: r.change === 'down' ? -r.value : r.value })
    series.set(key, s)
  }
  return [...series.values()]
}

/** Code-point order, the same on every machine (localeCompare is not). */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
