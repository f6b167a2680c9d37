/**
 * A worker thread: takes files from the pool, does their work, sends back
 * the plain-data result. Loads nodejieba only if asked for figures.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { jiebaSegmenter } from '../segment.js'
import { prepareStats, workOnFile, type WorkOptions } from './work.js'

const options = (workerData as { options: WorkOptions }).options
if (options.stats) await prepareStats()

parentPort!.on('message', async (task: { index: number; path: string }) => {
  const result = await workOnFile(task.path, options, () => jiebaSegmenter)
  parentPort!.postMessage({ index: task.index, result })
})
