/**
 * All-or-nothing publication of an export folder.
 *
 * `--out w` is a symbolic link to a version folder beside it, `.w.v-<time>-<random>`.
 * A run builds the complete new state (tables, DuckDB file, manifest) in a new
 * version folder, checks it, and switches the link with one rename: readers of
 * `w/...` see the previous state or the new one, never a mix. A lock file,
 * `.w.lock`, keeps a second run out; what a dead run left (its version folder,
 * a temporary link, a stale lock) is removed by the next run.
 */
import { randomBytes } from 'node:crypto'
import { promises as fs } from 'node:fs'
import { hostname } from 'node:os'
import path from 'node:path'
import { UsageError } from '../errors.js'
import type { Steps } from './steps.js'

/** An export folder: the link readers use, and where its versions live. */
export interface Target {
  /** The folder as named, absolute: a link to the current version. */
  readonly link: string
  readonly parent: string
  readonly name: string
}

/** The export folder `out` names. */
export function targetOf(out: string): Target {
  const link = path.resolve(out)
  return { link, parent: path.dirname(link), name: path.basename(link) }
}

const versionPrefix = (t: Target): string => `.${t.name}.v-`
const linkPrefix = (t: Target): string => `.${t.name}.link-`
const lockFile = (t: Target): string => path.join(t.parent, `.${t.name}.lock`)

/**
 * The version folder the link points at, or null when there is no export yet.
 * A plain folder is refused unless empty (then it is removed, to become the link).
 */
export async function currentVersion(target: Target): Promise<string | null> {
  let stat
  try {
    stat = await fs.lstat(target.link)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
  if (stat.isSymbolicLink()) return path.resolve(target.parent, await fs.readlink(target.link))
  if (stat.isDirectory() && (await fs.readdir(target.link)).length === 0) {
    await fs.rmdir(target.link)
    return null
  }
  throw new UsageError(
    `Unexpected ${stat.isDirectory() ? 'folder with files' : 'file'} at --out ${target.link}, expected a new or empty folder, or an export ` +
      `this version published (a link to its current version): move it away, or give another --out`,
  )
}

/** A run's hold on an export folder. */
export interface Lock {
  release(): Promise<void>
}

/**
 * Take the folder's lock, or say who holds it. A lock whose process is gone
 * (same host, no such PID) is stale: it is taken over with a note.
 *
 * @param note says what was taken over
 */
export async function acquireLock(target: Target, note: (message: string) => void): Promise<Lock> {
  const file = lockFile(target)
  const mine = JSON.stringify({ pid: process.pid, host: hostname(), startedAt: new Date().toISOString() })
  await fs.mkdir(target.parent, { recursive: true })
  for (let attempt = 0; ; attempt++) {
    try {
      await fs.writeFile(file, `${mine}\n`, { flag: 'wx' })
      return { release: () => fs.rm(file, { force: true }) }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 0) throw error
    }
    const holder = await readLock(file)
    if (holder && (holder.host !== hostname() || isAlive(holder.pid))) {
      throw new UsageError(
        `Unexpected second run on ${target.link}: pid ${holder.pid} on ${holder.host} holds ${file} since ${holder.startedAt}, ` +
          `expected one run at a time; wait for it, or remove the lock if that process is gone`,
      )
    }
    note(`took over the stale lock ${file}${holder ? ` of pid ${holder.pid}, which is gone` : ''}`)
    await fs.rm(file, { force: true })
  }
}

async function readLock(file: string): Promise<{ pid: number; host: string; startedAt: string } | null> {
  try {
    const lock = JSON.parse(await fs.readFile(file, 'utf8')) as { pid: number; host: string; startedAt: string }
    return Number.isInteger(lock.pid) && typeof lock.host === 'string' ? lock : null
  } catch {
    // Unreadable or half-written: the process that wrote it died while writing.
    return null
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * Remove what earlier runs left beside the link: version folders other than
 * those to keep, and temporary links.
 */
export async function removeLeftovers(target: Target, keep: readonly (string | null)[], steps: Steps): Promise<void> {
  for (const entry of await fs.readdir(target.parent)) {
    const full = path.join(target.parent, entry)
    if (!entry.startsWith(versionPrefix(target)) && !entry.startsWith(linkPrefix(target))) continue
    if (keep.includes(full)) continue
    steps(`remove ${entry}`)
    await fs.rm(full, { recursive: true, force: true })
  }
}

/** A new, empty version folder beside the link. */
export async function createVersion(target: Target): Promise<string> {
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z')
  return fs.mkdtemp(path.join(target.parent, `${versionPrefix(target)}${stamp}-`))
}

/** Make `version` current: a new link under a temporary name, renamed over the old one (atomic). */
export async function switchTo(target: Target, version: string, steps: Steps): Promise<void> {
  await pointLink(target.link, path.relative(target.parent, version), path.join(target.parent, `${linkPrefix(target)}${randomBytes(6).toString('hex')}`), steps)
}

/**
 * Make `link` a symbolic link to `to` with one rename, unless it already is.
 *
 * @param temporary the name the new link is made under, in the same folder
 */
export async function pointLink(link: string, to: string, temporary: string, steps: Steps): Promise<void> {
  const existing = await fs.readlink(link).catch(() => null)
  if (existing === to) return
  await fs.symlink(to, temporary)
  steps(`link ${path.basename(link)}`)
  try {
    await fs.rename(temporary, link)
  } catch (error) {
    await fs.rm(temporary, { force: true })
    throw error
  }
  steps(`switched ${path.basename(link)}`)
  await syncPath(path.dirname(link))
}

/** Flush a folder's files and the folder itself to disk, so the switch never points at data still in memory. */
export async function syncTree(dir: string): Promise<void> {
  for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) await syncTree(full)
    else if (entry.isFile()) await syncPath(full)
  }
  await syncPath(dir)
}

async function syncPath(file: string): Promise<void> {
  const handle = await fs.open(file, 'r')
  try {
    await handle.sync()
  } catch (error) {
    // Some file systems cannot flush a folder; the rename is still atomic there.
    if (!['EINVAL', 'ENOTSUP', 'EISDIR'].includes((error as NodeJS.ErrnoException).code ?? '')) throw error
  } finally {
    await handle.close()
  }
}

/** The one line a failed write becomes: what, where, and that nothing changed. */
export function writeFailure(error: unknown, out: string): UsageError | null {
  const code = (error as NodeJS.ErrnoException).code
  const message = error instanceof Error ? error.message : String(error)
  const known = ['ENOSPC', 'EDQUOT', 'EACCES', 'EPERM', 'EROFS', 'EIO', 'ENOENT', 'ENOTDIR', 'EISDIR', 'EEXIST', 'EBUSY', 'ENAMETOOLONG']
  // DuckDB reports failed writes in its own words (a full disk fails a checkpoint as "FATAL Error").
  const duckdb = /^(IO|Permission|Out of Memory|FATAL) Error|No space left on device|Permission denied|Read-only file system|quota exceeded/i.test(message)
  if (!(code && known.includes(code)) && !duckdb) return null
  const reason = /No space left|ENOSPC|disk is full/i.test(message) ? 'no space left on the device' : message.split('\n')[0]!.replace(/^Error: /, '')
  return new UsageError(`Could not write the export ${out}: ${reason}; the previous export is unchanged`)
}
