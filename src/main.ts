/**
 * The program as a function: streams and environment in, exit code out.
 * Nothing here calls `process.exit`, so tests run it in-process.
 */
import { CommanderError } from 'commander'
import { buildProgram, checkHelpTopic, commandOf } from './cli.js'
import { EXIT, fromCommander, OutputError, UsageError, usageLine } from './errors.js'
import { escapeForTerminal } from './io/terminal.js'

/** The world as main sees it. */
export interface MainParams {
  /** Arguments after the program name. */
  readonly argv: readonly string[]
  readonly stdin: NodeJS.ReadableStream & { isTTY?: boolean }
  readonly stdout: NodeJS.WritableStream & { isTTY?: boolean }
  readonly stderr: NodeJS.WritableStream & { isTTY?: boolean }
  readonly env: Readonly<Record<string, string | undefined>>
}

/**
 * Run the command line.
 *
 * @returns the exit code: 0 all parsed, 1 some files failed (or warnings with
 *   `--strict`), 2 usage error or nothing could be read
 */
export async function main(params: MainParams): Promise<number> {
  let code: number = EXIT.ok
  const program = buildProgram(params, (result) => {
    code = result
  })
  if (params.argv.length === 0) {
    params.stderr.write(program.helpInformation())
    return EXIT.usage
  }
  try {
    checkHelpTopic(program, params.argv)
    await program.parseAsync([...params.argv], { from: 'user' })
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.exitCode === 0) return EXIT.ok
      params.stderr.write(oneLine(usageLine(fromCommander(error, commandOf(error), program.commands.map((c) => c.name())))))
      return EXIT.usage
    }
    if (error instanceof UsageError) {
      params.stderr.write(oneLine(usageLine(error)))
      return EXIT.usage
    }
    if (error instanceof OutputError) {
      // The reader went away (`| head -1`): it has what it wanted, so stop quietly, as Unix tools do.
      if (error.code === 'EPIPE') return EXIT.ok
      params.stderr.write(`baicheng-news: ${escapeForTerminal(error.message)}\n`)
      return EXIT.usage
    }
    const debug = params.argv.includes('--debug')
    const message = error instanceof Error ? error.message : String(error)
    params.stderr.write(
      `baicheng-news: internal error: ${escapeForTerminal(message)}; expected none, please report it` +
        (debug ? `\n${error instanceof Error ? escapeForTerminal(error.stack ?? '', { newlines: true }) : ''}\n` : ' (run again with --debug for a stack trace)\n'),
    )
    return EXIT.usage
  }
  return code
}

/** A message that quotes the command line stays one line, its control characters shown, not obeyed. */
function oneLine(line: string): string {
  return `${escapeForTerminal(line.replace(/\n$/, ''))}\n`
}
