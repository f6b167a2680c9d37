/**
 * Emitters for `stats`: figures (or dates) as JSON, JSON Lines, CSV or a table.
 * JSON streams the figures and keeps the (few) dates and checks for the end.
 */
import type { ChalkInstance } from 'chalk'
import { allBut } from '../columns.js'
import { DateColumns, FigureColumns, SCHEMA_VERSION, type Figure } from '../schema.js'
import type { IssueStats } from '../stats/index.js'
import { escapeForTerminal } from '../io/terminal.js'
import { csvRows, EXCEL_BOM } from './csv.js'
import { clipLines, DEFAULT_WIDTH, fittedTable, wrapText, type ColumnFit } from './layout.js'
import type { EmitOptions, Emitter } from './types.js'
import { append } from '../util/arrays.js'

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

/** `stats -f csv`: every figure column, in the schema's order (see FigureColumns in schema.ts). */
export const FIGURE_CSV = allBut(FigureColumns, {})

/** `stats --dates -f csv`: every date column, in the schema's order. */
export const DATE_CSV = allBut(DateColumns, {})

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
      append(dates, rendered.dates)
      append(checks, rendered.checks)
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
  return {
    start: () => (excel ? EXCEL_BOM : '') + csvRows([(records === 'dates' ? DATE_CSV : FIGURE_CSV).names], false),
    render({ stats }) {
      const cells =
        records === 'dates'
          ? stats.dates.map((d) => DATE_CSV.columns.map((c) => c.get(d) ?? ''))
          : stats.figures.map((f) => FIGURE_CSV.columns.map((c) => c.get(f) ?? ''))
      return csvRows(cells, excel)
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

const FIGURE_HEAD = ['', 'line', 'subject', 'figures', 'period']

/** The figures give way last; the period first, then the subject. */
const FIGURE_FITS: readonly ColumnFit[] = [
  { min: 1, give: 0 },
  { min: 4, give: 0 },
  { min: 6, give: 2 },
  { min: 12, give: 1 },
  { min: 4, give: 3 },
]

/**
 * The figures of an issue by article and by what they count, so a reader sees
 * the facts together: `书记项目  474 · 已完成 280 (59.1%)`.
 */
function figureTable(source: string, stats: IssueStats, colors: ChalkInstance, width: number): string {
  const byId = new Map(stats.figures.map((f) => [f.id, f]))
  const articles = new Map<string, Figure[]>()
  for (const f of stats.figures) articles.set(f.articleId, [...(articles.get(f.articleId) ?? []), f])
  const rows: string[][] = []
  const titles = new Set<number>()
  for (const figures of articles.values()) {
    titles.add(rows.length)
    rows.push(['', '', figures[0]!.headline ?? figures[0]!.articleId, '', ''])
    const groups = new Map<string, Figure[]>()
    for (const f of figures) {
      const key = f.subject === null ? `\u0000${f.id}` : `${f.qualifier ?? ''}\u0000${f.subject}`
      groups.set(key, [...(groups.get(key) ?? []), f])
    }
    for (const group of groups.values()) {
      const first = group[0]!
      const periods = [...new Set(group.map((f) => f.period?.raw).filter((p): p is string => p !== undefined))]
      rows.push([
        group.some((f) => f.isHeadline) ? '★' : '',
        `${first.line}:${first.column}`,
        first.subject === null ? '—' : `${first.subject}${first.qualifier ? ` (${first.qualifier})` : ''}`,
        // The threshold a group is restricted by (千平方米以上) is already its qualifier.
        (group.length > 1 ? group.filter((f) => f.text !== f.qualifier) : group).map((f) => describeFigure(f, byId)).join(' · '),
        periods.join(', '),
      ])
    }
  }
  const table = fittedTable(FIGURE_HEAD, FIGURE_FITS, rows, colors, width, {
    paint: (cells, row) => (titles.has(row) ? cells.map((c) => (c ? colors.bold(c) : c)) : [cells[0] ? colors.yellow(cells[0]) : '', ...cells.slice(1)]),
  })
  // A check's message is a sentence: wrapped, not cut.
  const held = stats.checks
    .flatMap((c) => wrapText(`${c.holds ? '✓' : '✗'} ${escapeForTerminal(c.message)}`, width).map((line, i) => (i === 0 ? paintMark(line, c.holds, colors) : line)))
    .join('\n')
  const title = clipLines(`${colors.bold(escapeForTerminal(source))}  ${stats.figures.length} figures, ${stats.dates.length} dates`, width)
  return `${title}\n${table}\n${held ? `${held}\n` : ''}`
}

/** One figure in its group: 474, 已完成 280 (59.1%), 同比增长 6.2%, 21.6% (22/102 ✓). */
function describeFigure(f: Figure, byId: ReadonlyMap<string, Figure>): string {
  // 474个 → 474: a count of things needs no classifier beside its subject.
  const amount = f.kind === 'count' && f.approx === 'exact' && f.unit === 'item' && /^\d+\D$/u.test(f.text) ? f.text.slice(0, -1) : f.text
  const part = f.relations.find((r) => r.relation === 'part-of')
  const share = f.relations.find((r) => r.relation === 'share-of')
  const words = part || f.change ? `${f.predicate ?? (f.change === 'down' ? '↓' : '↑')} ` : ''
  const basis = f.basis ? ` ${f.basis}` : ''
  const total = share ? byId.get(share.to) : undefined
  const note = part ? ` (${part.computed}%)` : share ? ` (${share.computed?.toFixed(1)}%${total ? ` of ${total.text}` : ''} ${share.holds ? '✓' : '✗'})` : ''
  return `${f.isHeadline ? '★' : ''}${words}${amount}${basis}${note}`
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

export const statsEmitters = {
  json: statsJson,
  jsonl: statsJsonl,
  csv: statsCsv,
  table: statsTable,
} as const satisfies Record<string, (options: EmitOptions & { records: StatsRecords }) => StatsEmitter>
