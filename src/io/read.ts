/**
 * The only code that reads input: resolve paths to files, walk folders, read
 * stdin. Problems come back as diagnostics; one bad path never stops the rest.
 */
import { promises as fs } from 'node:fs'
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
    } else {
      addFile(given, sources, seen)
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
