/**
 * A subject across the archive: every figure reported for it, in the order
 * of the time it covers, with the reports that disagree flagged, and the
 * values of each month, quarter or year. Pure: digests in, rows out.
 */
import type { DigestFigure, IssueDigest } from '../archive/digest.js'
import type { TrackFlag, TrackPeriodRow, TrackRow } from '../schema.js'
import { normaliseSubject } from './subjects.js'

export type { TrackFlag, TrackPeriodRow, TrackRow } from '../schema.js'

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

/** The day a row stands for on the time axis: its period's end, else start, else the issue date. */
export function timeOf(row: Pick<TrackRow, 'periodEnd' | 'periodStart' | 'date'>): string | null {
  return row.periodEnd ?? row.periodStart ?? row.date
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

/** What makes two reports reports of the same measure: subject, scope, qualifier, unit, and whether (and against what) it is a change. */
function measureKey(r: TrackRow): string {
  return JSON.stringify([r.subject, r.scope, r.qualifier, r.unit, r.change === null ? null : 'change', r.basis])
}

/**
 * Whether two reported values say the same: equal within half a percent (a
 * value printed with one digit less), or within what an approximate one allows
 * (约/近 ±10%, 余/超过/以上 at least, 以下/以内 at most).
 */
export function agree(a: Pick<TrackRow, 'value' | 'approx'>, b: Pick<TrackRow, 'value' | 'approx'>): boolean {
  const exactA = a.approx === 'exact'
  const exactB = b.approx === 'exact'
  if (exactA && exactB) return fits(a, b.value)
  // An exact value agrees with an approximate one inside the range the approximation allows.
  if (exactA) return fits(b, a.value)
  if (exactB) return fits(a, b.value)
  return fits(a, b.value) || fits(b, a.value)
}

function fits(r: Pick<TrackRow, 'value' | 'approx'>, other: number): boolean {
  const scale = Math.max(Math.abs(r.value), Math.abs(other), Number.MIN_VALUE)
  const close = Math.abs(r.value - other) / scale
  switch (r.approx) {
    case 'about':
    case 'nearly':
      return close <= 0.1
    case 'over':
    case 'at-least':
      return other >= r.value * 0.995
    case 'at-most':
      return other <= r.value * 1.005
    default:
      return close <= 0.005
  }
}

/**
 * Flag the rows (sorted) that disagree:
 * - `conflict`: same measure and period (both known), values that do not agree;
 * - `drop`: a level lower than an earlier running total (累计, 截至) of the
 *   same measure, unless its period starts later (the count started again).
 *
 * @returns the flags, each naming both reports
 */
export function flagRows(rows: readonly TrackRow[]): TrackFlag[] {
  const flags: TrackFlag[] = []
  const groups = new Map<string, TrackRow[]>()
  for (const r of rows) {
    const key = measureKey(r)
    const group = groups.get(key) ?? []
    group.push(r)
    groups.set(key, group)
  }
  for (const group of groups.values()) {
    for (let i = 0; i < group.length; i++) {
      const a = group[i]!
      for (let j = i + 1; j < group.length; j++) {
        const b = group[j]!
        if (samePeriod(a, b) && !agree(a, b)) {
          flags.push(flag('conflict', a, b, `${b.text} (${where(b)}) and ${a.text} (${where(a)}) report ${b.subject}${a.period ? ` for ${a.period}` : ''} differently`))
        } else if (a.cumulative && a.change === null && isLater(b, a) && b.value < a.value && !agree(a, b) && !restarts(b, a)) {
          flags.push(flag('drop', a, b, `${b.text} (${where(b)}) is lower than the earlier running total ${a.text} (${where(a)}) of ${b.subject}`))
        }
      }
    }
  }
  return flags
}

function flag(kind: TrackFlag['kind'], a: TrackRow, b: TrackRow, message: string): TrackFlag {
  if (!a.flags.includes(kind)) a.flags.push(kind)
  if (!b.flags.includes(kind)) b.flags.push(kind)
  return { kind, figures: [a.figureId, b.figureId], message }
}

function where(r: TrackRow): string {
  return `${r.source}:${r.line}`
}

function samePeriod(a: TrackRow, b: TrackRow): boolean {
  if (a.periodStart === null && a.periodEnd === null) return false
  return a.periodStart === b.periodStart && a.periodEnd === b.periodEnd
}

/** b covers a later time than a, or the same time reported in a later issue. */
function isLater(b: TrackRow, a: TrackRow): boolean {
  const tb = timeOf(b)
  const ta = timeOf(a)
  if (tb === null || ta === null) return false
  if (tb !== ta) return tb > ta
  return b.date !== null && a.date !== null && b.date > a.date
}

function restarts(b: TrackRow, a: TrackRow): boolean {
  return b.periodStart !== null && a.periodStart !== null && b.periodStart > a.periodStart
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
