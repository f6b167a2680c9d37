/**
 * Where a command's data goes: streamed to stdout, or with `--out DIR` one
 * file per issue, each written atomically.
 */
import path from 'node:path'
import type { FormatName } from '../emit/index.js'
import { write } from '../io/terminal.js'
import { outputNamer, writeFileAtomic } from '../io/write.js'
import type { MainParams } from '../main.js'

/** Text, or text already encoded as UTF-8 (as workers send rendered issues). */
export type Chunk = string | Uint8Array

/** Receives each issue's text. */
export interface Sink {
  /**
   * Write one issue: the stream's header before the first, the issue's
   * chunks, and (for a file of its own) the footer.
   *
   * @returns an error message when a file could not be written
   */
  issue(issueId: string, header: () => string, chunks: readonly Chunk[], footer: () => string): Promise<string | null>
  /** End the stream: the header if nothing was written, then the footer. */
  close(header: () => string, footer: () => string): Promise<void>
}

const EXTENSIONS: Readonly<Record<FormatName, string>> = { json: 'json', jsonl: 'jsonl', csv: 'csv', table: 'txt' }

/**
 * Make the sink for a run.
 *
 * @param out the folder for `--out`, or undefined for stdout
 * @param suffix added before the extension in `--out` file names (`stats`)
 */
export function createSink(io: MainParams, format: FormatName, out: string | undefined, suffix = ''): Sink {
  if (out !== undefined) {
    const name = outputNamer(`${suffix ? `${suffix}.` : ''}${EXTENSIONS[format]}`)
    return {
      async issue(issueId, header, chunks, footer) {
        const target = path.join(out, name(issueId))
        try {
          const parts = [header(), ...chunks, footer()].map((c) => (typeof c === 'string' ? Buffer.from(c) : c))
          await writeFileAtomic(target, Buffer.concat(parts))
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
