/**
 * A worker thread: takes files from the pool, does their work, sends back
 * the plain-data result. Loads nodejieba only if asked for figures.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { jiebaSegmenter } from '../segment.js'
import { prepareStats, workOnFile, type WorkOptions } from './work.js'

const options = (workerData as { options: WorkOptions }).options
if (options.stats) await prepareStats()

const encoder = new TextEncoder()

parentPort!.on('message', (task: { index: number; path: string }) => {
  const result = workOnFile(task.path, options, () => jiebaSegmenter)
  // Rendered text crosses as UTF-8 bytes, moved rather than copied: the main
  // thread writes them as they are.
  if (result.ok && typeof result.rendered === 'string') {
    const bytes = encoder.encode(result.rendered)
    parentPort!.postMessage({ index: task.index, result: { ...result, rendered: bytes } }, [bytes.buffer])
  } else parentPort!.postMessage({ index: task.index, result })
})
