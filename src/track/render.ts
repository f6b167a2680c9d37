/**
 * `track` output in each format: JSON (everything), JSON Lines and CSV (one
 * row a line), and a table for people that ends with the flags and a
 * sparkline per subject and unit (its text escaped for the terminal). Pure.
 */
import type { ChalkInstance } from 'chalk'
import Table from 'cli-table3'
import { allBut } from '../columns.js'
import { csvRows, EXCEL_BOM } from '../emit/csv.js'
import type { FormatName } from '../emit/index.js'
import { escapeForTerminal as t } from '../io/terminal.js'
import { formatNumber } from '../report/svg.js'
import { TrackColumns, TrackOutput, TrackPeriodColumns, type TrackPeriodRow, type TrackRow } from '../schema.js'

/** `track -f csv`: every column of a tracked figure, in the schema's order. */
export const TRACK_CSV = allBut(TrackColumns, {})

/** `track --by … -f csv`: every column of a period's value. */
export const TRACK_PERIOD_CSV = allBut(TrackPeriodColumns, {})

/**
 * Render what `track` found.
 *
 * @param output checked against its schema before anything is printed
 */
export function renderTrack(output: TrackOutput, format: FormatName, options: { colors: ChalkInstance; excel: boolean }): string {
  const checked = TrackOutput.parse(output)
  const periods = checked.by !== null
  switch (format) {
    case 'json':
      return `${JSON.stringify(checked, null, 2)}\n`
    case 'jsonl':
      return checked.rows.map((r) => `${JSON.stringify(r)}\n`).join('')
    case 'csv': {
      const cells = periods
        ? (checked.rows as TrackPeriodRow[]).map((r) => TRACK_PERIOD_CSV.columns.map((c) => c.get(r)))
        : (checked.rows as TrackRow[]).map((r) => TRACK_CSV.columns.map((c) => c.get(r)))
      return (options.excel ? EXCEL_BOM : '') + csvRows([(periods ? TRACK_PERIOD_CSV : TRACK_CSV).names], false) + csvRows(cells, options.excel)
    }
    case 'table':
      return periods ? periodTable(checked, options.colors) : rowTable(checked, options.colors)
  }
}

function rowTable(output: TrackOutput, colors: ChalkInstance): string {
  const rows = output.rows as TrackRow[]
  const table = new Table({
    head: ['time', 'subject', 'value', 'unit', 'change', 'basis', 'period', 'article', 'where', 'flags'],
    style: style(colors),
  })
  for (const r of rows) {
    table.push([
      r.periodEnd ?? r.periodStart ?? r.date ?? '',
      t(r.printed),
      t(r.text),
      t(r.unit ?? ''),
      r.change ?? '',
      r.basis ?? '',
      t(r.period ?? ''),
      t(truncate(r.headline ?? '', 16)),
      t(`${r.source}:${r.line}`),
      r.flags.length ? colors.red(r.flags.join(' ')) : '',
    ])
  }
  return `${[heading(output, rows.length), rows.length ? table.toString() : '', ...flagLines(output, colors), ...sparklines(output)].filter(Boolean).join('\n')}\n`
}

function periodTable(output: TrackOutput, colors: ChalkInstance): string {
  const rows = output.rows as TrackPeriodRow[]
  const table = new Table({
    head: [output.by!, 'subject', 'value', 'unit', 'change', 'basis', 'reports', 'last reported'],
    style: style(colors),
    colAligns: ['left', 'left', 'right', 'left', 'left', 'left', 'right', 'left'],
  })
  for (const r of rows) {
    table.push([r.period, t(r.subject), t(r.text), t(r.unit ?? ''), r.change ?? '', r.basis ?? '', String(r.reports), t(`${r.source}:${r.line}`)])
  }
  return `${[heading(output, rows.length), rows.length ? table.toString() : '', ...flagLines(output, colors), ...sparklines(output)].filter(Boolean).join('\n')}\n`
}

function heading(output: TrackOutput, count: number): string {
  const what = output.by ? `${count} ${output.by}s` : `${count} figures`
  return `${t(output.subjects.join(', '))}${output.exact ? ' (exact)' : ''}: ${what}`
}

function flagLines(output: TrackOutput, colors: ChalkInstance): string[] {
  return output.flags.map((f) => `${colors.red(f.kind)}: ${t(f.message)}`)
}

function sparklines(output: TrackOutput): string[] {
  return output.series.map((s) => {
    const first = s.values[0]
    const last = s.values.at(-1)
    const span = first && last ? `  ${formatNumber(first.value)} (${first.time ?? 'undated'}) … ${formatNumber(last.value)} (${last.time ?? 'undated'})` : ''
    return `${t(s.subject)} [${t(s.unit ?? 'no unit')}] ${s.sparkline}${span}`
  })
}

function style(colors: ChalkInstance): { head: string[]; border: string[]; compact: boolean } {
  return { head: colors.level > 0 ? ['cyan'] : [], border: colors.level > 0 ? ['grey'] : [], compact: true }
}

function truncate(text: string, max: number): string {
  const chars = [...text]
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`
}
