/**
 * `baicheng-news report [paths...]`: the archive at a glance, as one
 * self-contained HTML file or as Markdown for a CI job summary.
 */
import { EXIT, UsageError } from '../errors.js'
import { write } from '../io/terminal.js'
import { writeFileAtomic } from '../io/write.js'
import type { MainParams } from '../main.js'
import { renderHtml } from '../report/html.js'
import { renderMarkdown } from '../report/md.js'
import { summarise, type ReportSummary } from '../report/summary.js'
import { readArchive } from './archive.js'
import { exitCode, type IssueOptions } from './issues.js'

/** The report formats by name. */
export const REPORT_FORMATS = {
  html: renderHtml,
  md: renderMarkdown,
} as const satisfies Record<string, (summary: ReportSummary, title: string) => string>
export type ReportFormat = keyof typeof REPORT_FORMATS

/** The options `report` takes, as commander hands them over. */
export interface ReportOptions extends IssueOptions {
  format?: string
  out?: string
}

/**
 * Run `report`.
 *
 * @returns the exit code
 */
export async function runReport(paths: readonly string[], options: ReportOptions, io: MainParams): Promise<number> {
  const format = options.format ?? 'html'
  if (!(format in REPORT_FORMATS)) {
    throw new UsageError(`Unexpected --format ${JSON.stringify(format)}, expected one of: ${Object.keys(REPORT_FORMATS).join(', ')}`)
  }
  const archive = await readArchive('report', paths, options, io)
  if (archive.tally === null) return exitCode(null, options.strict)
  const title = paths.length === 0 ? '<stdin>' : paths.join(' ')
  const text = REPORT_FORMATS[format as ReportFormat](summarise(archive.digests, archive.diagnostics), title)
  if (options.out === undefined) {
    await write(io.stdout, text)
    return exitCode(archive.tally, options.strict)
  }
  try {
    await writeFileAtomic(options.out, text)
  } catch (error) {
    io.stderr.write(`${options.out}: error: Cannot write the report: ${(error as NodeJS.ErrnoException).code ?? String(error)} [unwritable]\n`)
    return EXIT.failed
  }
  if (options.verbose && !options.quiet) io.stderr.write(`baicheng-news: report: wrote ${options.out} (${Buffer.byteLength(text)} bytes)\n`)
  return exitCode(archive.tally, options.strict)
}
