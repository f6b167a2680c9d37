/** An issue and its articles: what `parse` prints. */
import { z } from 'zod'
import { SCHEMA_VERSION, isoDate } from './base.js'

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
