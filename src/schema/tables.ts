import { z } from 'zod'
import { allBut, listCell, pick, vocabulary } from '../columns.js'
import { SCHEMA_VERSION } from './base.js'
import { Article, ArticleRecord, Byline, Issue, Section, Warning } from './article.js'
import { DateRecord, Figure, FigureRelation } from './figure.js'
import { Person, TrackPeriodRow, TrackRow } from './archive.js'

/*
 * Flat records: every CSV, every warehouse table (`baicheng-news export`) and
 * the DuckDB tables take their columns from one vocabulary per record (see
 * columns.ts): named once, from the schemas above, so the same thing has the
 * same name everywhere and a new field is a new column wherever the record is
 * flat. The names below are the only ones the snake_case rule would get wrong.
 */
const text = z.string()
const int = z.number().int()

/** Every flat column of an article (with its issue): the parse CSV and the articles table choose from these. */
export const ArticleColumns = vocabulary(
  ArticleRecord,
  { id: 'article_id', column: 'column_label', 'lines.start': 'line_start', 'lines.end': 'line_end' },
  {
    byline_names: { type: text.nullable(), get: (a) => listCell(a.bylines.map((b) => b.name)) },
    byline_roles: { type: text.nullable(), get: (a) => listCell(a.bylines.map((b) => b.role)) },
    /** A null label is an empty item, so the three byline columns align. */
    byline_labels: { type: text.nullable(), get: (a) => listCell(a.bylines.map((b) => b.label ?? '')) },
    section_titles: { type: text.nullable(), get: (a) => listCell(a.sections.flatMap((s) => (s.title === null ? [] : [s.title]))) },
    paragraph_count: { type: int, get: (a) => a.sections.reduce((n, s) => n + s.paragraphs.length, 0) },
    char_count: { type: int, get: (a) => [...a.text].length },
    /** Null for an item with no text (a banner): an empty text is null, so CSV and JSON Lines agree. */
    text: { type: text.nullable(), get: (a) => (a.text === '' ? null : a.text) },
  },
)

/** Every flat column of an issue. */
export const IssueColumns = vocabulary(
  Issue,
  { id: 'issue_id' },
  {
    year: { type: int.nullable(), get: (i) => (i.date ? Number(i.date.slice(0, 4)) : null) },
    article_count: { type: int, get: (i) => i.articles.length },
  },
)

/** Every flat column of a figure: `stats -f csv` has them all, the figures table all but two. */
export const FigureColumns = vocabulary(Figure, { id: 'figure_id', column: 'column_number' })

/** Every flat column of a date: `stats --dates -f csv` has them all, as has the dates table. */
export const DateColumns = vocabulary(DateRecord, { id: 'date_id', column: 'column_number', start: 'start_date', end: 'end_date' })

/** Every flat column of a tracked figure (`track -f csv`): the printed period is `period_raw`, as on a figure. */
export const TrackColumns = vocabulary(TrackRow, { period: 'period_raw' })

/** Every flat column of a period's value (`track --by … -f csv`): `period` is the bucket (2019-Q3). */
export const TrackPeriodColumns = vocabulary(TrackPeriodRow, {})

/** Every flat column of a person of the byline index (`people -f csv`). */
export const PersonColumns = vocabulary(
  Person,
  { 'firstIssue.issueId': 'first_issue_id', 'firstIssue.date': 'first_date', 'lastIssue.issueId': 'last_issue_id', 'lastIssue.date': 'last_date' },
  {
    /** The names alone: how often each wrote with the person is in JSON. */
    co_authors: { type: text.nullable(), get: (p) => listCell(p.coAuthors.map((c) => c.name)) },
  },
)

/*
 * Warehouse tables: one row schema per table, columns in a fixed order, every
 * row with a stable key and its foreign keys (key first, then the foreign
 * keys). The same schemas give the JSON Schema of each row (`schema <table>-row`)
 * and the DuckDB tables their columns, types and keys.
 */

const IssueView = pick(IssueColumns, ['issue_id', 'source', 'date', 'year', 'sha256', 'encoding', 'page', 'position', 'article_count'])
export const IssueRow = IssueView.schema.extend({ figure_count: int, warning_count: int })

/** An issue as a row of the issues table, with the counts its stats give. */
export function issueRow(issue: Issue, counts: { figures: number; warnings: number }): z.infer<typeof IssueRow> {
  return { ...IssueView.row(issue), figure_count: counts.figures, warning_count: counts.warnings }
}

/** An article's heading columns, in the order every article format gives them. */
export const ARTICLE_HEADING = ['ordinal', 'kind', 'page', 'page_name', 'column_label', 'headline', 'subtitle', 'kicker'] as const

/** An article's dateline columns. */
export const ARTICLE_DATELINE = ['dateline_raw', 'dateline_source', 'dateline_place', 'dateline_date'] as const

/** The articles table: an article without the lists that have tables of their own (bylines, sections). */
export const ArticleTable = pick(ArticleColumns, [
  'article_id',
  'issue_id',
  ...ARTICLE_HEADING,
  'decks',
  ...ARTICLE_DATELINE,
  'notes',
  'paragraph_count',
  'char_count',
  'text',
  'line_start',
  'line_end',
])
export const ArticleRow = ArticleTable.schema

/** Where a part of an article stands: the keys its row carries beside the part's own fields. */
const partOf = { articleId: text.min(1), issueId: text.min(1), position: int }

/** Every flat column of a byline in its table: the byline's fields, its keys, and the person it credits (`people`: the same normalised name, the same id). */
export const BylineColumns = vocabulary(Byline.extend({ id: text.min(1), ...partOf, personId: text.regex(/^p-[0-9a-f]{16}$/) }), { id: 'byline_id' })
export const BylineTable = allBut(BylineColumns, { first: ['byline_id', 'article_id', 'issue_id', 'position'] })
export const BylineRow = BylineTable.schema

/** One person credited in the archive's bylines (`people`); made from the bylines table once every issue is in. */
export const PersonRow = z.object({
  person_id: text.regex(/^p-[0-9a-f]{16}$/),
  /** The normalised name. */
  name: text.min(1),
  /** Every role the person was credited in, joined as every list is. */
  roles: text,
  article_count: int,
})
/** Every flat column of a section in its table (its paragraphs are a table of their own). */
export const SectionColumns = vocabulary(Section.extend({ id: text.min(1), ...partOf }), { id: 'section_id' })
export const SectionTable = allBut(SectionColumns, { first: ['section_id', 'article_id', 'issue_id', 'position'], omit: ['paragraphs'] })
export const SectionRow = SectionTable.schema

export const ParagraphRow = z.object({
  paragraph_id: text.min(1),
  section_id: text.min(1),
  article_id: text.min(1),
  issue_id: text.min(1),
  position: int,
  line: int,
  text,
})

/** The figures table: every figure column but the headline (the article's) and the relations (a table of their own). */
export const FigureTable = allBut(FigureColumns, { first: ['figure_id', 'article_id', 'issue_id'], omit: ['headline', 'relations'] })
export const FigureRow = FigureTable.schema

/** Every flat column of a relation in its table: the figure's `relations`, one row each. */
export const FigureRelationColumns = vocabulary(
  FigureRelation.extend({ id: text.min(1), fromFigureId: text.min(1), articleId: text.min(1), issueId: text.min(1) }),
  { id: 'relation_id', to: 'to_figure_id' },
)
export const FigureRelationTable = allBut(FigureRelationColumns, { first: ['relation_id', 'from_figure_id', 'to_figure_id', 'article_id', 'issue_id'] })
export const FigureRelationRow = FigureRelationTable.schema

/** The dates table: every date column. */
export const DateTable = allBut(DateColumns, { first: ['date_id', 'article_id', 'issue_id'] })
export const DateRow = DateTable.schema

/** Every flat column of a warning in its table. */
export const WarningColumns = vocabulary(Warning.extend({ id: text.min(1), issueId: text.min(1) }), { id: 'warning_id' })
export const WarningTable = allBut(WarningColumns, { first: ['warning_id', 'issue_id', 'code', 'line'] })
export const WarningRow = WarningTable.schema

/** A table: its row schema, key and foreign keys (dates are typed DATE from the schema, see `isIsoDate`). */
export interface TableSpec {
  readonly schema: z.ZodObject
  readonly key: string
  readonly references: Readonly<Record<string, 'issues' | 'articles' | 'sections' | 'people' | 'figures'>>
  /** Made from another table's rows when every issue is in, not issue by issue (people, from bylines). */
  readonly derived?: boolean
}

/** The export's tables, in the order they are written and loaded (parents first). */
export const TABLES = {
  issues: { schema: IssueRow, key: 'issue_id', references: {} },
  articles: { schema: ArticleRow, key: 'article_id', references: { issue_id: 'issues' } },
  people: { schema: PersonRow, key: 'person_id', references: {}, derived: true },
  bylines: { schema: BylineRow, key: 'byline_id', references: { article_id: 'articles', issue_id: 'issues', person_id: 'people' } },
  sections: { schema: SectionRow, key: 'section_id', references: { article_id: 'articles', issue_id: 'issues' } },
  paragraphs: { schema: ParagraphRow, key: 'paragraph_id', references: { section_id: 'sections', article_id: 'articles', issue_id: 'issues' } },
  figures: { schema: FigureRow, key: 'figure_id', references: { article_id: 'articles', issue_id: 'issues' } },
  figure_relations: {
    schema: FigureRelationRow,
    key: 'relation_id',
    references: { from_figure_id: 'figures', to_figure_id: 'figures', article_id: 'articles', issue_id: 'issues' },
  },
  dates: { schema: DateRow, key: 'date_id', references: { article_id: 'articles', issue_id: 'issues' } },
  warnings: { schema: WarningRow, key: 'warning_id', references: { issue_id: 'issues' } },
} as const satisfies Record<string, TableSpec>
export type TableName = keyof typeof TABLES
export const TABLE_NAMES = Object.keys(TABLES) as TableName[]

/** A row of a table, typed by its schema. */
export type TableRow<T extends TableName> = z.infer<(typeof TABLES)[T]['schema']>

/** What `export` and `merge` write beside the tables. Paths are relative to the manifest's folder. */
export const Manifest = z.object({
  /**
   * `columns`: SHA-256 of every table's columns, so --incremental never keeps rows of another
   * shape (a field added within one version); absent in manifests written before it existed.
   */
  tool: z.object({ name: z.literal('baicheng-news'), version: text, columns: text.optional() }),
  schemaVersion: z.literal(SCHEMA_VERSION),
  format: z.enum(['csv', 'jsonl', 'parquet']),
  partition: z.enum(['none', 'year']),
  /** The options that change rows; --incremental keeps rows only when they are the same. */
  options: z.object({ date: text.nullable(), check: z.boolean() }),
  /** The part of the inputs this export holds (`--shard`), or null for all of them. */
  shard: z.object({ index: int, count: int }).nullable(),
  startedAt: text,
  finishedAt: text,
  inputs: z.array(
    z.object({
      source: text,
      issueId: text,
      sha256: text,
      /** parsed in this run, or skipped by --incremental and kept as it was. */
      status: z.enum(['parsed', 'kept']),
      rows: z.record(z.string(), int),
    }),
  ),
  failed: z.array(z.object({ source: text, message: text })),
  /** Per table: its rows, and each file with its rows and SHA-256 (checked before rows are kept or merged). */
  tables: z.record(z.string(), z.object({ rows: int, files: z.array(z.object({ path: text, rows: int, sha256: text })) })),
  warnings: int,
  duckdb: text.nullable(),
})
export type Manifest = z.infer<typeof Manifest>
