/**
 * Where a command's data goes: streamed to stdout, or with `--out DIR` one
 * file per issue, each written atomically.
 *
 * With `--out`, every input is given its output name before anything is
 * written, in input order (so a name never depends on which files fail), and
 * the run is refused when any output file would be an input: the same file
 * reached through `..`, a symlink or a hard link counts too.
 */
import { statSync } from 'node:fs'
import path from 'node:path'
import type { FormatName } from '../emit/index.js'
import { OutputError, UsageError } from '../errors.js'
import { sourceName, type Source } from '../io/read.js'
import { escapeForTerminal, write, writeReason } from '../io/terminal.js'
import { outputNamer, writeFileAtomic } from '../io/write.js'
import type { MainParams } from '../main.js'
import { issueIdFromPath } from '../pipeline/issue.js'

/** Text, or text already encoded as UTF-8 (as workers send rendered issues). */
export type Chunk = string | Uint8Array

/** Receives each issue's text. */
export interface Sink {
  /**
   * Check the run's inputs against where output goes and name the output
   * files, before any work.
   *
   * @throws UsageError when an output file would overwrite an input
   */
  prepare(sources: readonly Source[]): void
  /**
   * Write one issue: the stream's header before the first, the issue's
   * chunks, and (for a file of its own) the footer.
   *
   * @param source the input's name as recorded (`sourceName`), and its issue id
   * @returns an error message when a file could not be written
   * @throws OutputError when output cannot go on at all (a full disk, a failed stdout)
   */
  issue(source: { name: string; issueId: string }, header: () => string, chunks: readonly Chunk[], footer: () => string): Promise<string | null>
  /** End the stream: the header if nothing was written, then the footer. */
  close(header: () => string, footer: () => string): Promise<void>
}

const EXTENSIONS: Readonly<Record<FormatName, string>> = { json: 'json', jsonl: 'jsonl', csv: 'csv', table: 'txt' }

/** Write errors after which no further file can be written: the run stops (exit 2). */
const FATAL_WRITE = new Set(['ENOSPC', 'EDQUOT', 'EROFS', 'EIO'])

/** How files are written (a parameter so that tests can make a disk fail). */
export type FileWriter = (target: string, contents: Uint8Array) => Promise<void>

/**
 * Make the sink for a run.
 *
 * @param out the folder for `--out`, or undefined for stdout
 * @param suffix added before the extension in `--out` file names (`stats`)
 */
export function createSink(io: MainParams, format: FormatName, out: string | undefined, suffix = '', writeFile: FileWriter = writeFileAtomic): Sink {
  if (out !== undefined) {
    const name = outputNamer(`${suffix ? `${suffix}.` : ''}${EXTENSIONS[format]}`)
    const planned = new Map<string, string>()
    return {
      prepare(sources) {
        const inputs = new Map<string, string>()
        for (const source of sources) {
          if (source.kind !== 'file') continue
          const key = fileKey(source.path)
          if (key) inputs.set(key, source.path)
        }
        for (const source of sources) {
          const recorded = sourceName(source)
          const target = path.join(out, name(issueIdFromPath(recorded)))
          planned.set(recorded, target)
          const key = fileKey(target)
          const input = key === null ? undefined : inputs.get(key)
          if (input !== undefined) {
            throw new UsageError(
              `Unexpected --out ${escapeForTerminal(out)}: ${escapeForTerminal(input)} is an input and would be overwritten, ` +
                `expected a folder where no output file is an input, e.g. --out ${escapeForTerminal(out.replace(/[\\/]+$/, ''))}-out`,
            )
          }
        }
      },
      async issue(source, header, chunks, footer) {
        const target = planned.get(source.name) ?? path.join(out, name(source.issueId))
        try {
          const parts = [header(), ...chunks, footer()].map((c) => (typeof c === 'string' ? Buffer.from(c) : c))
          await writeFile(target, Buffer.concat(parts))
          return null
        } catch (error) {
          const message = `Cannot write ${target}: ${writeReason(error)}`
          const code = (error as NodeJS.ErrnoException).code
          if (code !== undefined && FATAL_WRITE.has(code)) throw new OutputError(message, code)
          return message
        }
      },
      async close() {},
    }
  }
  let started = false
  return {
    prepare() {},
    async issue(_, header, chunks) {
      if (!started) await write(io.stdout, header())
      started = true
      for (const chunk of chunks) await write(io.stdout, chunk)
      return null
    },
    async close(header, footer) {
      if (!started) await write(io.stdout, header())
      await write(io.stdout, footer())
    },
  }
}

/** The file a path leads to (device and inode, so links and `..` lead to the same key), or null when there is none. */
function fileKey(file: string): string | null {
  try {
    const stat = statSync(file)
    return stat.isFile() ? `${stat.dev}:${stat.ino}` : null
  } catch {
    return null
  }
}
