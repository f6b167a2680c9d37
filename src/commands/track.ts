/**
 * `baicheng-news track <subject...> [paths...]`: every figure reported for
 * the subjects, in the order of the time it covers, the reports that
 * disagree flagged, and with `--by` the last value of each period.
 */
import { existsSync } from 'node:fs'
import { FORMATS, type FormatName } from '../emit/index.js'
import { UsageError } from '../errors.js'
import { colorsFor, write } from '../io/terminal.js'
import type { MainParams } from '../main.js'
import { SCHEMA_VERSION } from '../schema.js'
import { renderTrack } from '../track/render.js'
import { subjectMatcher } from '../track/subjects.js'
import { aggregate, BUCKETS, flagRows, seriesOf, timeOf, trackRows, type Bucket } from '../track/track.js'
import { sparkline } from '../report/sparkline.js'
import { readArchive } from './archive.js'
import { exitCode, type IssueOptions } from './issues.js'

/** The options `track` takes, as commander hands them over. */
export interface TrackOptions extends IssueOptions {
  format?: FormatName
  excel?: boolean
  exact?: boolean
  by?: string
}

/**
 * Split `track`'s arguments: the first is a subject; of the rest, every one
 * that names an existing file or folder (or is `-`) is a path, the others
 * are subjects.
 */
export function splitArguments(args: readonly string[], exists: (path: string) => boolean = existsSync): { subjects: string[]; paths: string[] } {
  const [first, ...rest] = args
  const subjects = first === undefined ? [] : [first]
  const paths: string[] = []
  for (const arg of rest) (arg === '-' || exists(arg) ? paths : subjects).push(arg)
  return { subjects, paths }
}

/**
 * Run `track`.
 *
 * @returns the exit code
 */
export async function runTrack(args: readonly string[], options: TrackOptions, io: MainParams): Promise<number> {
  const { subjects, paths } = splitArguments(args)
  if (subjects.length === 0) throw new UsageError('Missing subject, expected what to track, e.g. track 地区生产总值 archive/')
  const by = options.by === undefined ? null : (options.by as Bucket)
  if (by !== null && !BUCKETS.includes(by)) throw new UsageError(`Unexpected --by ${JSON.stringify(options.by)}, expected one of: ${BUCKETS.join(', ')}`)
  const format = options.format ?? (io.stdout.isTTY ? 'table' : 'json')
  if (!FORMATS.includes(format)) throw new UsageError(`Unexpected --format ${JSON.stringify(format)}, expected one of: ${FORMATS.join(', ')}`)
  const archive = await readArchive('track', paths, options, io)
  if (archive.tally === null) return exitCode(null, options.strict)
  const rows = trackRows(archive.digests, subjectMatcher(subjects, options.exact === true))
  const flags = flagRows(rows)
  const periods = by === null ? null : aggregate(rows, by)
  const series = seriesOf(periods ? periods.map((p) => ({ ...p, time: p.period })) : rows.map((r) => ({ ...r, time: timeOf(r) }))).map((s) => ({
    subject: s.subject,
    unit: s.unit,
    sparkline: sparkline(s.points.map((p) => p.value)),
    values: [...s.points],
  }))
  const colors = colorsFor(io.stdout, io.env, options.color !== false)
  const text = renderTrack(
    { schemaVersion: SCHEMA_VERSION, subjects, exact: options.exact === true, by, rows: periods ?? rows, flags, series },
    format,
    { colors, excel: options.excel === true },
  )
  await write(io.stdout, text)
  return exitCode(archive.tally, options.strict)
}
