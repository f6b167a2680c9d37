/**
 * The floor of the benchmark, in one worker thread: what any tool must do
 * to parse and segment these files (read, remark-parse + remark-gfm,
 * nodejieba cut with HMM), and nothing else.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { parentPort, workerData } from 'node:worker_threads'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'

const require = createRequire(import.meta.url)
const jieba = require('nodejieba')
const processor = unified().use(remarkParse).use(remarkGfm).freeze()
let words = 0
for (const file of workerData.files) {
  const text = readFileSync(file, 'utf8')
  processor.parse(text)
  if (workerData.segment) words += jieba.cut(text, true).length
}
parentPort.postMessage({ words })
