/**
 * The pipeline, in order: text → mdast → blocks → articles.
 * Every stage is a pure function; reading files and printing happen elsewhere.
 */
import type { Encoding, Issue, Warning } from '../schema.js'
import { toArticles } from './articles.js'
import { isPlainText, toBlocks, type Block } from './blocks.js'
import { inspectFrontMatter } from './frontmatter.js'
import { dateFromName, pagePositionFromName } from './issue.js'
import { promoteHeadings } from './plaintext.js'
import { forEachTree } from './segments.js'
import { append } from '../util/arrays.js'

/** One decoded input file. */
export interface IssueInput {
  readonly id: string
  /** The path as found, or `<stdin>`. */
  readonly source: string
  /** Decoded text, LF line endings. */
  readonly text: string
  readonly sha256: string
  readonly encoding: Encoding
  /** The date to use when neither front matter nor the file name gives one. */
  readonly fallbackDate?: string | null
  /** Warnings from reading the bytes (lines with bytes the encoding could not read). */
  readonly warnings?: readonly Warning[]
}

/** An issue with what later stages need to point back into the source. */
export interface ParsedIssue {
  readonly issue: Issue
  /** The decoded text (LF line endings) that lines and columns refer to. */
  readonly text: string
  /** For each article, section and paragraph: the source line the paragraph starts on. */
  readonly paragraphLines: number[][][]
  /** For each article: source text read as structure and kept in no field (see conservation.ts). */
  readonly consumed: string[][]
  /** The file's bytes, when it was read from one: conservation checks the decoding against them. */
  readonly bytes?: Uint8Array
}

/**
 * Parse one issue into its items.
 *
 * The date is taken from YAML front matter, else the file name, else
 * `fallbackDate`.
 */
export function parseIssue(input: IssueInput): Issue {
  return parseIssueDetailed(input).issue
}

/** Parse one issue, keeping where each paragraph came from. */
export function parseIssueDetailed(input: IssueInput): ParsedIssue {
  const { front, warnings: frontWarnings } = inspectFrontMatter(input.text)
  // Sources are recorded with `/` between folders; a backslash is part of a name on Linux.
  const name = input.source.split('/').pop() ?? input.source
  const date = front?.date ?? dateFromName(name) ?? dateFromName(input.source) ?? input.fallbackDate ?? null
  // Front matter lines are YAML, not the issue's text: they must not make a file look like Markdown or plain text.
  const body = front ? input.text.slice(front.length) : input.text
  const plain = isPlainText(body)
  const found: Block[] = []
  const bounded: Warning[] = []
  forEachTree(
    input.text,
    (root, piece) => {
      append(bounded, piece.warnings)
      append(found, toBlocks(root, piece.text, { plain, firstLine: piece.firstLine }).blocks)
    },
    { frontMatter: front !== null },
  )
  const blocks = plain ? promoteHeadings(found, { ideographic: /^[\u3000\u00a0]/m.test(body) }) : found
  const placed = pagePositionFromName(name)
  const { articles, warnings, pages, paragraphLines, consumed } = toArticles(blocks, {
    issueId: input.id,
    date,
    page: placed?.page ?? null,
  })
  warnings.push(...(input.warnings ?? []), ...frontWarnings)
  append(warnings, bounded)
  if (articles.length === 0) {
    warnings.push({
      code: 'empty-issue',
      message: input.text.trim() === '' ? 'Unexpected empty file, expected an issue' : 'Unexpected issue with no articles',
      line: null,
    })
  }
  const issue: Issue = {
    id: input.id,
    source: input.source,
    date,
    sha256: input.sha256,
    encoding: input.encoding,
    page: placed?.page ?? null,
    position: placed?.position ?? null,
    pages,
    articles,
    warnings: sortWarnings(warnings),
  }
  return { issue, text: input.text, paragraphLines, consumed }
}

function sortWarnings(warnings: Warning[]): Warning[] {
  return warnings
    .map((w, i) => ({ w, i }))
    .sort((a, b) => (a.w.line ?? 0) - (b.w.line ?? 0) || a.i - b.i)
    .map(({ w }) => w)
}
