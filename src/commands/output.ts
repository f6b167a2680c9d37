/**
 * Where a command's data goes: streamed to stdout, or with `--out DIR` one
 * file per issue, each written atomically.
 */
import path from 'node:path'
import type { FormatName } from '../emit/index.js'
import { outputNamer, writeFileAtomic } from '../io/write.js'
import { write } from '../io/terminal.js'
import type { MainParams } from '../main.js'

/** A stream of per-issue text with a header and a footer (a JSON array, a CSV header). */
export interface Framed {
  start(): string
  issue(): string
  end(): string
}

/** Receives each issue's text. */
export interface Sink {
  /** Write one issue; returns an error message when the file could not be written. */
  issue(issueId: string, framed: () => Framed): Promise<string | null>
  close(framed: () => Framed): Promise<void>
}

const EXTENSIONS: Readonly<Record<FormatName, string>> = { json: 'json', jsonl: 'jsonl', csv: 'csv', table: 'txt' }

/**
 * Make the sink for a run.
 *
 * @param out the folder for `--out`, or undefined for stdout
 * @param suffix added before the extension in `--out` file names (`.stats`)
 */
export function createSink(io: MainParams, format: FormatName, out: string | undefined, suffix = ''): Sink {
  if (out !== undefined) {
    const name = outputNamer(`${suffix ? `${suffix}.` : ''}${EXTENSIONS[format]}`)
    return {
      async issue(issueId, framed) {
        const f = framed()
        const target = path.join(out, name(issueId))
        try {
          await writeFileAtomic(target, f.start() + f.issue() + f.end())
          return null
        } catch (error) {
          return `Cannot write ${target}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`
        }
      },
      async close() {},
    }
  }
  let started = false
  return {
    async issue(_, framed) {
      const f = framed()
      if (!started) await write(io.stdout, f.start())
      started = true
      await write(io.stdout, f.issue())
      return null
    },
    async close(framed) {
      const f = framed()
      if (!started) await write(io.stdout, f.start())
      await write(io.stdout, f.end())
    },
  }
}
