/** What identifies a tracked measure, and where a report stands in time. */
import type { TrackRow } from '../schema.js'

/** What makes two reports reports of the same measure: subject, scope, qualifier, unit, and whether (and against what) it is a change. */
export function measureKey(r: TrackRow): string {
  return JSON.stringify([r.subject, r.scope, r.qualifier, r.unit, r.change === null ? null : 'change', r.basis])
}

/** The day a row stands for on the time axis: its period's end, else start, else the issue date. */
export function timeOf(row: Pick<TrackRow, 'periodEnd' | 'periodStart' | 'date'>): string | null {
  return row.periodEnd ?? row.periodStart ?? row.date
}
