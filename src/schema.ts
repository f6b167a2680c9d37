/**
 * The output records, in one place. Each zod schema is the single source for
 * the TypeScript type (`z.infer`), the runtime check of what we print, and the
 * JSON Schema that `baicheng-news schema` exports.
 *
 * The contract is stable: fields are added; renaming or removing one raises
 * SCHEMA_VERSION, and the README lists the change ("Changes in schema version 2").
 *
 * The schemas themselves live in src/schema/, one file per family: base (version,
 * dates), article (`parse`), figure (`stats`), archive (`track`, `people`) and
 * tables (the flat columns, the export's tables, the manifest).
 */
import { ParseOutput, Issue, Article, ArticleRecord, Byline, Dateline, Warning } from './schema/article.js'
import { StatsOutput, Figure, FigureRelation, Period, DateRecord, Check } from './schema/figure.js'
import { TrackOutput, TrackRow, TrackPeriodRow, PeopleOutput, Person } from './schema/archive.js'
import { Manifest, IssueRow, ArticleRow, BylineRow, PersonRow, SectionRow, ParagraphRow, FigureRow, FigureRelationRow, DateRow, WarningRow } from './schema/tables.js'

export * from './schema/base.js'
export * from './schema/article.js'
export * from './schema/figure.js'
export * from './schema/archive.js'
export * from './schema/tables.js'

/** Every record this tool prints, by the name `baicheng-news schema <name>` takes. */
export const records = {
  'parse-output': ParseOutput,
  issue: Issue,
  article: Article,
  'article-record': ArticleRecord,
  byline: Byline,
  dateline: Dateline,
  warning: Warning,
  'stats-output': StatsOutput,
  figure: Figure,
  'figure-relation': FigureRelation,
  period: Period,
  date: DateRecord,
  check: Check,
  manifest: Manifest,
  'issues-row': IssueRow,
  'articles-row': ArticleRow,
  'bylines-row': BylineRow,
  'people-row': PersonRow,
  'sections-row': SectionRow,
  'paragraphs-row': ParagraphRow,
  'figures-row': FigureRow,
  'figure_relations-row': FigureRelationRow,
  'dates-row': DateRow,
  'warnings-row': WarningRow,
  'track-output': TrackOutput,
  'track-row': TrackRow,
  'track-period-row': TrackPeriodRow,
  'people-output': PeopleOutput,
  person: Person,
} as const
export type RecordName = keyof typeof records
