/**
 * `baicheng-news merge --out OUT SHARD_DIR...`: the exports of `export --shard
 * K/N`, run as separate processes into separate folders, joined into one
 * export equal to a run on one machine. It checks before it writes: shards
 * 1..N each there once, made by the same version with the same options, no
 * issue in two shards, every file as its manifest says; then it publishes as
 * `export` does (src/export/finish.ts).
 */
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { EXIT, UsageError } from '../errors.js'
import { finish, publishing, type Publication } from '../export/finish.js'
import { copyRows, rowSettings } from '../export/keep.js'
import { SHARD_MANIFEST } from '../export/layout.js'
import type { Shard } from '../export/shard.js'
import { TableWriter } from '../export/stage.js'
import { changedFile } from '../export/verify.js'
import type { MainParams } from '../main.js'
import { Manifest } from '../schema.js'
import { checkShrink, readPrevious, summary } from './export.js'

/** The options `merge` takes, as commander hands them over. */
export interface MergeOptions {
  out?: string
  duckdb?: string
  allowShrink?: boolean
  quiet?: boolean
  verbose?: boolean
}

/** One shard's export: the folder, its manifest's name, and the manifest. */
interface ShardExport {
  readonly dir: string
  readonly file: string
  readonly manifest: Manifest & { shard: Shard }
}

/**
 * Run `merge` over the given shard folders.
 *
 * @returns the exit code
 */
export async function runMerge(dirs: readonly string[], options: MergeOptions, io: MainParams): Promise<number> {
  if (!options.out) throw new UsageError('Missing --out <dir>, expected the folder to write the merged tables to, e.g. --out warehouse')
  const shards = (await Promise.all(dirs.map(readShards))).flat().sort((a, b) => a.manifest.shard.index - b.manifest.shard.index)
  checkAlike(shards)
  checkCoverage(shards)
  checkDistinct(shards)
  for (const shard of shards) {
    const damaged = await changedFile(shard.dir, Object.values(shard.manifest.tables).flatMap((t) => t.files))
    if (damaged) throw new UsageError(`Unexpected ${path.join(shard.dir, damaged)}: it does not match ${shard.file} (truncated or edited), expected the files that run wrote; run that shard again`)
  }
  return publishing(options.out, io, options.quiet === true, (publication) => mergeInto(publication, shards, options, io))
}

/** The shard manifests in a folder (one, or several when shards were copied into one folder). */
async function readShards(dir: string): Promise<ShardExport[]> {
  const entries = await fs.readdir(dir).catch((error: NodeJS.ErrnoException) => {
    throw new UsageError(`Unexpected shard folder ${dir}: ${error.code === 'ENOENT' ? 'it does not exist' : error.message}, expected the --out folder of an export --shard run`)
  })
  const names = entries.filter((e) => SHARD_MANIFEST.test(e)).sort()
  if (names.length === 0) throw new UsageError(`Unexpected shard folder ${dir}: no manifest-part-K-of-N.json in it, expected the --out folder of an export --shard run`)
  return Promise.all(
    names.map(async (file) => {
      const parsed = Manifest.safeParse(JSON.parse(await fs.readFile(path.join(dir, file), 'utf8')))
      const label = SHARD_MANIFEST.exec(file)!
      if (!parsed.success || parsed.data.shard?.index !== Number(label[1]) || parsed.data.shard.count !== Number(label[2])) {
        throw new UsageError(`Unexpected ${path.join(dir, file)}: not a shard manifest this version wrote, expected one from export --shard ${label[1]}/${label[2]}`)
      }
      return { dir, file, manifest: parsed.data as Manifest & { shard: Shard } }
    }),
  )
}

const where = (s: ShardExport): string => path.join(s.dir, s.file)

/** Shards made by one version, with the same options and the same split. */
function checkAlike(shards: readonly ShardExport[]): void {
  const first = shards[0]!
  for (const other of shards.slice(1)) {
    if (rowSettings(other.manifest) !== rowSettings(first.manifest) || other.manifest.shard.count !== first.manifest.shard.count) {
      throw new UsageError(
        `Unexpected ${where(other)}: made by version ${other.manifest.tool.version} as ${other.manifest.format}, ${other.manifest.partition}, ` +
          `shard of ${other.manifest.shard.count}, expected what ${where(first)} was made with (version ${first.manifest.tool.version}, ` +
          `${first.manifest.format}, ${first.manifest.partition}, shard of ${first.manifest.shard.count}, the same --date and --check)`,
      )
    }
  }
}

/** Shards 1..N each there exactly once. */
function checkCoverage(shards: readonly ShardExport[]): void {
  const count = shards[0]!.manifest.shard.count
  const seen = new Map<number, ShardExport>()
  for (const shard of shards) {
    const twice = seen.get(shard.manifest.shard.index)
    if (twice) throw new UsageError(`Unexpected shard ${shard.manifest.shard.index} of ${count} twice (${where(twice)} and ${where(shard)}), expected each shard once`)
    seen.set(shard.manifest.shard.index, shard)
  }
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !seen.has(i))
  if (missing.length > 0) {
    throw new UsageError(`Missing shard ${missing.join(', ')} of ${count}, expected every shard from 1 to ${count} (a shard that found no files exits 2 and writes nothing: use fewer shards)`)
  }
}

/** No issue id in two shards. */
function checkDistinct(shards: readonly ShardExport[]): void {
  const owner = new Map<string, ShardExport>()
  const twice: string[] = []
  for (const shard of shards) {
    for (const input of shard.manifest.inputs) {
      const first = owner.get(input.issueId)
      if (first) twice.push(`${input.issueId} (${where(first)} and ${where(shard)})`)
      else owner.set(input.issueId, shard)
    }
  }
  if (twice.length > 0) {
    throw new UsageError(`Unexpected issue ids in two shards: ${twice.slice(0, 5).join(', ')}${twice.length > 5 ? ` and ${twice.length - 5} more` : ''}, expected each issue once: rename the files`)
  }
}

async function mergeInto(
  publication: Publication,
  shards: readonly ShardExport[],
  options: MergeOptions,
  io: MainParams,
): Promise<{ code: number; published: boolean }> {
  const startedAt = new Date().toISOString()
  const first = shards[0]!.manifest
  const previous = await readPrevious(publication, null, options.allowShrink === true)
  const writer = new TableWriter(publication.version, first.format === 'parquet' ? 'jsonl' : first.format, first.partition, null, publication.steps)
  // Sources were relative to each shard's folder; now to the merged one.
  const rebase = (source: string, dir: string): string =>
    source === '<stdin>' ? source : path.relative(publication.target.link, path.resolve(dir, source)).split(path.sep).join('/')
  try {
    for (const shard of shards) await copyRows(shard.dir, shard.manifest, null, writer, publication.version)
    const inputs = shards
      .flatMap((s) => s.manifest.inputs.map((i) => ({ ...i, source: rebase(i.source, s.dir) })))
      .sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0))
    checkShrink(previous, inputs, options.allowShrink === true, options.out!)
    const manifest = await finish(publication, writer, {
      format: first.format,
      partition: first.partition,
      shard: null,
      duckdb: options.duckdb ?? null,
      manifest: {
        tool: first.tool,
        schemaVersion: first.schemaVersion,
        format: first.format,
        partition: first.partition,
        options: first.options,
        shard: null,
        startedAt,
        inputs,
        failed: shards.flatMap((s) => s.manifest.failed.map((f) => ({ ...f, source: rebase(f.source, s.dir) }))),
        warnings: shards.reduce((n, s) => n + s.manifest.warnings, 0),
      },
    })
    if (options.verbose && !options.quiet) io.stderr.write(`baicheng-news: merge: ${summary(manifest, options.out!)} from ${shards.length} shards\n`)
    return { code: EXIT.ok, published: true }
  } finally {
    writer.destroy()
  }
}
