/**
 * `people` output in each format: JSON, JSON Lines (a person a line), CSV
 * (lists joined with `;`), and a table. Pure.
 */
import type { ChalkInstance } from 'chalk'
import Table from 'cli-table3'
import { LIST_JOINER } from '../columns.js'
import { csvRows, EXCEL_BOM } from '../emit/csv.js'
import type { FormatName } from '../emit/index.js'
import { escapeForTerminal as t } from '../io/terminal.js'
import { PeopleOutput, SCHEMA_VERSION, type Person } from '../schema.js'

type Cell = string | number | null

const COLUMNS: readonly (readonly [string, (p: Person) => Cell])[] = [
  ['person_id', (p) => p.personId],
  ['name', (p) => p.name],
  ['roles', (p) => p.roles.join(LIST_JOINER)],
  ['article_count', (p) => p.articleCount],
  ['first_issue_id', (p) => p.firstIssue.issueId],
  ['first_date', (p) => p.firstIssue.date],
  ['last_issue_id', (p) => p.lastIssue.issueId],
  ['last_date', (p) => p.lastIssue.date],
  ['pages', (p) => p.pages.join(LIST_JOINER)],
  ['columns', (p) => p.columns.join(LIST_JOINER)],
  ['co_authors', (p) => p.coAuthors.map((c) => c.name).join(LIST_JOINER)],
]

/**
 * Render the byline index.
 *
 * @param people checked against the schema before anything is printed
 */
export function renderPeople(people: readonly Person[], format: FormatName, options: { colors: ChalkInstance; excel: boolean }): string {
  const checked = PeopleOutput.parse({ schemaVersion: SCHEMA_VERSION, people })
  switch (format) {
    case 'json':
      return `${JSON.stringify(checked, null, 2)}\n`
    case 'jsonl':
      return checked.people.map((p) => `${JSON.stringify(p)}\n`).join('')
    case 'csv':
      return (
        (options.excel ? EXCEL_BOM : '') +
        csvRows([COLUMNS.map(([name]) => name)], false) +
        csvRows(
          checked.people.map((p) => COLUMNS.map(([, get]) => get(p))),
          options.excel,
        )
      )
    case 'table': {
      const table = new Table({
        head: ['name', 'roles', 'articles', 'first', 'last', 'pages', 'columns', 'co-authors'],
        style: { head: options.colors.level > 0 ? ['cyan'] : [], border: options.colors.level > 0 ? ['grey'] : [], compact: true },
        colAligns: ['left', 'left', 'right', 'left', 'left', 'left', 'left', 'left'],
      })
      for (const p of checked.people) {
        table.push([
          t(p.name),
          p.roles.join(' '),
          String(p.articleCount),
          t(p.firstIssue.date ?? p.firstIssue.issueId),
          t(p.lastIssue.date ?? p.lastIssue.issueId),
          t(shorten(p.pages, 6)),
          t(shorten(p.columns, 2)),
          t(shorten(p.coAuthors.map((c) => c.name), 3)),
        ])
      }
      return `${checked.people.length} people\n${checked.people.length ? `${table.toString()}\n` : ''}`
    }
  }
}

/** The first few items, and how many more. */
function shorten(items: readonly string[], max: number): string {
  return items.length <= max ? items.join(' ') : `${items.slice(0, max).join(' ')} +${items.length - max}`
}
