/**
 * Run the work for many files on worker threads and hand the results back
 * in input order, as soon as each next one is ready. At most a few results
 * wait at a time, so memory does not grow with the number of files.
 */
import { Worker } from 'node:worker_threads'
import { fileSize, sourceName, type Source } from '../io/read.js'
import { jiebaSegmenter } from '../segment.js'
import { prepareStats, workOnBytes, workOnFile, type WorkOptions, type WorkResult } from './work.js'

/** How many results may wait, per worker, for an earlier one to finish. */
const WINDOW_PER_WORKER = 8

/**
 * A worker's heap is capped, so that V8 collects instead of growing its old
 * space with every thousand files: peak memory then stays flat however many
 * files a run has. Files too large for the cap are worked on in the main
 * thread; a file that still exhausts a worker's heap fails alone.
 */
export const WORKER_HEAP_MB = 512

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

/** How the pool is set up; the defaults suit every run, tests make a worker's heap small. */
export interface PoolSettings {
  /** A worker's heap cap in MB (default WORKER_HEAP_MB). */
  readonly heapMb?: number
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
  settings: PoolSettings = {},
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
  yield* pooled(sources, options, Math.min(jobs, files), readStdin, settings.heapMb ?? WORKER_HEAP_MB)
}

/** A worker thread and the indexes of the files it has been given and not yet answered, oldest first. */
interface Hand {
  readonly worker: Worker
  readonly queue: number[]
}

/**
 * The worker threads of one run: each takes files by index and answers with
 * their results; one that runs out of memory fails only the file it was on,
 * and a new worker takes the files it had queued.
 */
class Crew {
  /** Results not yet yielded, by file index. */
  readonly done = new Map<number, WorkResult>()
  /** Files given back by a worker that died, to give to another. */
  readonly retry: number[] = []
  /** A worker error that is not running out of memory: the run fails. */
  failure: Error | null = null
  // A hand appears here once for every task it can take now.
  private readonly idle: Hand[] = []
  private readonly hands = new Set<Hand>()
  private wake: (() => void) | null = null

  constructor(
    private readonly sources: readonly Source[],
    private readonly options: WorkOptions,
    private readonly heapMb: number,
    jobs: number,
  ) {
    for (let i = 0; i < jobs; i++) this.hire()
  }

  /** Whether a worker can take a file now. */
  get free(): boolean {
    return this.idle.length > 0
  }

  give(index: number): void {
    const hand = this.idle.pop()!
    hand.queue.push(index)
    hand.worker.postMessage({ index, path: (this.sources[index] as { path: string }).path })
  }

  /** Resolves at the next answer or worker death. */
  news(): Promise<void> {
    return new Promise<void>((resolve) => {
      this.wake = resolve
    })
  }

  async stop(): Promise<void> {
    await Promise.all([...this.hands].map((h) => h.worker.terminate()))
  }

  private signal(): void {
    this.wake?.()
    this.wake = null
  }

  private hire(): void {
    const hand: Hand = {
      worker: new Worker(workerUrl(), { workerData: { options: this.options }, resourceLimits: { maxOldGenerationSizeMb: this.heapMb } }),
      queue: [],
    }
    this.hands.add(hand)
    for (let i = 0; i < QUEUED_PER_WORKER; i++) this.idle.push(hand)
    hand.worker.on('message', ({ index, result }: { index: number; result: WorkResult }) => {
      hand.queue.splice(hand.queue.indexOf(index), 1)
      this.done.set(index, result)
      this.idle.push(hand)
      this.signal()
    })
    hand.worker.on('error', (error: Error & { code?: string }) => this.lose(hand, error))
  }

  private lose(hand: Hand, error: Error & { code?: string }): void {
    if (!this.hands.delete(hand)) return
    for (let i = this.idle.length - 1; i >= 0; i--) if (this.idle[i] === hand) this.idle.splice(i, 1)
    // A worker works on its files in order: the oldest unanswered one killed it.
    const [culprit, ...waiting] = hand.queue
    if (culprit === undefined || error.code !== 'ERR_WORKER_OUT_OF_MEMORY') {
      this.failure = error
    } else {
      this.done.set(culprit, outOfMemory(this.sources[culprit]!, this.heapMb))
      this.retry.push(...waiting)
      this.hire()
    }
    this.signal()
  }
}

async function* pooled(
  sources: readonly Source[],
  options: WorkOptions,
  jobs: number,
  readStdin: () => Promise<Uint8Array>,
  heapMb: number,
): AsyncGenerator<WorkResult> {
  if (options.stats) await prepareStats()
  const crew = new Crew(sources, options, heapMb, jobs)
  const window = jobs * WINDOW_PER_WORKER
  let next = 0
  let dispatched = 0
  try {
    while (next < sources.length) {
      while (crew.free && crew.retry.length > 0) crew.give(crew.retry.shift()!)
      // Keep every idle worker busy, within the window ahead of the next result to yield.
      while (crew.free && dispatched < sources.length && dispatched - next < window) {
        const source = sources[dispatched]!
        if (source.kind === 'stdin') {
          // Standard input belongs to this thread.
          if (dispatched === next) crew.done.set(dispatched, workOnBytes('<stdin>', await readStdin(), options, () => jiebaSegmenter))
          else break
        } else if (fileSize(source.path) > LARGE_FILE) {
          // Too large for a worker's capped heap: this thread does it, while the workers go on.
          crew.done.set(dispatched, workOnFile(source.path, options, () => jiebaSegmenter))
        } else crew.give(dispatched)
        dispatched++
      }
      const ready = crew.done.get(next)
      if (ready) {
        crew.done.delete(next)
        next++
        yield ready
        continue
      }
      if (crew.failure) throw crew.failure
      await crew.news()
    }
  } finally {
    await crew.stop()
  }
}

/** The result for a file that exhausted a worker's heap. */
function outOfMemory(source: Source, heapMb: number): WorkResult {
  const name = sourceName(source)
  return {
    ok: false,
    name,
    bytes: fileSize((source as { path: string }).path),
    problem: {
      file: name,
      line: null,
      severity: 'error',
      code: 'out-of-memory',
      message: `Unexpected file needing more than the ${heapMb} MB of memory a worker may use, expected an issue that fits; run it alone (--jobs 1) to parse it without that limit`,
    },
  }
}

