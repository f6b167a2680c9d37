/**
 * The only code that reads input: resolve paths to files, walk folders, read
 * stdin. Problems come back as diagnostics; one bad path never stops the rest.
 */
import { closeSync, fstatSync, openSync, promises as fs, readFileSync, statSync, type Stats } from 'node:fs'
import path from 'node:path'
import type { Diagnostic } from './diagnostics.js'

/** File endings taken from folders (files named on the command line are taken as they are). */
export const ISSUE_EXTENSIONS = ['.md', '.markdown', '.txt'] as const

/** Where one issue's bytes come from. */
export type Source = { readonly kind: 'file'; readonly path: string } | { readonly kind: 'stdin' }

/** The name a source is shown and recorded under: POSIX separators, `<stdin>` for `-`. */
export function sourceName(source: Source): string {
  return source.kind === 'stdin' ? '<stdin>' : source.path.split(path.sep).join('/')
}

/** Sources found for the paths given, in a sorted, stable order, and what went wrong. */
export interface Collected {
  readonly sources: Source[]
  readonly problems: Diagnostic[]
}

/**
 * Resolve command-line paths to issue files. Folders are walked recursively
 * for `.md`, `.markdown` and `.txt` files, sorted by code point so that every
 * machine lists them alike; hidden entries and `node_modules` are skipped, and
 * a symlink that leads back into a folder being walked is reported, not followed.
 *
 * @param paths files, folders, or `-` for stdin
 */
export async function collectSources(paths: readonly string[]): Promise<Collected> {
  const sources: Source[] = []
  const problems: Diagnostic[] = []
  const seen = new Set<string>()
  let stdinTaken = false
  for (const given of paths) {
    if (given === '-') {
      if (!stdinTaken) sources.push({ kind: 'stdin' })
      stdinTaken = true
      continue
    }
    let stat
    try {
      stat = await fs.stat(given)
    } catch (error) {
      problems.push(fileProblem(given, error))
      continue
    }
    if (stat.isDirectory()) {
      const found: string[] = []
      await walk(given, found, problems, new Set())
      if (found.length === 0) {
        problems.push({
          file: given,
          line: null,
          severity: 'warning',
          code: 'no-issues',
          message: `Unexpected folder with no ${ISSUE_EXTENSIONS.join(', ')} files, expected issues`,
        })
      }
      for (const file of found) addFile(file, sources, seen)
    } else if (stat.isFile()) {
      addFile(given, sources, seen)
    } else {
      // A FIFO would block the run until someone writes to it, and a device
      // such as /dev/zero never ends: only regular files are read by name.
      problems.push({
        file: given,
        line: null,
        severity: 'error',
        code: 'not-a-file',
        message: `Unexpected ${fileType(stat)}, expected a regular file or folder; to read a pipe or device, give - and redirect it to stdin`,
      })
    }
  }
  return { sources, problems }
}

function addFile(file: string, sources: Source[], seen: Set<string>): void {
  const key = path.resolve(file)
  if (seen.has(key)) return
  seen.add(key)
  sources.push({ kind: 'file', path: file })
}

async function walk(dir: string, found: string[], problems: Diagnostic[], ancestors: Set<string>): Promise<void> {
  let real: string
  let entries
  try {
    real = await fs.realpath(dir)
    entries = await fs.readdir(dir, { withFileTypes: true })
  } catch (error) {
    problems.push(fileProblem(dir, error))
    return
  }
  if (ancestors.has(real)) {
    problems.push({
      file: dir,
      line: null,
      severity: 'warning',
      code: 'symlink-loop',
      message: 'Unexpected symlink back into a folder already being read; skipped',
    })
    return
  }
  const inside = new Set(ancestors).add(real)
  const names = entries
    .filter((e) => !e.name.startsWith('.') && e.name !== 'node_modules')
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  for (const entry of names) {
    const full = path.join(dir, entry.name)
    let isDir = entry.isDirectory()
    let isFile = entry.isFile()
    if (entry.isSymbolicLink()) {
      try {
        const target = await fs.stat(full)
        isDir = target.isDirectory()
        isFile = target.isFile()
      } catch (error) {
        problems.push(fileProblem(full, error))
        continue
      }
    }
    if (isDir) await walk(full, found, problems, inside)
    else if (isFile && ISSUE_EXTENSIONS.some((ext) => entry.name.toLowerCase().endsWith(ext))) found.push(full)
  }
}

function fileType(stat: Stats): string {
  if (stat.isFIFO()) return 'FIFO (named pipe)'
  if (stat.isCharacterDevice()) return 'character device'
  if (stat.isBlockDevice()) return 'block device'
  if (stat.isSocket()) return 'socket'
  return 'special file'
}

/** The largest input read by default, in MB (`--max-size`). */
export const DEFAULT_MAX_SIZE_MB = 64

/**
 * Standard input, up to `limit` bytes and one more: enough to know that it
 * is too large without reading an endless stream (`< /dev/zero`) to the end.
 */
export async function readLimited(stream: NodeJS.ReadableStream, limit: number): Promise<Uint8Array> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk as Uint8Array)
    chunks.push(bytes)
    size += bytes.length
    if (size > limit) break
  }
  const all = Buffer.concat(chunks)
  return all.length > limit + 1 ? all.subarray(0, limit + 1) : all
}

/**
 * The diagnostic for an input larger than `--max-size`.
 *
 * @param size the file's size, or null for a stream read only up to the limit
 */
export function tooLarge(file: string, size: number | null, limit: number): Diagnostic {
  const mb = (n: number): string => `${Math.round((n / 1024 / 1024) * 10) / 10} MB`
  const what = size === null ? `more than ${mb(limit)}` : `${mb(size)}, more than ${mb(limit)}`
  return {
    file,
    line: null,
    severity: 'error',
    code: 'too-large',
    message: `Unexpected input of ${what} (--max-size), expected one issue; file skipped (raise the limit with e.g. --max-size 256 if it is one)`,
  }
}

const REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'No such file or folder',
  EACCES: 'Permission denied',
  EPERM: 'Permission denied',
  EISDIR: 'Is a folder',
  ELOOP: 'Too many levels of symbolic links',
  ENOTDIR: 'Not a folder',
  EMFILE: 'Too many open files',
}

/** The diagnostic for a file that could not be read. */
export function fileProblem(file: string, error: unknown): Diagnostic {
  const code = (error as NodeJS.ErrnoException | undefined)?.code ?? 'EIO'
  const reason = REASONS[code] ?? (error instanceof Error ? error.message : String(error))
  return { file, line: null, severity: 'error', code: 'unreadable', message: `Cannot read: ${reason} (${code})` }
}

/**
 * Read one input file whole, or say why not; a file over `maxBytes` is
 * refused unread. Synchronous: a worker thread has nothing else to do
 * meanwhile, and thousands of small asynchronous reads cost more in waiting
 * than in reading.
 */
export function readInputFile(path: string, maxBytes: number): { name: string; bytes: Uint8Array } | { name: string; size: number; problem: Diagnostic } {
  const name = sourceName({ kind: 'file', path })
  let fd: number | null = null
  try {
    fd = openSync(path, 'r')
    // The size is known before reading: a file too large is refused unread.
    const { size } = fstatSync(fd)
    if (size > maxBytes) return { name, size, problem: tooLarge(name, size, maxBytes) }
    return { name, bytes: readFileSync(fd) }
  } catch (error) {
    return { name, size: 0, problem: fileProblem(name, error) }
  } finally {
    if (fd !== null) closeSync(fd)
  }
}

/** A file's size in bytes, 0 when it cannot be read (its reader reports that). */
export function fileSize(path: string): number {
  try {
    return statSync(path).size
  } catch {
    return 0
  }
}
