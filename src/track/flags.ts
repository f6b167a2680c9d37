/**
 * Reports of one measure that disagree: a conflict (same period, values that
 * do not agree) or a drop (a level below an earlier running total). Pure.
 */
import type { TrackFlag, TrackRow } from '../schema.js'
import { measureKey, timeOf } from './measure.js'


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
