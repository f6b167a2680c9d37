/**
 * An issue as warehouse rows: one list of rows per table, keys derived from
 * the issue id and positions (so a re-run gives the same keys), foreign keys
 * to the parent rows, columns in the schema's order.
 */
import { publishIssue, type PlacedIssue } from '../pipeline/records.js'
import { ArticleTable, BylineTable, DateTable, FigureRelationTable, FigureTable, issueRow, SectionTable, WarningTable, Role, TABLES, type TableName, type TableRow } from '../schema.js'
import { LIST_JOINER, type Cell } from '../columns.js'
import { normaliseName, personId } from '../people/people.js'
import type { IssueStats } from '../stats/index.js'

/** The rows of each table, typed by its schema. */
export type TableRows = { [T in TableName]: TableRow<T>[] }

/**
 * The rows of one issue. The articles, figures and dates tables are views of
 * their records (schema.ts), so their rows are made by the view; the tables
 * of an article's parts are made here, with keys from their positions.
 *
 * @param issue the issue with its paragraphs' lines
 */
export function issueRows(issue: PlacedIssue, stats: IssueStats): TableRows {
  const rows: TableRows = { issues: [], articles: [], people: [], bylines: [], sections: [], paragraphs: [], figures: [], figure_relations: [], dates: [], warnings: [] }
  const published = publishIssue(issue)
  rows.issues.push(issueRow(published, { figures: stats.figures.length, warnings: issue.warnings.length + stats.warnings.length }))
  issue.articles.forEach((a, i) => {
    rows.articles.push(ArticleTable.row({ issueId: issue.id, source: issue.source, date: issue.date, ...published.articles[i]! }))
    a.bylines.forEach((b, n) => {
      rows.bylines.push(
        BylineTable.row({ ...b, id: `${a.id}-b${n + 1}`, articleId: a.id, issueId: issue.id, position: n + 1, personId: personId(normaliseName(b.name)) }),
      )
    })
    a.sections.forEach((s, n) => {
      const sectionId = `${a.id}-s${n + 1}`
      rows.sections.push(SectionTable.row({ ...published.articles[i]!.sections[n]!, id: sectionId, articleId: a.id, issueId: issue.id, position: n + 1 }))
      s.paragraphs.forEach(({ text, line }, k) => {
        rows.paragraphs.push({
          paragraph_id: `${sectionId}-p${k + 1}`,
          section_id: sectionId,
          article_id: a.id,
          issue_id: issue.id,
          position: k + 1,
          line,
          text,
        })
      })
    })
  })
  for (const f of stats.figures) {
    rows.figures.push(FigureTable.row(f))
    f.relations.forEach((r, n) => {
      rows.figure_relations.push(FigureRelationTable.row({ ...r, id: `${f.id}-r${n + 1}`, fromFigureId: f.id, articleId: f.articleId, issueId: issue.id }))
    })
  }
  for (const d of stats.dates) rows.dates.push(DateTable.row(d))
  ;[...issue.warnings, ...stats.warnings].forEach((w, n) => {
    rows.warnings.push(WarningTable.row({ ...w, id: `${issue.id}-w${n + 1}`, issueId: issue.id }))
  })
  return rows
}

/** What the people table reads of a bylines row, as a staged CSV or JSON Lines file gives it back. */
export type BylineCells = Readonly<Record<'person_id' | 'name' | 'role' | 'article_id', unknown>>

/**
 * The people table from the bylines rows of the whole export: one row per
 * person id, the name normalised, roles in the order of the Role list, and
 * the articles credited. Made from the final bylines, so an incremental
 * export gives the same people as a full one.
 */
export function peopleRows(bylines: Iterable<BylineCells>): TableRow<'people'>[] {
  const people = new Map<string, { name: string; roles: Set<string>; articles: Set<string> }>()
  for (const b of bylines) {
    const id = String(b.person_id)
    const person = people.get(id) ?? { name: normaliseName(String(b.name)), roles: new Set<string>(), articles: new Set<string>() }
    person.roles.add(String(b.role))
    person.articles.add(String(b.article_id))
    people.set(id, person)
  }
  const order = Role.options as readonly string[]
  return [...people]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([id, p]) => ({
      person_id: id,
      name: p.name,
      roles: [...p.roles].sort((x, y) => order.indexOf(x) - order.indexOf(y)).join(LIST_JOINER),
      article_count: p.articles.size,
    }))
}

/** Column names of a table, in order. */
export function columnsOf(table: TableName): string[] {
  return Object.keys(TABLES[table].schema.shape)
}

/** A row's cells in its table's column order, as a CSV file holds them. */
export function cellsOf(table: TableName, row: object): Cell[] {
  return columnsOf(table).map((c) => (row as Record<string, Cell>)[c] ?? null)
}

/** Check every row against its table's schema (the output contract). */
export function validateRows(rows: TableRows): void {
  for (const [table, list] of Object.entries(rows) as [TableName, unknown[]][]) {
    for (const row of list) TABLES[table].schema.parse(row)
  }
}
