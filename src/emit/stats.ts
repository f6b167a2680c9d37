/**
 * Emitters for `stats`: figures (or dates) as JSON, JSON Lines, CSV or a table.
 * JSON streams the figures and keeps the (few) dates and checks for the end.
 */
import type { ChalkInstance } from 'chalk'
import { SCHEMA_VERSION, type Check, type DateRecord, type Figure } from '../schema.js'
import type { IssueStats } from '../stats/index.js'
import { escapeForTerminal } from '../io/terminal.js'
import { csvRows, EXCEL_BOM } from './csv.js'
import { clipLines, DEFAULT_WIDTH, fittedTable, wrapText, type ColumnFit } from './layout.js'
import type { EmitOptions, Emitter } from './types.js'

/** An issue's stats with the source they were read from. */
export interface StatsItem {
  readonly source: string
  readonly stats: IssueStats
}

/** JSON keeps dates and checks for the end of the stream; the line formats are text at once. */
export type StatsRendered = string | { readonly figures: string[]; readonly dates: string[]; readonly checks: string[] }

/** Turns each issue's stats into text as it comes. */
export type StatsEmitter = Emitter<StatsItem, StatsRendered>

/** What the line formats list: figures, or with `--dates` the dates. */
export type StatsRecords = 'figures' | 'dates'


type Cell = string | number | boolean | null

/** CSV columns of a figure, in order. */
export const FIGURE_COLUMNS: readonly (readonly [string, (f: Figure) => Cell])[] = [
  ['id', (f) => f.id],
  ['issue_id', (f) => f.issueId],
  ['article_id', (f) => f.articleId],
  ['headline', (f) => f.headline],
  ['line', (f) => f.line],
  ['column', (f) => f.column],
  ['text', (f) => f.text],
  ['value', (f) => f.value],
  ['low', (f) => f.low],
  ['high', (f) => f.high],
  ['unit', (f) => f.unit],
  ['kind', (f) => f.kind],
  ['approx', (f) => f.approx],
  ['subject', (f) => f.subject],
  ['predicate', (f) => f.predicate],
  ['sentence', (f) => f.sentence],
  ['is_headline', (f) => f.isHeadline],
]

/** CSV columns of a date, in order. */
export const DATE_COLUMNS: readonly (readonly [string, (d: DateRecord) => Cell])[] = [
  ['id', (d) => d.id],
  ['issue_id', (d) => d.issueId],
  ['article_id', (d) => d.articleId],
  ['line', (d) => d.line],
  ['column', (d) => d.column],
  ['text', (d) => d.text],
  ['iso', (d) => d.iso],
  ['precision', (d) => d.precision],
  ['vague', (d) => d.vague],
  ['start', (d) => d.start],
  ['end', (d) => d.end],
]

function statsJson(): StatsEmitter {
  let count = 0
  const dates: string[] = []
  const checks: string[] = []
  const indent = (item: unknown): string => `    ${JSON.stringify(item, null, 2).replace(/\n/g, '\n    ')}`
  const array = (name: string, items: readonly string[], last: boolean): string =>
    `  "${name}": ${items.length === 0 ? '[]' : `[\n${items.join(',\n')}\n  ]`}${last ? '' : ','}\n`
  return {
    start: () => `{\n  "schemaVersion": ${SCHEMA_VERSION},\n  "figures": [`,
    render: ({ stats }) => ({ figures: stats.figures.map(indent), dates: stats.dates.map(indent), checks: stats.checks.map(indent) }),
    place(rendered) {
      if (typeof rendered === 'string') return rendered
      dates.push(...rendered.dates)
      checks.push(...rendered.checks)
      return rendered.figures.map((f) => `${count++ === 0 ? '\n' : ',\n'}${f}`).join('')
    },
    end: () => `${count === 0 ? ']' : '\n  ]'},\n${array('dates', dates, false)}${array('checks', checks, true)}}\n`,
  }
}

function statsJsonl({ records }: { records: StatsRecords }): StatsEmitter {
  return {
    start: () => '',
    render: ({ stats }) => (records === 'dates' ? stats.dates : stats.figures).map((r) => `${JSON.stringify(r)}\n`).join(''),
    place: (text) => text as string,
    end: () => '',
  }
}

function statsCsv({ records, excel = false }: { records: StatsRecords; excel?: boolean }): StatsEmitter {
  const columns = (records === 'dates' ? DATE_COLUMNS : FIGURE_COLUMNS) as readonly (readonly [string, (r: never) => Cell])[]
  return {
    start: () => (excel ? EXCEL_BOM : '') + csvRows([columns.map(([name]) => name)], false),
    render({ stats }) {
      const rows = (records === 'dates' ? stats.dates : stats.figures) as never[]
      return csvRows(
        rows.map((r) => columns.map(([, get]) => get(r) ?? '')),
        excel,
      )
    },
    place: (text) => text as string,
    end: () => '',
  }
}

function statsTable({ colors, records, width = DEFAULT_WIDTH }: EmitOptions & { records: StatsRecords }): StatsEmitter {
  return {
    start: () => '',
    render: ({ source, stats }) =>
      records === 'dates' ? dateTable(source, stats, colors, width) : figureTable(source, stats, colors, width),
    place: (text) => text as string,
    end: () => '',
  }
}

const FIGURE_HEAD = ['', 'line', 'figure', 'value', 'unit', 'approx', 'subject', 'predicate']

/** The predicate gives way first, then the subject, the figure's text and the unit. */
const FIGURE_FITS: readonly ColumnFit[] = [
  { min: 1, give: 0 },
  { min: 4, give: 0 },
  { min: 6, give: 2 },
  { min: 5, give: 0 },
  { min: 2, give: 1 },
  { min: 5, give: 0 },
  { min: 6, give: 3 },
  { min: 4, give: 4 },
]

function figureTable(source: string, stats: IssueStats, colors: ChalkInstance, width: number): string {
  const rows = stats.figures.map((f) => [
    f.isHeadline ? '★' : '',
    `${f.line}:${f.column}`,
    f.text,
    formatValue(f.value),
    f.unit ?? '',
    f.approx === 'exact' ? '' : f.approx,
    f.subject ?? '',
    f.predicate ?? '',
  ])
  const table = fittedTable(FIGURE_HEAD, FIGURE_FITS, rows, colors, width, {
    colAligns: ['left', 'right', 'left', 'right', 'left', 'left', 'left', 'left'],
    paint: (cells) => [cells[0] ? colors.yellow(cells[0]) : '', ...cells.slice(1)],
  })
  // A check's message is a sentence: wrapped, not cut.
  const held = stats.checks
    .flatMap((c) => wrapText(`${c.holds ? '✓' : '✗'} ${escapeForTerminal(c.message)}`, width).map((line, i) => (i === 0 ? paintMark(line, c.holds, colors) : line)))
    .join('\n')
  const title = clipLines(`${colors.bold(escapeForTerminal(source))}  ${stats.figures.length} figures, ${stats.dates.length} dates`, width)
  return `${title}\n${table}\n${held ? `${held}\n` : ''}`
}

function paintMark(line: string, holds: boolean, colors: ChalkInstance): string {
  return (holds ? colors.green('✓') : colors.red('✗')) + line.slice(1)
}

const DATE_HEAD = ['line', 'date', 'iso', 'precision']
const DATE_FITS: readonly ColumnFit[] = [
  { min: 4, give: 0 },
  { min: 6, give: 1 },
  { min: 10, give: 0 },
  { min: 5, give: 0 },
]

function dateTable(source: string, stats: IssueStats, colors: ChalkInstance, width: number): string {
  const rows = stats.dates.map((d) => [`${d.line}:${d.column}`, d.text, d.iso ?? (d.vague ? 'vague' : ''), d.precision ?? ''])
  const table = fittedTable(DATE_HEAD, DATE_FITS, rows, colors, width, {
    paint: (cells, i) => (stats.dates[i]!.iso === null && stats.dates[i]!.vague ? [cells[0]!, cells[1]!, colors.dim(cells[2]!), cells[3]!] : cells),
  })
  return `${clipLines(`${colors.bold(escapeForTerminal(source))}  ${stats.dates.length} dates`, width)}\n${table}\n`
}

function formatValue(value: number): string {
  return Number.isInteger(value) ? value.toLocaleString('en-US') : String(value)
}

export const statsEmitters = {
  json: statsJson,
  jsonl: statsJsonl,
  csv: statsCsv,
  table: statsTable,
} as const satisfies Record<string, (options: EmitOptions & { records: StatsRecords }) => StatsEmitter>
