/**
 * Raw bytes of one file to a checked issue: decode, parse, validate. Pure,
 * so the CLI, the tests and any library user take the same path.
 */
import { createHash } from 'node:crypto'
import { decode, isDecoded } from './io/decode.js'
import type { Diagnostic } from './io/diagnostics.js'
import { parseIssueDetailed, type ParsedIssue } from './pipeline/index.js'
import { issueIdFromPath } from './pipeline/issue.js'
import { Issue } from './schema.js'

/** Where the bytes came from, and the date to fall back on. */
export interface ReadIssueOptions {
  /** The path as found, or `<stdin>`; gives the issue id and maybe its date. */
  readonly source: string
  readonly fallbackDate?: string | null
}

/**
 * Turn one file's bytes into an issue, or say why it is not one.
 *
 * @param bytes the file exactly as read
 */
export function readIssue(bytes: Uint8Array, options: ReadIssueOptions): { issue: Issue; parsed: ParsedIssue } | { problem: Diagnostic } {
  const decoded = decode(bytes)
  if (!isDecoded(decoded)) {
    return {
      problem: {
        file: options.source,
        line: decoded.line,
        severity: 'warning',
        code: 'not-text',
        message: `Unexpected NUL byte at byte ${decoded.offset}, expected text; file skipped`,
      },
    }
  }
  const parsed = parseIssueDetailed({
    id: issueIdFromPath(options.source),
    source: options.source,
    text: decoded.text,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    encoding: decoded.encoding,
    fallbackDate: options.fallbackDate ?? null,
    warnings: decoded.warnings,
  })
  const issue = Issue.parse(parsed.issue)
  return { issue, parsed: { ...parsed, issue, bytes } }
}
