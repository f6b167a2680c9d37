/**
 * `people` output in each format: JSON, JSON Lines (a person a line), CSV
 * (lists joined with `;`), and a table. Pure.
 */
import type { ChalkInstance } from 'chalk'
import Table from 'cli-table3'
import { allBut } from '../columns.js'
import { csvRows, EXCEL_BOM } from '../emit/csv.js'
import type { FormatName } from '../emit/index.js'
import { escapeForTerminal as t } from '../io/terminal.js'
import { PeopleOutput, PersonColumns, SCHEMA_VERSION, type Person } from '../schema.js'

/** `people -f csv`: every column of a person, in the schema's order. */
export const PEOPLE_CSV = allBut(PersonColumns, {})

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
        csvRows([PEOPLE_CSV.names], false) +
        csvRows(
          checked.people.map((p) => PEOPLE_CSV.columns.map((c) => c.get(p))),
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
