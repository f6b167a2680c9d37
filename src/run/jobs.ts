/**
 * How many worker threads a run gets: the default when `--jobs` is not
 * given, and the cap on what it asks for. Pure: the machine (cores, free
 * memory) comes in as numbers, so tests can be any machine.
 *
 * Measured with `npm run bench` and on ../shared/corpus (see README
 * "Jobs"): a worker that reads figures loads nodejieba's dictionary, about
 * 280 MB and a second before its first file; a parse worker costs about
 * 50 MB. On 265 and 1,000 issues one thread was faster than two or four,
 * for parse and for stats, every time.
 */
import { availableParallelism, freemem } from 'node:os'

/** What a run's workers do: `stats` (and `export`, which reads figures too) load the segmenter. */
export type WorkKind = 'parse' | 'stats'

/** Resident memory one more worker adds, in MB: measured at peak (50 and 280), rounded up. */
export const WORKER_MB: Readonly<Record<WorkKind, number>> = { parse: 60, stats: 300 }

/**
 * Files each worker should have before another is worth starting: below
 * this, the start-up (a second of dictionary for stats and export) costs
 * more than the extra core gives.
 */
export const FILES_PER_WORKER: Readonly<Record<WorkKind, number>> = { parse: 2000, stats: 5000 }

/** The share of free memory the workers may take together. */
const MEMORY_SHARE = 0.5

/** The machine, as numbers. */
export interface Machine {
  readonly cores: number
  /** Free memory in bytes. */
  readonly freeMemory: number
}

/** The machine this process runs on. */
export function thisMachine(): Machine {
  return { cores: availableParallelism(), freeMemory: freemem() }
}

/** The decision. */
export interface Jobs {
  /** Worker threads to start; 1 means the work runs in the main thread. */
  readonly workers: number
  /** Why a `--jobs` request was lowered, for a warning; null when it was not. */
  readonly capped: string | null
}

/**
 * Choose the workers for a run.
 *
 * @param requested `--jobs`, or null for the default
 * @param files how many files the run reads (standard input counts as one)
 */
export function chooseJobs(requested: number | null, kind: WorkKind, files: number, machine: Machine = thisMachine()): Jobs {
  const byCores = Math.max(1, machine.cores)
  const byMemory = Math.max(1, Math.floor((machine.freeMemory * MEMORY_SHARE) / (WORKER_MB[kind] * 1024 * 1024)))
  const limit = Math.min(byCores, byMemory)
  // More workers than files would sit idle: no warning, it is not the user's mistake.
  const useful = Math.max(1, files)
  if (requested === null) {
    return { workers: Math.max(1, Math.min(limit, useful, Math.ceil(files / FILES_PER_WORKER[kind]))), capped: null }
  }
  if (requested <= limit) return { workers: Math.min(requested, useful), capped: null }
  const reason =
    byMemory < byCores
      ? `${byMemory} ${byMemory === 1 ? 'worker fits' : 'workers fit'} in half the free memory at ${WORKER_MB[kind]} MB each`
      : `this machine has ${byCores} ${byCores === 1 ? 'core' : 'cores'}`
  return { workers: Math.min(limit, useful), capped: `--jobs ${requested} lowered to ${limit}: ${reason}` }
}
