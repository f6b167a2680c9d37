/**
 * Exit codes, the errors that map to them, and the one way a usage error is
 * worded: `baicheng-news: <what happened>; <what was expected> (see
 * 'baicheng-news <command> --help')`, whether we or commander found it.
 */
import type { CommanderError } from 'commander'

/** The documented exit codes. */
export const EXIT = {
  /** Everything given was parsed (warnings allowed unless `--strict`). */
  ok: 0,
  /** Some files failed, or `--strict` and there were warnings; the rest was output. */
  failed: 1,
  /** Bad usage, or nothing at all could be read. */
  usage: 2,
} as const
export type ExitCode = (typeof EXIT)[keyof typeof EXIT]

/** The command line is wrong: said on stderr in one line, exit 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError'
  /** What was wrong, e.g. `Unexpected --jobs "0"`. */
  readonly happened: string
  /** What would have been right, e.g. `expected a whole number from 1, e.g. --jobs 2`. */
  readonly expected: string
  /** The command whose help explains the usage; none for the program itself. */
  command: string | null

  /**
   * @param happened what was wrong; given alone, a message worded
   *   `Unexpected X, expected Y` is split at `, expected`, one worded `X; Y` at its last `; `
   * @param expected what would have been right
   */
  constructor(happened: string, expected?: string, command: string | null = null) {
    let what = happened
    let wanted = expected
    if (wanted === undefined) {
      const at = happened.indexOf(', expected ')
      // A message already in two parts (`Could not write …; the previous export is unchanged`) keeps them.
      const semicolon = happened.lastIndexOf('; ')
      if (at !== -1) [what, wanted] = [happened.slice(0, at), happened.slice(at + 2)]
      else if (semicolon !== -1) [what, wanted] = [happened.slice(0, semicolon), happened.slice(semicolon + 2)]
      else wanted = 'expected the usage its help shows'
    }
    super(`${what}; ${wanted}`)
    this.happened = what
    this.expected = wanted
    this.command = command
  }
}

/** The one line a usage error prints on stderr, ending in a newline. */
export function usageLine(error: UsageError): string {
  const help = error.command ? `baicheng-news ${error.command} --help` : 'baicheng-news --help'
  return `baicheng-news: ${error.happened}; ${error.expected} (see '${help}')\n`
}

/**
 * Commander's own errors (`error: unknown option '--fromat'\n(Did you mean
 * --format?)`), reworded in the house style.
 *
 * @param command the command commander was parsing, or null for the program
 * @param commands the program's commands, for an unknown one
 */
export function fromCommander(error: CommanderError, command: string | null, commands: readonly string[] = []): UsageError {
  const text = error.message.replace(/^error: /, '')
  const [first = '', ...rest] = text.split('\n')
  const suggestion = /\(Did you mean (.+)\?\)/.exec(rest.join(' '))?.[1]
  const perhaps = suggestion ? ` (did you mean ${suggestion}?)` : ''
  let match: RegExpExecArray | null
  switch (error.code) {
    case 'commander.unknownOption':
      return new UsageError(first, `expected an option its help lists${perhaps}`, command)
    case 'commander.unknownCommand':
      return new UsageError(first, `expected a command: ${[...commands, 'help'].join(', ')}${perhaps}`, command)
    case 'commander.invalidArgument':
      match = /^(.*) is invalid\. Allowed choices are (.*)\.$/.exec(first)
      if (match) return new UsageError(`${match[1]} is invalid`, `expected one of ${match[2]}`, command)
      break
    case 'commander.optionMissingArgument':
      return new UsageError(first, 'expected a value after it', command)
    case 'commander.missingMandatoryOptionValue':
      return new UsageError(first, 'expected it on every run of this command', command)
    case 'commander.missingArgument':
      return new UsageError(first, 'expected it after the command', command)
    case 'commander.excessArguments':
      match = /^(.*)\. Expected (.*)\.$/.exec(first)
      if (match) return new UsageError(match[1]!, `expected ${match[2]}`, command)
      break
  }
  // Anything else commander says: its first sentence, then the rest as what was expected.
  const at = first.indexOf('. ')
  return at === -1
    ? new UsageError(first, `expected the usage its help shows${perhaps}`, command)
    : new UsageError(first.slice(0, at), `expected ${lowerFirst(first.slice(at + 2).replace(/\.$/, ''))}`, command)
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1)
}

/**
 * Output could not be written (a full disk, a closed pipe): the run stops,
 * one line on stderr, exit 2. A closed pipe (`| head`) ends quietly instead.
 */
export class OutputError extends Error {
  override readonly name = 'OutputError'
  /** The system's error code: `ENOSPC`, `EPIPE` … */
  readonly code: string | undefined

  constructor(message: string, code?: string) {
    super(message)
    this.code = code
  }
}
