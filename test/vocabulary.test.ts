/**
 * One vocabulary for every output (issue 11): each flat format takes its
 * columns from its record's vocabulary, so the same field has the same name
 * in the parse and stats CSV, the export tables (CSV, JSON Lines, Parquet),
 * the rows' JSON Schema and the DuckDB tables. The column lists here are all
 * derived from the schemas; nothing is listed by hand.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { parse as parseCsv } from 'csv-parse/sync'
import { beforeAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { allBut, LIST_JOINER, vocabulary, type Column, type View } from '../src/columns.js'
import { PARSE_CSV } from '../src/emit/csv.js'
import { DATE_CSV, FIGURE_CSV } from '../src/emit/stats.js'
import { PEOPLE_CSV } from '../src/people/render.js'
import { TRACK_CSV, TRACK_PERIOD_CSV } from '../src/track/render.js'
import { createTableSql, openDatabase, queryRows } from '../src/export/duckdb.js'
import {
  ArticleColumns,
  ArticleTable,
  BylineColumns,
  BylineTable,
  DateColumns,
  DateTable,
  Figure,
  FigureColumns,
  FigureRelationColumns,
  FigureRelationTable,
  FigureTable,
  Issue,
  IssueColumns,
  PersonColumns,
  SectionColumns,
  SectionTable,
  TABLE_NAMES,
  TABLES,
  TrackColumns,
  TrackPeriodColumns,
  WarningColumns,
  WarningTable,
  type TableName,
} from '../src/schema.js'
import { repo, runMain } from './helpers/run.js'
import { scratchFolder } from './helpers/scratch.js'

/** Every flat format of a record, by name, and the vocabulary it must take its columns from. */
const FORMATS: Record<string, { view: View<never, z.ZodRawShape>; vocabulary: { columns: readonly Column<never>[] } }> = {
  'parse -f csv': { view: PARSE_CSV as never, vocabulary: ArticleColumns as never },
  'articles table': { view: ArticleTable as never, vocabulary: ArticleColumns as never },
  'stats -f csv': { view: FIGURE_CSV as never, vocabulary: FigureColumns as never },
  'figures table': { view: FigureTable as never, vocabulary: FigureColumns as never },
  'stats --dates -f csv': { view: DATE_CSV as never, vocabulary: DateColumns as never },
  'dates table': { view: DateTable as never, vocabulary: DateColumns as never },
  'track -f csv': { view: TRACK_CSV as never, vocabulary: TrackColumns as never },
  'track --by -f csv': { view: TRACK_PERIOD_CSV as never, vocabulary: TrackPeriodColumns as never },
  'people -f csv': { view: PEOPLE_CSV as never, vocabulary: PersonColumns as never },
  'bylines table': { view: BylineTable as never, vocabulary: BylineColumns as never },
  'sections table': { view: SectionTable as never, vocabulary: SectionColumns as never },
  'figure_relations table': { view: FigureRelationTable as never, vocabulary: FigureRelationColumns as never },
  'warnings table': { view: WarningTable as never, vocabulary: WarningColumns as never },
}

/** Pairs of formats of the same record: they must name every field they share alike. */
const PAIRS = [
  ['parse -f csv', 'articles table'],
  ['stats -f csv', 'figures table'],
  ['stats --dates -f csv', 'dates table'],
] as const

const bySource = (view: View<never, z.ZodRawShape>): Map<string, string> => new Map(view.columns.map((c) => [c.source, c.name]))

describe('one vocabulary', () => {
  it.each(Object.keys(FORMATS))('%s takes every column from its record’s vocabulary', (name) => {
    const { view, vocabulary } = FORMATS[name]!
    for (const column of view.columns) expect(vocabulary.columns, column.name).toContain(column)
    expect(new Set(view.names).size).toBe(view.names.length)
  })

  it.each(PAIRS)('%s and %s name each field they share alike', (a, b) => {
    const [left, right] = [bySource(FORMATS[a]!.view), bySource(FORMATS[b]!.view)]
    const shared = [...left.keys()].filter((source) => right.has(source))
    expect(shared.length).toBeGreaterThan(5)
    for (const source of shared) expect(right.get(source), source).toBe(left.get(source))
    // And no name means two things.
    const names = new Map([...left].map(([source, name]) => [name, source]))
    for (const [source, name] of right) if (names.has(name)) expect(names.get(name), name).toBe(source)
  })

  it('the figures table has every stats CSV column but the two it leaves out; the dates table all', () => {
    expect(FIGURE_CSV.names.filter((n) => !FigureTable.names.includes(n))).toEqual(['headline', 'relations'])
    expect(FigureTable.names.filter((n) => !FIGURE_CSV.names.includes(n))).toEqual([])
    expect([...DateTable.names].sort()).toEqual([...DATE_CSV.names].sort())
  })

  it('the people table names its columns as people -f csv does', () => {
    // The table is made from the bylines of a whole export, not from Person records, so it is declared on its own.
    expect(Object.keys(TABLES.people.schema.shape).filter((n) => !PEOPLE_CSV.names.includes(n))).toEqual([])
  })

  it('a record’s id has the name every other record gives a reference to it', () => {
    const ids = { issue: IssueColumns, article: ArticleColumns, figure: FigureColumns, date: DateColumns }
    const all = [...Object.values(ids), BylineColumns, SectionColumns, FigureRelationColumns, WarningColumns, TrackColumns] as { columns: readonly Column<never>[] }[]
    for (const [record, v] of Object.entries(ids)) {
      const id = v.columns.find((c) => c.source === 'id')!.name
      expect(id).toBe(`${record}_id`)
      for (const other of all) {
        const reference = other.columns.find((c) => c.source === `${record}Id`)
        if (reference) expect(reference.name).toBe(id)
      }
    }
  })

  it('a field added to a record is a column of every view that takes all, by the one rule', () => {
    const grown = vocabulary(Figure.extend({ issueDate: z.string().nullable() }), { id: 'figure_id', column: 'column_number' })
    const csv = allBut(grown, {})
    const table = allBut(grown, { first: ['figure_id', 'article_id', 'issue_id'], omit: ['headline', 'relations'] })
    expect(csv.names).toEqual([...FIGURE_CSV.names, 'issue_date'])
    expect(table.names).toEqual([...FigureTable.names, 'issue_date'])
    expect(Object.keys(table.schema.shape)).toEqual(table.names)
  })

  it('a list is one cell joined alike in the parse CSV and the articles table', () => {
    const issue = Issue.parse(JSON.parse(readFileSync(path.join(repo, 'fixtures', 'parse', 'kicker', 'expected.json'), 'utf8')))
    const article = { ...issue.articles[0]!, decks: ['第一行', '第二行'], notes: [] }
    const record = { issueId: issue.id, source: issue.source, date: issue.date, ...article }
    const cell = (view: View<typeof record, z.ZodRawShape>, name: string) => view.columns.find((c) => c.name === name)!.get(record)
    expect(cell(PARSE_CSV, 'decks')).toBe(`第一行${LIST_JOINER}第二行`)
    expect(cell(ArticleTable, 'decks')).toBe(cell(PARSE_CSV, 'decks'))
    expect(cell(ArticleTable, 'notes')).toBeNull()
  })
})

describe('the outputs say what the declaration says', () => {
  const dir = scratchFolder('vocabulary')
  const out = (format: string): string => path.join(dir, format)
  beforeAll(async () => {
    for (const format of ['csv', 'jsonl', 'parquet']) {
      const run = await runMain(['export', path.join(repo, 'seeds'), '--out', out(format), '-f', format, ...(format === 'csv' ? ['--duckdb', path.join(dir, 'archive.duckdb')] : [])])
      expect(run.code, run.stderr).toBe(0)
    }
  }, 120_000)

  const declared = (table: TableName): string[] => Object.keys(TABLES[table].schema.shape)
  const manifestFiles = (format: string, table: TableName): string[] =>
    JSON.parse(readFileSync(path.join(out(format), 'manifest.json'), 'utf8')).tables[table].files.map((f: { path: string }) => path.join(out(format), f.path))

  it('a tracked figure’s columns hold what the figure’s columns of the same name hold', async () => {
    const rows = async (argv: string[]) => parseCsv((await runMain(argv)).stdout, { columns: true }) as Record<string, string>[]
    const seeds = path.join(repo, 'seeds')
    const tracked = await rows(['track', '书记项目', seeds, '-f', 'csv', '-q'])
    const figures = new Map((await rows(['stats', seeds, '-f', 'csv', '-q'])).map((f) => [f.figure_id, f]))
    expect(tracked.length).toBeGreaterThan(1)
    // `subject` is the name a figure is tracked under; the figure's own subject is the row's `printed`.
    const shared = TRACK_CSV.names.filter((n) => FIGURE_CSV.names.includes(n) && n !== 'subject')
    expect(shared).toEqual(expect.arrayContaining(['figure_id', 'article_id', 'period_raw', 'period_start', 'period_end', 'date', 'value', 'text']))
    for (const row of tracked) {
      const figure = figures.get(row.figure_id!)!
      for (const name of shared) expect(row[name], name).toBe(figure[name])
      expect(row.printed).toBe(figure.subject)
    }
  })

  it('parse and stats CSV headers are the views’ names', async () => {
    const header = async (argv: string[]) => (parseCsv((await runMain(argv)).stdout, { to_line: 1 }) as string[][])[0]
    expect(await header(['parse', path.join(repo, 'seeds'), '-f', 'csv'])).toEqual(PARSE_CSV.names)
    expect(await header(['stats', path.join(repo, 'seeds'), '-f', 'csv'])).toEqual(FIGURE_CSV.names)
    expect(await header(['stats', path.join(repo, 'seeds'), '--dates', '-f', 'csv'])).toEqual(DATE_CSV.names)
  })

  it.each(TABLE_NAMES)('%s: JSON Schema, DDL, DuckDB, CSV, JSON Lines and Parquet have the declared columns', async (table) => {
    const columns = declared(table)
    const schema = JSON.parse((await runMain(['schema', `${table}-row`])).stdout) as { properties: Record<string, unknown> }
    expect(Object.keys(schema.properties)).toEqual(columns)
    const ddl = [...createTableSql(table).matchAll(/^ {2}"([^"]+)" [A-Z]+/gm)].map((m) => m[1])
    expect(ddl).toEqual(columns)

    const [csv] = manifestFiles('csv', table)
    expect((parseCsv(readFileSync(csv!, 'utf8'), { to_line: 1 }) as string[][])[0]).toEqual(columns)
    const [jsonl] = manifestFiles('jsonl', table)
    const first = readFileSync(jsonl!, 'utf8').split('\n')[0]
    if (first) expect(Object.keys(JSON.parse(first))).toEqual(columns)

    const db = await openDatabase(path.join(dir, 'archive.duckdb'))
    try {
      const loaded = await queryRows(db, `SELECT column_name FROM information_schema.columns WHERE table_name = '${table}' ORDER BY ordinal_position`)
      expect(loaded.map((r) => r.column_name)).toEqual(columns)
      const [parquet] = manifestFiles('parquet', table)
      const described = await queryRows(db, `DESCRIBE SELECT * FROM read_parquet('${parquet}')`)
      expect(described.map((r) => r.column_name)).toEqual(columns)
    } finally {
      db.close()
    }
  })
})
