/**
 * An issue as warehouse rows: one list of rows per table, keys derived from
 * the issue id and positions (so a re-run gives the same keys), foreign keys
 * to the parent rows, columns in the schema's order.
 */
import type { PlacedIssue } from '../pipeline/records.js'
import { Role, TABLES, type TableName } from '../schema.js'
import { normaliseName, personId } from '../people/people.js'
import type { IssueStats } from '../stats/index.js'

export type Row = Record<string, string | number | boolean | null>
export type TableRows = Record<TableName, Row[]>

/**
 * The rows of one issue.
 *
 * @param issue the issue with its paragraphs' lines
 */
export function issueRows(issue: PlacedIssue, stats: IssueStats): TableRows {
  const year = issue.date ? Number(issue.date.slice(0, 4)) : null
  const rows: TableRows = { issues: [], articles: [], people: [], bylines: [], sections: [], paragraphs: [], figures: [], figure_relations: [], dates: [], warnings: [] }
  rows.issues.push({
    issue_id: issue.id,
    source: issue.source,
    date: issue.date,
    year,
    sha256: issue.sha256,
    encoding: issue.encoding,
    page: issue.page,
    position: issue.position,
    article_count: issue.articles.length,
    figure_count: stats.figures.length,
    warning_count: issue.warnings.length + stats.warnings.length,
  })
  issue.articles.forEach((a) => {
    const paragraphs = a.sections.reduce((n, s) => n + s.paragraphs.length, 0)
    rows.articles.push({
      article_id: a.id,
      issue_id: issue.id,
      ordinal: a.ordinal,
      kind: a.kind,
      page: a.page,
      page_name: a.pageName,
      column_label: a.column,
      headline: a.headline,
      subtitle: a.subtitle,
      kicker: a.kicker,
      decks: a.decks.length ? a.decks.join('\n') : null,
      dateline_raw: a.dateline?.raw ?? null,
      dateline_source: a.dateline?.source ?? null,
      dateline_place: a.dateline?.place ?? null,
      dateline_date: a.dateline?.date ?? null,
      notes: a.notes.length ? a.notes.join('\n') : null,
      paragraph_count: paragraphs,
      char_count: [...a.text].length,
      text: a.text === '' ? null : a.text,
      line_start: a.lines.start,
      line_end: a.lines.end,
    })
    a.bylines.forEach((b, n) => {
      rows.bylines.push({
        byline_id: `${a.id}-b${n + 1}`,
        article_id: a.id,
        issue_id: issue.id,
        position: n + 1,
        name: b.name,
        role: b.role,
        label: b.label,
        person_id: personId(normaliseName(b.name)),
      })
    })
    a.sections.forEach((s, n) => {
      const sectionId = `${a.id}-s${n + 1}`
      rows.sections.push({ section_id: sectionId, article_id: a.id, issue_id: issue.id, position: n + 1, title: s.title })
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
    rows.figures.push({
      figure_id: f.id,
      article_id: f.articleId,
      issue_id: issue.id,
      line: f.line,
      column_number: f.column,
      text: f.text,
      value: f.value,
      low: f.low,
      high: f.high,
      unit: f.unit,
      kind: f.kind,
      approx: f.approx,
      subject: f.subject,
      predicate: f.predicate,
      sentence: f.sentence,
      is_headline: f.isHeadline,
      change: f.change,
      basis: f.basis,
      period_raw: f.period?.raw ?? null,
      period_start: f.period?.start ?? null,
      period_end: f.period?.end ?? null,
      qualifier: f.qualifier,
    })
    f.relations.forEach((r, n) => {
      rows.figure_relations.push({
        relation_id: `${f.id}-r${n + 1}`,
        from_figure_id: f.id,
        to_figure_id: r.to,
        article_id: f.articleId,
        issue_id: issue.id,
        relation: r.relation,
        computed: r.computed,
        holds: r.holds,
      })
    })
  }
  for (const d of stats.dates) {
    rows.dates.push({
      date_id: d.id,
      article_id: d.articleId,
      issue_id: issue.id,
      line: d.line,
      column_number: d.column,
      text: d.text,
      iso: d.iso,
      precision: d.precision,
      vague: d.vague,
      start_date: d.start,
      end_date: d.end,
    })
  }
  ;[...issue.warnings, ...stats.warnings].forEach((w, n) => {
    rows.warnings.push({ warning_id: `${issue.id}-w${n + 1}`, issue_id: issue.id, code: w.code, line: w.line, message: w.message })
  })
  return rows
}

/**
 * The people table from the bylines rows of the whole export: one row per
 * person id, the name normalised, roles in the order of the Role list, and
 * the articles credited. Made from the final bylines, so an incremental
 * export gives the same people as a full one.
 */
export function peopleRows(bylines: Iterable<Row>): Row[] {
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
      roles: [...p.roles].sort((x, y) => order.indexOf(x) - order.indexOf(y)).join('\n'),
      article_count: p.articles.size,
    }))
}

/** Column names of a table, in order. */
export function columnsOf(table: TableName): string[] {
  return Object.keys(TABLES[table].schema.shape)
}

/** Check every row against its table's schema (the output contract). */
export function validateRows(rows: TableRows): void {
  for (const [table, list] of Object.entries(rows) as [TableName, Row[]][]) {
    for (const row of list) TABLES[table].schema.parse(row)
  }
}
