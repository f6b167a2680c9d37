/**
 * The end of every export and merge, in one order: finish the staged tables,
 * make Parquet, verify, build the DuckDB file, write the manifest, flush, and
 * switch the link. Nothing before the switch is visible to readers.
 */
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { UsageError } from '../errors.js'
import type { MainParams } from '../main.js'
import { Manifest, TABLE_NAMES, type TableName } from '../schema.js'
import { stagePeople } from './people.js'
import { fileSha256, verifyTables } from './verify.js'
import { FORMATS, manifestName, perTable, type ExportFormat, type Partitioning } from './layout.js'
import { acquireLock, createVersion, currentVersion, pointLink, removeLeftovers, switchTo, syncTree, targetOf, writeFailure, type Target } from './publish.js'
import type { Shard } from './shard.js'
import type { StagedFile, TableWriter } from './stage.js'
import { stepsFrom, type Steps } from './steps.js'

/** A run that publishes into one export folder. */
export interface Publication {
  readonly target: Target
  /** The version folder being built. */
  readonly version: string
  /** The current version, or null when there is none. */
  readonly previous: string | null
  readonly steps: Steps
  /** Say something on stderr (nothing with --quiet). */
  readonly note: (message: string) => void
}

/**
 * Hold the folder's lock, clear what dead runs left, give `body` a fresh
 * version folder, and remove it again unless `body` published it. A failed
 * write becomes one line and exit 2.
 *
 * @param body builds and publishes; returns the exit code and whether it published
 */
export async function publishing(
  out: string,
  io: MainParams,
  quiet: boolean,
  body: (publication: Publication) => Promise<{ code: number; published: boolean }>,
): Promise<number> {
  const target = targetOf(out)
  const steps = stepsFrom(io.env)
  const note = (message: string): void => void (quiet || io.stderr.write(`baicheng-news: ${message}\n`))
  let lock: { release(): Promise<void> } | null = null
  let version: string | null = null
  let published = false
  try {
    lock = await acquireLock(target, note)
    steps('lock')
    const previous = await currentVersion(target)
    await removeLeftovers(target, [previous], steps)
    version = await createVersion(target)
    steps('version folder')
    const result = await body({ target, version, previous, steps, note })
    published = result.published
    if (published) await removeLeftovers(target, [version, previous], steps)
    return result.code
  } catch (error) {
    throw writeFailure(error, out) ?? error
  } finally {
    if (version && !published) await fs.rm(version, { recursive: true, force: true }).catch(() => {})
    await lock?.release().catch(() => {})
  }
}

/** What the run has made, for its manifest. */
export interface Contents {
  readonly format: ExportFormat
  readonly partition: Partitioning
  readonly shard: Shard | null
  /** `--duckdb` as given, or null. */
  readonly duckdb: string | null
  /** The manifest less what finishing fills in. */
  readonly manifest: Omit<Manifest, 'tables' | 'duckdb' | 'finishedAt'>
}

/** Finish, verify and publish the staged tables; the manifest published. */
export async function finish(publication: Publication, writer: TableWriter, contents: Contents): Promise<Manifest> {
  const { version, steps, target } = publication
  let files = await writer.close(TABLE_NAMES)
  // People come from every staged byline, parsed, kept or merged.
  const people = await stagePeople(version, files, writer.format, contents.shard)
  files = [...files, people]
  if (contents.format === 'parquet') files = await toParquet(version, files, contents.partition, steps)
  const expected = perTable(() => 0)
  for (const input of contents.manifest.inputs) for (const table of TABLE_NAMES) expected[table] += input.rows[table] ?? 0
  expected.people = people.rows
  const problems = await verifyTables(version, files, contents.format, contents.partition, expected)
  if (problems.length > 0) {
    throw new UsageError(`The new export of ${target.link} failed its checks (${problems.join('; ')}); the previous export is unchanged`)
  }
  steps('verified')
  const duckdb = contents.duckdb === null ? null : await buildDuckdb(publication, files, contents)
  const tables = Object.fromEntries(
    TABLE_NAMES.map((t) => [t, { rows: expected[t], files: files.filter((f) => f.table === t).map(({ path, rows, sha256 }) => ({ path, rows, sha256 })) }]),
  )
  const manifest = Manifest.parse({ ...contents.manifest, finishedAt: new Date().toISOString(), tables, duckdb: duckdb?.recorded ?? null })
  await fs.writeFile(path.join(version, manifestName(contents.shard)), `${JSON.stringify(manifest, null, 2)}\n`)
  steps('manifest')
  await syncTree(version)
  steps('flushed')
  if (duckdb?.external) await linkDuckdb(publication, duckdb.external, contents.duckdb!)
  await switchTo(target, version, steps)
  return manifest
}

async function toParquet(dir: string, files: readonly StagedFile[], partition: Partitioning, steps: Steps): Promise<StagedFile[]> {
  const { openDatabase, jsonlToParquet } = await import('./duckdb.js')
  const db = await openDatabase(null)
  const out: StagedFile[] = []
  try {
    for (const file of files) {
      const parquet = file.path.replace(/\.jsonl$/, '.parquet')
      await jsonlToParquet(db, file.table, path.join(dir, file.path), path.join(dir, parquet), partition)
      await fs.rm(path.join(dir, file.path))
      steps(`parquet ${parquet}`)
      out.push({ table: file.table, path: parquet, rows: file.rows, sha256: await fileSha256(path.join(dir, parquet)) })
    }
  } finally {
    db.close()
  }
  return out
}

/**
 * Build the DuckDB file inside the version folder. A `--duckdb` path inside
 * the export folder is simply part of it; one outside becomes a link through
 * the export folder's link, so the same switch makes it current.
 */
async function buildDuckdb(
  publication: Publication,
  files: readonly StagedFile[],
  contents: Contents,
): Promise<{ recorded: string; external: string | null }> {
  const { target, version, steps } = publication
  const wanted = path.resolve(contents.duckdb!)
  const inside = path.relative(target.link, wanted)
  const external = inside.startsWith('..') || path.isAbsolute(inside) ? wanted : null
  const relative = external ? path.basename(wanted) : inside
  const first = relative.split(path.sep)[0]!
  if (TABLE_NAMES.some((t) => first === t || FORMATS.some((f) => first === `${t}.${f}`)) || first.startsWith('manifest')) {
    throw new UsageError(`Unexpected --duckdb ${contents.duckdb}: its name is taken by a table or the manifest, expected another name, e.g. archive.duckdb`)
  }
  const { openDatabase, loadTables } = await import('./duckdb.js')
  const file = path.join(version, relative)
  await fs.mkdir(path.dirname(file), { recursive: true })
  const db = await openDatabase(file)
  try {
    const absolute = perTable<string[]>(() => [])
    for (const f of files) absolute[f.table as TableName].push(path.join(version, f.path))
    await loadTables(db, absolute, contents.format, contents.partition)
    await db.connection.run('CHECKPOINT')
  } finally {
    db.close()
  }
  await fs.rm(`${file}.wal`, { force: true })
  steps('duckdb')
  return { recorded: path.relative(target.link, wanted).split(path.sep).join('/'), external }
}

/** Point an outside `--duckdb` path at the file inside the export folder (before the switch). */
async function linkDuckdb(publication: Publication, external: string, given: string): Promise<void> {
  const to = path.relative(path.dirname(external), path.join(publication.target.link, path.basename(external)))
  try {
    await fs.mkdir(path.dirname(external), { recursive: true })
    // A run killed between making the new link and renaming it left it under a temporary name.
    const base = path.basename(external)
    for (const entry of await fs.readdir(path.dirname(external))) {
      if (entry.startsWith(`${base}.`) && /\.\d+\.link$/.test(entry)) await fs.rm(path.join(path.dirname(external), entry), { force: true })
    }
    await pointLink(external, to, `${external}.${process.pid}.link`, publication.steps)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw new UsageError(`Could not write --duckdb ${given}: ${reason}; the previous export is unchanged`)
  }
}
