/**
 * The output records, in one place. Each zod schema is the single source for
 * the TypeScript type (`z.infer`), the runtime check of what we print, and the
 * JSON Schema that `baicheng-news schema` exports.
 *
 * The contract is stable: fields are added; renaming or removing one raises
 * SCHEMA_VERSION, and the README lists the change ("Changes in schema version 2").
 */
import { z } from 'zod'
import { allBut, listCell, pick, vocabulary } from './columns.js'

/** Version of the output contract; raised only for a breaking change (2: one column vocabulary, see the README). */
export const SCHEMA_VERSION = 2 as const

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD')

/** Whether a field is a date (YYYY-MM-DD, perhaps null): DuckDB types it DATE. */
export function isIsoDate(field: z.ZodType): boolean {
  return field === isoDate || ((field instanceof z.ZodNullable || field instanceof z.ZodOptional) && isIsoDate(field.unwrap() as z.ZodType))
}

/** What a person named in a byline did for the article. */
export const Role = z.enum([
  'author',
  'reporter',
  'intern',
  'correspondent',
  'writer',
  'photographer',
  'writer-photographer',
  'editor',
])
export type Role = z.infer<typeof Role>

/** One person credited by an article: `实习生刘莹` → `{name: '刘莹', role: 'intern', label: '实习生'}`. */
export const Byline = z.object({
  name: z.string().min(1),
  role: Role,
  /** The label as printed (`记者`, `文/摄`, `本报记者 摄`), or null for a bare name. */
  label: z.string().nullable(),
})
export type Byline = z.infer<typeof Byline>

/** Where and when a report was filed: `本报北京1月18日电`. */
export const Dateline = z.object({
  raw: z.string().min(1),
  /** The agency or paper: 本报, 新华社, 中新社 … */
  source: z.string().min(1),
  place: z.string().nullable(),
  /** ISO date when the issue date supplies the year, else null. */
  date: isoDate.nullable(),
})
export type Dateline = z.infer<typeof Dateline>

/** A run of paragraphs under one `###` subhead; the lead has `title: null`. */
export const Section = z.object({
  title: z.string().nullable(),
  paragraphs: z.array(z.string()),
})
export type Section = z.infer<typeof Section>

/** What a block of the issue is. */
export const Kind = z.enum(['article', 'notice', 'psa', 'photo', 'banner', 'unknown'])
export type Kind = z.infer<typeof Kind>

/** A 1-based, inclusive range of source lines. */
export const Lines = z.object({
  start: z.number().int().min(1),
  end: z.number().int().min(1),
})
export type Lines = z.infer<typeof Lines>

/** One block of an issue in reading order: an article, notice, PSA, photo caption or banner. */
export const Article = z.object({
  /** `<issueId>-<ordinal>`: stable across runs on the same input. */
  id: z.string().min(1),
  ordinal: z.number().int().min(1),
  kind: Kind,
  page: z.string().nullable(),
  pageName: z.string().nullable(),
  column: z.string().nullable(),
  headline: z.string().nullable(),
  subtitle: z.string().nullable(),
  kicker: z.string().nullable(),
  /** Further deck lines: ■-separated decks, a third heading line, decks an archive repeats under the headline. */
  decks: z.array(z.string()),
  bylines: z.array(Byline),
  dateline: Dateline.nullable(),
  sections: z.array(Section),
  /** Closing notes without their parentheses: 作者为……, 实习生李泽文对本文亦有贡献. */
  notes: z.array(z.string()),
  /** Metadata lines printed with the article in archive exports (1946-05-17, 专栏：). */
  meta: z.array(z.string()),
  /** Every paragraph of every section, joined by `\n`. */
  text: z.string(),
  lines: Lines,
})
export type Article = z.infer<typeof Article>

/** A page marker as printed (`## B 时代楷模`, `第2版`), and the line it stands on. */
export const Page = z.object({
  page: z.string().min(1),
  pageName: z.string().nullable(),
  line: z.number().int().min(1),
  text: z.string().min(1),
})
export type Page = z.infer<typeof Page>

/** A problem or a repair, positioned where one applies. */
export const Warning = z.object({
  code: z.string().min(1),
  message: z.string().min(1),
  line: z.number().int().min(1).nullable(),
})
export type Warning = z.infer<typeof Warning>

export const Encoding = z.enum(['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'gb18030'])
export type Encoding = z.infer<typeof Encoding>

/** One input file: an issue of the paper (or one page of one). */
export const Issue = z.object({
  id: z.string().min(1),
  /** The path as found (POSIX separators), or `<stdin>`. */
  source: z.string().min(1),
  date: isoDate.nullable(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  encoding: Encoding,
  /** From a `YYYYMMDD-PP-NN` file name: the page (版次) and the article's position on it, else null. */
  page: z.string().nullable(),
  position: z.number().int().min(1).nullable(),
  /** The page markers of the issue, in order. */
  pages: z.array(Page),
  articles: z.array(Article),
  warnings: z.array(Warning),
})
export type Issue = z.infer<typeof Issue>

/** `parse --format json`. */
export const ParseOutput = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  issues: z.array(Issue),
})
export type ParseOutput = z.infer<typeof ParseOutput>

/** `parse --format jsonl`: one article a line, carrying its issue. */
export const ArticleRecord = Article.extend({
  issueId: z.string().min(1),
  source: z.string().min(1),
  date: isoDate.nullable(),
})
export type ArticleRecord = z.infer<typeof ArticleRecord>

/** What a figure measures. */
export const FigureKind = z.enum([
  'count',
  'money',
  'percent',
  'percentage-point',
  'area',
  'length',
  'weight',
  'volume',
  'duration',
  'data',
  'energy',
  'power',
  'frequency',
  'ordinal',
])
export type FigureKind = z.infer<typeof FigureKind>

/** How far from exact a figure is: 近 nearly, 约 about, 余/多/超过/以上 over, 至少 at-least, 以下/以内 at-most. */
export const Approx = z.enum(['exact', 'about', 'nearly', 'over', 'at-least', 'at-most'])
export type Approx = z.infer<typeof Approx>

/** Which way a figure moves: 增长6.2% up, 下降3% down. */
export const Change = z.enum(['up', 'down'])
export type Change = z.infer<typeof Change>

/** What a change or share is measured against: 同比 year-on-year, 环比 period-on-period, 比计划 target, 比2015年 baseline. */
export const Basis = z.enum(['year-on-year', 'period-on-period', 'target', 'baseline'])
export type Basis = z.infer<typeof Basis>

/** The span a figure covers: `前三季度` in an issue of 2019-10-25 → 2019-01-01 … 2019-09-30. */
export const Period = z.object({
  /** The words as printed (前三季度, 截至6月底, 2019年1至11月). */
  raw: z.string().min(1),
  /** First and last day covered, when the text and the issue date tell; 截至 gives only an end. */
  start: isoDate.nullable(),
  end: isoDate.nullable(),
})
export type Period = z.infer<typeof Period>

/** How two figures of an article stand to each other. */
export const RelationKind = z.enum(['part-of', 'share-of', 'sum-of', 'change-of'])
export type RelationKind = z.infer<typeof RelationKind>

/**
 * A relation from this figure to another: 已完成280个 part-of 474个 (computed 59.1, the share in %);
 * 21.6% share-of 102个社区 (computed from the counts, holds when it rounds to the printed share);
 * 325.6亿元 sum-of its listed parts; 增长6.2% change-of 325.6亿元.
 */
export const FigureRelation = z.object({
  relation: RelationKind,
  /** The id of the other figure. */
  to: z.string().min(1),
  /** The share in % (part-of, share-of) or the sum of the parts (sum-of); null for change-of. */
  computed: z.number().nullable(),
  /** For a check (share-of, sum-of): whether the printed figure agrees with the computed one; else null. */
  holds: z.boolean().nullable(),
})
export type FigureRelation = z.infer<typeof FigureRelation>

/** A figure the paper reports: `150余万元` → value 1500000, unit CNY, approx over. */
export const Figure = z.object({
  /** `<articleId>-f<n>`: stable for the same input. */
  id: z.string().min(1),
  issueId: z.string().min(1),
  /** The issue's date, as the issue has it (so a figure read alone says when it was reported), or null. */
  date: isoDate.nullable(),
  articleId: z.string().min(1),
  /** The headline of the article, or null. */
  headline: z.string().nullable(),
  /** 1-based line and column (UTF-16 code units, which are characters for Chinese) in the source file. */
  line: z.number().int().min(1),
  column: z.number().int().min(1),
  /** The surface form, approximation words and unit included. */
  text: z.string().min(1),
  value: z.number(),
  low: z.number().nullable(),
  high: z.number().nullable(),
  /** CNY, m2, mu, t, km, %, pp, person, household, times, item, year … or null for a bare count. */
  unit: z.string().nullable(),
  kind: FigureKind,
  approx: Approx,
  /** What is counted (书记项目, 社区), or null. */
  subject: z.string().nullable(),
  /** The verb that governs the figure (完成, 包保), or null. */
  predicate: z.string().nullable(),
  sentence: z.string().min(1),
  isHeadline: z.boolean(),
  /** For a figure that is a change (增长6.2%, 下降3%): which way; else null. */
  change: Change.nullable(),
  basis: Basis.nullable(),
  period: Period.nullable(),
  /** A condition on the subject: 千平方米以上 (社区), 规模以上 (工业增加值), or null. */
  qualifier: z.string().nullable(),
  relations: z.array(FigureRelation),
})
export type Figure = z.infer<typeof Figure>

/** A date the paper mentions: `2018年9月26日` → 2018-09-26 (day). */
export const DateRecord = z.object({
  /** `<articleId>-d<n>`. */
  id: z.string().min(1),
  issueId: z.string().min(1),
  articleId: z.string().min(1),
  line: z.number().int().min(1),
  column: z.number().int().min(1),
  text: z.string().min(1),
  /** YYYY-MM-DD, YYYY-MM or YYYY by precision; a range as start/end; null when no year is known or vague. */
  iso: z.string().nullable(),
  precision: z.enum(['day', 'month', 'year', 'range']).nullable(),
  vague: z.boolean(),
  /** First and last day covered, when known. */
  start: isoDate.nullable(),
  end: isoDate.nullable(),
})
export type DateRecord = z.infer<typeof DateRecord>

/** An arithmetic check between a reported share and the counts it is made of. */
export const Check = z.object({
  id: z.string().min(1),
  issueId: z.string().min(1),
  articleId: z.string().min(1),
  kind: z.literal('share'),
  holds: z.boolean(),
  /** The share figure, the part figures and the total figure. */
  share: z.string().min(1),
  parts: z.array(z.string().min(1)).min(1),
  total: z.string().min(1),
  reported: z.number(),
  computed: z.number(),
  lines: z.array(z.number().int().min(1)),
  message: z.string().min(1),
})
export type Check = z.infer<typeof Check>

/** `stats --format json`. */
export const StatsOutput = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  figures: z.array(Figure),
  dates: z.array(DateRecord),
  checks: z.array(Check),
})
export type StatsOutput = z.infer<typeof StatsOutput>

/*
 * The archive over time (`track`, `people`): one record per reported figure
 * of a tracked subject, per period with `--by`, and per person.
 */

/** One figure of a tracked subject (`track`), with where it was reported and what is wrong with it. */
export const TrackRow = z.object({
  /** The name it is tracked under (地区生产总值), and as printed (全市地区生产总值). */
  subject: z.string().min(1),
  printed: z.string().min(1),
  /** The place the subject names (全国, 全市), or null. */
  scope: z.string().nullable(),
  qualifier: z.string().nullable(),
  value: z.number(),
  unit: z.string().nullable(),
  text: z.string().min(1),
  approx: Approx,
  change: z.enum(['up', 'down']).nullable(),
  basis: z.string().nullable(),
  /** The period as printed (前三季度) and the days it covers, when figure semantics gives one. */
  period: z.string().nullable(),
  periodStart: isoDate.nullable(),
  periodEnd: isoDate.nullable(),
  /** A running total (累计, 截至). */
  cumulative: z.boolean(),
  date: isoDate.nullable(),
  issueId: z.string().min(1),
  source: z.string().min(1),
  articleId: z.string().min(1),
  headline: z.string().nullable(),
  line: z.number().int().min(1),
  figureId: z.string().min(1),
  /** `conflict` (the same period reported otherwise), `drop` (lower than an earlier running total). */
  flags: z.array(z.enum(['conflict', 'drop'])),
})
export type TrackRow = z.infer<typeof TrackRow>

/** Two reports of a tracked subject that do not agree, by figure id: the earlier, then the later. */
export const TrackFlag = z.object({
  kind: z.enum(['conflict', 'drop']),
  figures: z.tuple([z.string().min(1), z.string().min(1)]),
  message: z.string().min(1),
})
export type TrackFlag = z.infer<typeof TrackFlag>

/** `track --by month|quarter|year`: the value last reported for each period of a measure. */
export const TrackPeriodRow = z.object({
  /** 2019-09, 2019-Q3 or 2019. */
  period: z.string().min(1),
  subject: z.string().min(1),
  scope: z.string().nullable(),
  qualifier: z.string().nullable(),
  unit: z.string().nullable(),
  change: z.enum(['up', 'down']).nullable(),
  basis: z.string().nullable(),
  value: z.number(),
  text: z.string().min(1),
  /** Reports of this period; the value is the last of them. */
  reports: z.number().int().min(1),
  date: isoDate.nullable(),
  source: z.string().min(1),
  line: z.number().int().min(1),
})
export type TrackPeriodRow = z.infer<typeof TrackPeriodRow>

/** A series of one subject in one unit, as a sparkline and its values. */
export const TrackSeries = z.object({
  subject: z.string().min(1),
  unit: z.string().nullable(),
  sparkline: z.string(),
  /** Each value and its time: a day, or with `--by` the period (2019-Q3). */
  values: z.array(z.object({ time: z.string().nullable(), value: z.number() })),
})

/** `track --format json`. */
export const TrackOutput = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  subjects: z.array(z.string()),
  exact: z.boolean(),
  by: z.enum(['month', 'quarter', 'year']).nullable(),
  /** TrackRow records, or TrackPeriodRow records with `by`. */
  rows: z.array(z.union([TrackRow, TrackPeriodRow])),
  flags: z.array(TrackFlag),
  series: z.array(TrackSeries),
})
export type TrackOutput = z.infer<typeof TrackOutput>

/** One person of the byline index (`people`). */
export const Person = z.object({
  /** `p-` and 16 hex digits of the SHA-256 of the normalised name: the same name, the same id, in every run. */
  personId: z.string().regex(/^p-[0-9a-f]{16}$/),
  /** The name normalised: no padding inside a two-character name, simplified characters. */
  name: z.string().min(1),
  roles: z.array(Role).min(1),
  articleCount: z.number().int().min(1),
  firstIssue: z.object({ issueId: z.string().min(1), date: isoDate.nullable() }),
  lastIssue: z.object({ issueId: z.string().min(1), date: isoDate.nullable() }),
  pages: z.array(z.string()),
  columns: z.array(z.string()),
  coAuthors: z.array(z.object({ name: z.string().min(1), articles: z.number().int().min(1) })),
})
export type Person = z.infer<typeof Person>

/** `people --format json`. */
export const PeopleOutput = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  people: z.array(Person),
})

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
