/**
 * Run the work for many files on worker threads and hand the results back
 * in input order, as soon as each next one is ready. At most a few results
 * wait at a time, so memory does not grow with the number of files.
 */
import { statSync } from 'node:fs'
import { Worker } from 'node:worker_threads'
import type { Source } from '../io/read.js'
import { jiebaSegmenter } from '../segment.js'
import { prepareStats, workOnBytes, workOnFile, type WorkOptions, type WorkResult } from './work.js'

/** How many results may wait, per worker, for an earlier one to finish. */
const WINDOW_PER_WORKER = 8

/**
 * A worker's heap is capped, so that V8 collects instead of growing its old
 * space with every thousand files: peak memory then stays flat however many
 * files a run has. Files too large for the cap are worked on in the main thread.
 */
const WORKER_LIMITS = { maxOldGenerationSizeMb: 512 }

/** Files larger than this go to the main thread, whose heap has no cap (a 50 MB issue needs about 800 MB). */
export const LARGE_FILE = 8 * 1024 * 1024

/** Files queued at each worker at once, so it never waits for the next one. */
const QUEUED_PER_WORKER = 3

/**
 * The worker script. From the built code it is next to this file; when this
 * module runs from `src/` (the test runner), the built copy in `dist/` is used.
 */
function workerUrl(): URL {
  const here = new URL('./worker.js', import.meta.url)
  return here.pathname.includes('/src/run/') ? new URL(here.href.replace('/src/run/', '/dist/run/')) : here
}

/**
 * Do the work for every source, yielding results in source order.
 *
 * @param jobs worker threads to use; 1 (or a single file, or stdin) works in this thread
 * @param readStdin reads standard input, for a `-` source
 */
export async function* runWork(
  sources: readonly Source[],
  options: WorkOptions,
  jobs: number,
  readStdin: () => Promise<Uint8Array>,
): AsyncGenerator<WorkResult> {
  const files = sources.filter((s) => s.kind === 'file').length
  if (jobs <= 1 || files <= 1) {
    if (options.stats) await prepareStats()
    for (const source of sources) {
      yield source.kind === 'stdin'
        ? workOnBytes('<stdin>', await readStdin(), options, () => jiebaSegmenter)
        : workOnFile(source.path, options, () => jiebaSegmenter)
    }
    return
  }
  yield* pooled(sources, options, Math.min(jobs, files), readStdin)
}

async function* pooled(
  sources: readonly Source[],
  options: WorkOptions,
  jobs: number,
  readStdin: () => Promise<Uint8Array>,
): AsyncGenerator<WorkResult> {
  if (options.stats) await prepareStats()
  const workers = Array.from({ length: jobs }, () => new Worker(workerUrl(), { workerData: { options }, resourceLimits: WORKER_LIMITS }))
  const done = new Map<number, WorkResult>()
  // A worker appears here once for every task it can take now.
  const idle = Array.from({ length: QUEUED_PER_WORKER }, () => workers).flat()
  let next = 0
  let dispatched = 0
  let wake: (() => void) | null = null
  let failure: Error | null = null
  const signal = (): void => {
    wake?.()
    wake = null
  }
  for (const worker of workers) {
    worker.on('message', ({ index, result }: { index: number; result: WorkResult }) => {
      done.set(index, result)
      idle.push(worker)
      signal()
    })
    worker.on('error', (error) => {
      failure = error
      signal()
    })
  }
  const window = jobs * WINDOW_PER_WORKER
  try {
    while (next < sources.length) {
      // Keep every idle worker busy, within the window ahead of the next result to yield.
      while (idle.length > 0 && dispatched < sources.length && dispatched - next < window) {
        const source = sources[dispatched]!
        if (source.kind === 'stdin') {
          // Standard input belongs to this thread.
          if (dispatched === next) done.set(dispatched, workOnBytes('<stdin>', await readStdin(), options, () => jiebaSegmenter))
          else break
        } else if (sizeOf(source.path) > LARGE_FILE) {
          // Too large for a worker's capped heap: this thread does it, while the workers go on.
          done.set(dispatched, workOnFile(source.path, options, () => jiebaSegmenter))
        } else idle.pop()!.postMessage({ index: dispatched, path: source.path })
        dispatched++
      }
      const ready = done.get(next)
      if (ready) {
        done.delete(next)
        next++
        yield ready
        continue
      }
      if (failure) throw failure
      await new Promise<void>((resolve) => {
        wake = resolve
      })
    }
  } finally {
    await Promise.all(workers.map((w) => w.terminate()))
  }
}

function sizeOf(path: string): number {
  try {
    return statSync(path).size
  } catch {
    // The worker reports a file it cannot read.
    return 0
  }
}
