#!/usr/bin/env node
/**
 * Where `stats` spends its time once warm, beside the floor on the same
 * files (`node scripts/bench-stages.mjs bench/corpus/1000 [rounds]`, after
 * `npm run build` and one `npm run bench` that made the corpus). In one
 * thread: every file is read into memory, each stage runs over all of them
 * `rounds` times (default 5), and the least CPU time of the rounds is kept,
 * so that other load on the machine slows the numbers little. The whole
 * process of `npm run bench` adds start-up, loading jieba's dictionary and
 * the JIT's warm-up to these steady-state costs.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'

const repo = path.join(path.dirname(fileURLToPath(import.meta.url)), '..')
const [folder, roundsArg] = process.argv.slice(2)
if (!folder) {
  console.error('usage: node scripts/bench-stages.mjs <corpus folder> [rounds]')
  process.exit(2)
}
const rounds = Number(roundsArg ?? 5)
const dist = (name) => import(path.join(repo, 'dist', name))
const { processIssue } = await dist('pipeline/index.js')
const { toMdast } = await dist('pipeline/mdast.js')
const { issueStats } = await dist('stats/index.js')
const { jiebaSegmenter } = await dist('segment.js')
const { scanQuantities } = await dist('numbers/quantity.js')
const { nonFigureSpans } = await dist('rules/nonfigures.js')
const { scanPeriods } = await dist('stats/periods.js')
const { scanDates, scanTimes } = await dist('stats/dates.js')
const { makeEmitter } = await dist('emit/index.js')
const jieba = createRequire(import.meta.url)('nodejieba')

function filesOf(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? filesOf(path.join(dir, e.name)) : e.name.startsWith('.') ? [] : [path.join(dir, e.name)]))
    .sort()
}
const inputs = filesOf(folder).map((file) => ({ file, bytes: readFileSync(file), text: readFileSync(file, 'utf8') }))
const cpuMs = () => {
  const { user, system } = process.cpuUsage()
  return (user + system) / 1e3
}
/** The least CPU time of the rounds, in ms. */
const least = (work) => {
  let best = Infinity
  for (let r = 0; r < rounds; r++) {
    const started = cpuMs()
    work()
    best = Math.min(best, cpuMs() - started)
  }
  return Math.round(best)
}

// Load jieba (both dictionaries: the floor's cut loads its own) before anything is timed.
jieba.cut('预热', true)
jiebaSegmenter.tag('预热')
const floorParser = unified().use(remarkParse).use(remarkGfm).freeze()
const parsed = inputs.map((i) => processIssue(i.bytes, { source: i.file }))
const paragraphs = parsed.flatMap((p) => p.parsed.issue.articles.flatMap((a) => a.sections.flatMap((s) => s.paragraphs.map((x) => x.text))))
const withNumbers = paragraphs.filter((t) => scanQuantities(t).length > 0)
let tagMs = 0
const timedSegmenter = {
  tag: (text) => {
    const started = cpuMs()
    const words = jiebaSegmenter.tag(text)
    tagMs += cpuMs() - started
    return words
  },
  parts: jiebaSegmenter.parts,
}
const emitter = makeEmitter({ command: 'stats', format: 'jsonl', colorLevel: 0, excel: false, records: 'figures', width: 80 })
const stats = parsed.map((p) => issueStats(p.parsed, jiebaSegmenter))
const date = '2020-06-01'
let tagLeast = Infinity
const rows = {
  'floor: remark-parse + remark-gfm': least(() => inputs.forEach((i) => floorParser.parse(i.text))),
  'floor: jieba cut (HMM)': least(() => inputs.forEach((i) => jieba.cut(i.text, true))),
  'parse (processIssue)': least(() => inputs.forEach((i) => processIssue(i.bytes, { source: i.file }))),
  '  of which remark (toMdast)': least(() => inputs.forEach((i) => toMdast(i.text))),
  'figures (issueStats)': least(() => {
    tagMs = 0
    parsed.forEach((p) => issueStats(p.parsed, timedSegmenter))
    tagLeast = Math.min(tagLeast, tagMs)
  }),
  '  of which jieba tag': 0,
  '  of which the number reader': least(() => paragraphs.forEach((t) => scanQuantities(t))),
  '  of which non-figure scan': least(() => withNumbers.forEach((t) => nonFigureSpans(t))),
  '  of which periods': least(() => withNumbers.forEach((t) => scanPeriods(t, date))),
  '  of which dates and times': least(() => paragraphs.forEach((t) => (scanDates(t, date), scanTimes(t)))),
  'render (stats, JSON Lines)': least(() => parsed.forEach((p, k) => emitter.render({ issue: p.issue, stats: stats[k] }))),
}
rows['  of which jieba tag'] = Math.round(tagLeast)
const floor = rows['floor: remark-parse + remark-gfm'] + rows['floor: jieba cut (HMM)']
const ours = rows['parse (processIssue)'] + rows['figures (issueStats)'] + rows['render (stats, JSON Lines)']
console.log(`${inputs.length} files, ${paragraphs.length} paragraphs (${withNumbers.length} with numbers); least CPU ms of ${rounds} rounds, one thread`)
for (const [name, ms] of Object.entries(rows)) console.log(`${String(ms).padStart(7)}  ${name}`)
console.log(`${String(floor).padStart(7)}  floor`)
console.log(`${String(ours).padStart(7)}  stats (parse + figures + render): ${(ours / floor).toFixed(2)}x the floor, warm`)
