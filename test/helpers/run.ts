/**
 * Run the CLI in-process (main with fake streams) or as a real process
 * through the built binary, and collect exit code, stdout and stderr.
 */
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { PassThrough } from 'node:stream'
import { main } from '../../src/main.js'

export const repo = path.join(import.meta.dirname, '..', '..')
export const bin = path.join(repo, 'bin', 'baicheng-news.js')

export interface Run {
  code: number
  stdout: string
  stderr: string
}

export interface RunOptions {
  stdin?: string | Buffer
  stdinTTY?: boolean
  stdoutTTY?: boolean
  stderrTTY?: boolean
  /** The terminal's width, as a TTY stream reports it in `columns`. */
  columns?: number
  env?: Record<string, string | undefined>
}

function capture(isTTY: boolean, columns?: number): { stream: PassThrough & { isTTY?: boolean; columns?: number }; text: () => string } {
  const stream = new PassThrough() as PassThrough & { isTTY?: boolean; columns?: number }
  stream.isTTY = isTTY
  if (isTTY && columns !== undefined) stream.columns = columns
  const chunks: Buffer[] = []
  stream.on('data', (chunk: Buffer) => chunks.push(chunk))
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') }
}

/** main() with fake streams: fast, and sees TTY flags we choose. */
export async function runMain(argv: string[], options: RunOptions = {}): Promise<Run> {
  const stdin = new PassThrough() as PassThrough & { isTTY?: boolean }
  stdin.isTTY = options.stdinTTY ?? false
  stdin.end(options.stdin ?? '')
  const stdout = capture(options.stdoutTTY ?? false, options.columns)
  const stderr = capture(options.stderrTTY ?? false, options.columns)
  const code = await main({
    argv,
    stdin,
    stdout: stdout.stream,
    stderr: stderr.stream,
    env: options.env ?? {},
  })
  await new Promise((resolve) => setImmediate(resolve))
  return { code, stdout: stdout.text(), stderr: stderr.text() }
}

/** The built binary as a child process, as a user or CI runs it. */
export function runBin(argv: string[], options: { stdin?: string | Buffer; env?: Record<string, string> } = {}): Run {
  const result = spawnSync(process.execPath, [bin, ...argv], {
    cwd: repo,
    input: options.stdin ?? '',
    env: { PATH: process.env.PATH ?? '', ...options.env },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  })
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr }
}
