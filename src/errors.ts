/**
 * Exit codes, and the errors that map to them.
 */

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

/** The command line is wrong: said on stderr, exit 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError'
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
