/**
 * `--format csv`: one row an article, RFC 4180 (CRLF records, quotes doubled),
 * a fixed header, list fields joined with `;`, nulls as empty cells.
 */
import { stringify } from 'csv-stringify/sync'
import type { Article, Issue } from '../schema.js'
import type { Emitter } from './types.js'

type Cell = string | number | null

/** The CSV columns, in order, and how each is taken from an article. */
export const CSV_COLUMNS: readonly (readonly [string, (article: Article, issue: Issue) => Cell])[] = [
  ['issue_id', (_, issue) => issue.id],
  ['source', (_, issue) => issue.source],
  ['date', (_, issue) => issue.date],
  ['id', (a) => a.id],
  ['ordinal', (a) => a.ordinal],
  ['kind', (a) => a.kind],
  ['page', (a) => a.page],
  ['page_name', (a) => a.pageName],
  ['column', (a) => a.column],
  ['headline', (a) => a.headline],
  ['subtitle', (a) => a.subtitle],
  ['kicker', (a) => a.kicker],
  ['byline_names', (a) => a.bylines.map((b) => b.name).join(';')],
  ['byline_roles', (a) => a.bylines.map((b) => b.role).join(';')],
  ['byline_labels', (a) => a.bylines.map((b) => b.label ?? '').join(';')],
  ['dateline', (a) => a.dateline?.raw ?? null],
  ['dateline_source', (a) => a.dateline?.source ?? null],
  ['dateline_place', (a) => a.dateline?.place ?? null],
  ['dateline_date', (a) => a.dateline?.date ?? null],
  ['section_titles', (a) => a.sections.flatMap((s) => (s.title === null ? [] : [s.title])).join(';')],
  ['paragraph_count', (a) => a.sections.reduce((n, s) => n + s.paragraphs.length, 0)],
  ['text', (a) => a.text],
  ['line_start', (a) => a.lines.start],
  ['line_end', (a) => a.lines.end],
  ['decks', (a) => a.decks.join(';')],
  ['notes', (a) => a.notes.join(';')],
]

/**
 * RFC 4180: CRLF between records, fields quoted when they hold a comma, a
 * quote or a line break, a lone LF or CR included (csv-stringify by itself
 * quotes only the record delimiter, and readers such as DuckDB break records at LF).
 */
export const CSV_OPTIONS = {
  record_delimiter: 'windows',
  quoted_match: /[\r\n]/,
  cast: { number: (n: number) => String(n), boolean: (b: boolean) => String(b) },
} as const

/** What `--excel` starts a CSV file with: a UTF-8 BOM, so spreadsheets read Chinese text right. */
export const EXCEL_BOM = '\ufeff'

/**
 * Make a cell safe to open in a spreadsheet: a cell starting with =, +, -, @,
 * tab or CR would run as a formula, so it gets a leading apostrophe (OWASP
 * "CSV injection").
 */
export function neutralizeFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell
}

/** Format rows as CSV, for spreadsheets with `excel`. */
export function csvRows(rows: readonly (readonly unknown[])[], excel: boolean): string {
  if (rows.length === 0) return ''
  const cells = excel ? rows.map((row) => row.map((cell) => (typeof cell === 'string' ? neutralizeFormula(cell) : cell))) : rows
  return stringify(cells as unknown[][], CSV_OPTIONS)
}

/** Create the CSV emitter. */
export function csvEmitter({ excel = false }: { excel?: boolean } = {}): Emitter<Issue, string> {
  return {
    start: () => (excel ? EXCEL_BOM : '') + csvRows([CSV_COLUMNS.map(([name]) => name)], false),
    render: (issue) =>
      csvRows(
        issue.articles.map((article) => CSV_COLUMNS.map(([, get]) => get(article, issue) ?? '')),
        excel,
      ),
    place: (text) => text,
    end: () => '',
  }
}
