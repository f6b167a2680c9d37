/**
 * The pipeline, named once: one file's bytes → decoded text → front matter
 * → chunks → mdast → blocks → articles → [figures, dates, relations] →
 * validated records. Every stage is a pure function in its own file;
 * reading files and printing happen at the edges (cli, io/, emit).
 */
import { createHash } from 'node:crypto'
import { decode, isDecoded, type Decoded, type NotText } from '../io/decode.js'
import type { Diagnostic } from '../io/diagnostics.js'
import { Check, DateRecord, Figure, Issue, type Warning } from '../schema.js'
import type { IssueStats } from '../stats/index.js'
import { append } from '../util/arrays.js'
import { toArticles, type IssueContext } from './articles.js'
import { isPlainText, toBlocks, type Block } from './blocks.js'
import { forEachTree } from './chunks.js'
import { checkConservation, countCharacters, type Conservation, type SourceCount } from './conservation.js'
import { inspectFrontMatter, type FrontMatter } from './frontmatter.js'
import { dateFromName, issueIdFromPath, pagePositionFromName } from './issue.js'
import { promoteHeadings } from './plaintext.js'
import type { PlacedIssue } from './records.js'
import { publishIssue } from './records.js'

/** An issue as the pipeline holds it, with what later stages need to point back into the source. */
export interface ParsedIssue {
  /** The issue, its paragraphs with their lines and its articles with what they read as structure. */
  readonly issue: PlacedIssue
  /** The decoded text (LF line endings) that lines and columns refer to. */
  readonly text: string
  /** The source's characters, counted from the same trees the issue was read from (`check`). */
  readonly source?: SourceCount
  /** Byte sequences no encoding could read, and the first lines holding them. */
  readonly unreadable: Conservation['unreadable']
}

/** The figures stage, passed in so that `parse` never loads it (nor nodejieba). */
export type FiguresStage = (parsed: ParsedIssue) => IssueStats

/** Where the bytes came from, and what to do besides parsing. */
export interface ProcessOptions {
  /** The path as found, or `<stdin>`: gives the issue id and maybe its date and page. */
  readonly source: string
  /** The date to use when neither front matter nor the file name gives one. */
  readonly fallbackDate?: string | null
  /** Check conservation (`--check`), counting the source in the same parse. */
  readonly check?: boolean
  /** Read figures, dates and share checks with this stage (`stats`). */
  readonly figures?: FiguresStage | null
  /** Keep only headline figures. */
  readonly headline?: boolean
}

/** One file, processed: the checked records, and the issue with its positions. */
export interface Processed {
  readonly issue: Issue
  readonly parsed: ParsedIssue
  readonly stats: IssueStats | null
  readonly conservation: Conservation | null
}

/**
 * Turn one file's bytes into checked records, or say why it is not an issue.
 *
 * @param bytes the file exactly as read
 */
export function processIssue(bytes: Uint8Array, options: ProcessOptions): Processed | { problem: Diagnostic } {
  const decoded = decode(bytes)
  if (!isDecoded(decoded)) return { problem: notText(decoded, options.source) }
  const { front, warnings: frontWarnings } = inspectFrontMatter(decoded.text)
  const context = issueContext(options, front)
  const read = readBlocks(decoded.text, front, options.check === true)
  const found = toArticles(read.blocks, context)
  const placed = assemble(context, bytes, decoded, { ...found, warnings: [...found.warnings, ...decoded.warnings, ...frontWarnings, ...read.warnings] })
  const parsed: ParsedIssue = { issue: placed, text: decoded.text, source: read.source, unreadable: unreadableOf(decoded) }
  const issue = Issue.parse(publishIssue(placed))
  const stats = options.figures ? validStats(options.figures(parsed), options.headline === true) : null
  const conservation = options.check ? checkConservation(parsed) : null
  return { issue, parsed, stats, conservation }
}

/**
 * Figures, dates and checks checked against their schemas.
 *
 * @param headline keep only the headline figures
 */
export function validStats(read: IssueStats, headline: boolean): IssueStats {
  const figures = headline ? read.figures.filter((f) => f.isHeadline) : read.figures
  return {
    figures: figures.map((f) => Figure.parse(f)),
    dates: read.dates.map((d) => DateRecord.parse(d)),
    checks: read.checks.map((c) => Check.parse(c)),
    warnings: read.warnings,
  }
}

function notText(decoded: NotText, source: string): Diagnostic {
  return {
    file: source,
    line: decoded.line,
    severity: 'warning',
    code: 'not-text',
    message: `Unexpected NUL byte at byte ${decoded.offset}, expected text; file skipped`,
  }
}

/** What the issue is, from outside its articles: id, date (front matter, else file name, else the fallback) and page. */
interface Context extends IssueContext {
  readonly source: string
  readonly position: number | null
}

function issueContext(options: ProcessOptions, front: FrontMatter | null): Context {
  // Sources are recorded with `/` between folders; a backslash is part of a name on Linux.
  const name = options.source.split('/').pop() ?? options.source
  const placed = pagePositionFromName(name)
  return {
    issueId: issueIdFromPath(options.source),
    source: options.source,
    date: front?.date ?? dateFromName(name) ?? dateFromName(options.source) ?? options.fallbackDate ?? null,
    page: placed?.page ?? null,
    position: placed?.position ?? null,
  }
}

/**
 * Chunks → mdast → blocks; with `count`, the source characters are counted
 * from the same trees, for the conservation check.
 */
function readBlocks(text: string, front: FrontMatter | null, count: boolean): { blocks: Block[]; warnings: Warning[]; source?: SourceCount } {
  // Front matter lines are YAML, not the issue's text: they must not make a file look like Markdown or plain text.
  const body = front ? text.slice(front.length) : text
  const plain = isPlainText(body)
  const found: Block[] = []
  const warnings: Warning[] = []
  const characters = count ? new Map<string, number[]>() : null
  forEachTree(
    text,
    (root, chunk) => {
      if (characters) countCharacters(root, chunk.firstLine, characters)
      append(warnings, chunk.warnings)
      append(found, toBlocks(root, chunk.text, { plain, firstLine: chunk.firstLine }).blocks)
    },
    { frontMatter: front !== null },
  )
  const blocks = plain ? promoteHeadings(found, { ideographic: isEpaperDump(body) }) : found
  return { blocks, warnings, ...(characters ? { source: { characters, frontMatter: front?.value ?? '' } } : {}) }
}

/**
 * A People's Daily dump indents its text with U+3000; copied through a tool that turns
 * the indent into ASCII spaces, it still prints full-width punctuation (，。), where a
 * crawled reader page (吉林日报, 城市晚报 as their e-paper readers store them) prints
 * half-width (,.): the punctuation tells the two layouts apart, not the indent alone.
 */
function isEpaperDump(body: string): boolean {
  if (/^[\u3000\u00a0]/m.test(body)) return true
  if (!/^(?: {2,}|\t)\S/m.test(body)) return false
  const full = body.match(/[，。]/gu)?.length ?? 0
  const half = body.match(/[,.](?![0-9])/gu)?.length ?? 0
  return full > half
}

/** The issue record around its articles, warnings in line order. */
function assemble(context: Context, bytes: Uint8Array, decoded: Decoded, found: Pick<PlacedIssue, 'articles' | 'pages' | 'warnings'>): PlacedIssue {
  const warnings = [...found.warnings]
  if (found.articles.length === 0) {
    warnings.push({
      code: 'empty-issue',
      message: decoded.text.trim() === '' ? 'Unexpected empty file, expected an issue' : 'Unexpected issue with no articles',
      line: null,
    })
  }
  return {
    id: context.issueId,
    source: context.source,
    date: context.date,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    encoding: decoded.encoding,
    page: context.page ?? null,
    position: context.position,
    pages: found.pages,
    articles: found.articles,
    warnings: sortWarnings(warnings),
  }
}

function unreadableOf(decoded: Decoded): Conservation['unreadable'] {
  return { count: decoded.unreadable, lines: decoded.warnings.flatMap((w) => (w.line === null ? [] : [w.line])).slice(0, 5) }
}

function sortWarnings(warnings: Warning[]): Warning[] {
  return warnings
    .map((w, i) => ({ w, i }))
    .sort((a, b) => (a.w.line ?? 0) - (b.w.line ?? 0) || a.i - b.i)
    .map(({ w }) => w)
}
