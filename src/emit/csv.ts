/**
 * `--format csv`: one row an article, RFC 4180 (CRLF records, quotes doubled),
 * a fixed header, list fields joined with `;` (LIST_JOINER), nulls as empty cells.
 */
import { stringify } from 'csv-stringify/sync'
import { pick } from '../columns.js'
import { ARTICLE_DATELINE, ARTICLE_HEADING, ArticleColumns, type Issue } from '../schema.js'
import { articleRecords } from './jsonl.js'
import type { Emitter } from './types.js'

/**
 * The CSV columns, in order: a choice from the article vocabulary (schema.ts),
 * so each is named as in every other output (`article_id`, `column_label`,
 * `dateline_raw`, as in the articles table).
 */
export const PARSE_CSV = pick(ArticleColumns, [
  'issue_id',
  'source',
  'date',
  'article_id',
  ...ARTICLE_HEADING,
  'byline_names',
  'byline_roles',
  'byline_labels',
  ...ARTICLE_DATELINE,
  'section_titles',
  'paragraph_count',
  'text',
  'line_start',
  'line_end',
  'decks',
  'notes',
])

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
    start: () => (excel ? EXCEL_BOM : '') + csvRows([PARSE_CSV.names], false),
    render: (issue) =>
      csvRows(
        articleRecords(issue).map((record) => PARSE_CSV.columns.map((c) => c.get(record) ?? '')),
        excel,
      ),
    place: (text) => text,
    end: () => '',
  }
}
