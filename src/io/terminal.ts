/**
 * Colour, escaping, and writing to the terminal or a pipe.
 */
import { Chalk, type ChalkInstance } from 'chalk'
import { OutputError } from '../errors.js'

/**
 * A chalk instance for one stream. In order, the first rule that applies:
 * `--no-color` and a non-empty `NO_COLOR` turn colour off (no-color.org:
 * the user's opt-out wins); `FORCE_COLOR` as chalk documents it (`0` or
 * `false` off; `1`, `2`, `3`, `true` or empty on, on any stream); otherwise
 * colour only on a TTY whose `TERM` is not `dumb`.
 */
export function colorsFor(
  stream: { isTTY?: boolean },
  env: Readonly<Record<string, string | undefined>>,
  wanted: boolean,
): ChalkInstance {
  return new Chalk({ level: colorLevel(stream, env, wanted) })
}

/** The chalk level `colorsFor` uses: 0 for no colour. */
export function colorLevel(
  stream: { isTTY?: boolean },
  env: Readonly<Record<string, string | undefined>>,
  wanted: boolean,
): 0 | 1 | 2 | 3 {
  if (!wanted || (env.NO_COLOR ?? '') !== '') return 0
  const forced = env.FORCE_COLOR
  if (forced !== undefined) {
    if (forced === 'false' || forced === '0') return 0
    const level = Number.parseInt(forced, 10)
    return Number.isNaN(level) ? 1 : (Math.min(Math.max(level, 1), 3) as 1 | 2 | 3)
  }
  return stream.isTTY === true && env.TERM !== 'dumb' ? 1 : 0
}

/**
 * How wide a table may be: the terminal's width, else `COLUMNS`, else 80,
 * never less than one cell.
 */
export function terminalWidth(stream: { isTTY?: boolean; columns?: number }, env: Readonly<Record<string, string | undefined>>): number {
  const fromEnv = Number(env.COLUMNS)
  const columns = stream.isTTY === true && stream.columns ? stream.columns : Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : 80
  return Math.max(1, columns)
}

/** C0 and C1 control characters, DEL, and the bidirectional overrides and isolates that reorder what a terminal shows. */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g
const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' }

/**
 * Make text from an archive or a file name safe to print for a person: every
 * control character is shown as an escape (`\x1b`, `\n`, `\u202e`), so a
 * headline such as `\e]0;PWNED\a\e[2J` cannot retitle or clear the terminal,
 * and a file name with a newline cannot break a one-line `file:line:` message.
 * Only text meant for a terminal goes through here (diagnostics, `-f table`);
 * the data formats keep the text exact.
 *
 * @param options `newlines` keeps line breaks (for text that is several lines by design)
 */
export function escapeForTerminal(text: string, options: { newlines?: boolean } = {}): string {
  return text.replace(UNSAFE, (char) => {
    if (char === '\n' && options.newlines) return char
    const named = NAMED[char]
    if (named) return named
    const code = char.charCodeAt(0)
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`
  })
}

const ignore = (): void => {}

/** Plain words for the errors a write can meet. */
const WRITE_REASONS: Readonly<Record<string, string>> = {
  ENOSPC: 'No space left on device',
  EDQUOT: 'Disk quota exceeded',
  EFBIG: 'File too large',
  EIO: 'Input/output error',
  EPIPE: 'Broken pipe',
  EBADF: 'Bad file descriptor',
  EROFS: 'Read-only file system',
  EACCES: 'Permission denied',
  EPERM: 'Permission denied',
  ENOTDIR: 'Not a folder',
  EISDIR: 'Is a folder',
  ENAMETOOLONG: 'File name too long',
}

/** `No space left on device (ENOSPC)`: what a write error means, with its code. */
export function writeReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  if (code === undefined) return error instanceof Error ? error.message : String(error)
  return `${WRITE_REASONS[code] ?? (error as Error).message} (${code})`
}

/**
 * Write text or bytes and wait until the stream has taken them.
 *
 * @param name the stream as messages name it (`stdout`)
 * @throws OutputError when the stream fails (a full disk, a closed pipe), so
 *   the run ends with one line instead of a stack trace
 */
export async function write(stream: NodeJS.WritableStream, text: string | Uint8Array, name = 'stdout'): Promise<void> {
  if (text.length === 0) return
  const failed = (stream as { errored?: Error | null }).errored
  if (failed) throw new OutputError(`Cannot write to ${name}: ${writeReason(failed)}`, (failed as NodeJS.ErrnoException).code)
  await new Promise<void>((resolve, reject) => {
    let settled = false
    const fail = (error: Error | null | undefined): void => {
      if (settled) return
      settled = true
      stream.off('error', fail)
      if (!error) return resolve()
      // The failed stream may still emit its error as an event: it is reported here, once, so keep it from being thrown.
      stream.on('error', ignore)
      reject(new OutputError(`Cannot write to ${name}: ${writeReason(error)}`, (error as NodeJS.ErrnoException).code))
    }
    // An error may come as an event rather than through the callback (a synchronous file stream destroys itself).
    stream.once('error', fail)
    stream.write(text, fail)
  })
}
