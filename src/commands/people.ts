/**
 * `baicheng-news people [paths...]`: the byline index, one row per person.
 */
import { FORMATS, type FormatName } from '../emit/index.js'
import { UsageError } from '../errors.js'
import { colorsFor, write } from '../io/terminal.js'
import type { MainParams } from '../main.js'
import { buildPeople } from '../people/people.js'
import { renderPeople } from '../people/render.js'
import { readArchive } from './archive.js'
import { exitCode, type IssueOptions } from './issues.js'

/** The options `people` takes, as commander hands them over. */
export interface PeopleOptions extends IssueOptions {
  format?: FormatName
  excel?: boolean
}

/**
 * Run `people`.
 *
 * @returns the exit code
 */
export async function runPeople(paths: readonly string[], options: PeopleOptions, io: MainParams): Promise<number> {
  const format = options.format ?? (io.stdout.isTTY ? 'table' : 'json')
  if (!FORMATS.includes(format)) throw new UsageError(`Unexpected --format ${JSON.stringify(format)}, expected one of: ${FORMATS.join(', ')}`)
  const archive = await readArchive('people', paths, options, io)
  if (archive.tally === null) return exitCode(null, options.strict)
  const colors = colorsFor(io.stdout, io.env, options.color !== false)
  await write(io.stdout, renderPeople(buildPeople(archive.digests), format, { colors, excel: options.excel === true }))
  return exitCode(archive.tally, options.strict)
}
