#!/usr/bin/env node
/**
 * The benchmark (`npm run bench`). Builds corpora of distinct issues (the
 * seed, the fixtures and ../shared/corpus, varied so no two files are
 * identical), then in one run and on the same files measures:
 *   1. the floor: bare remark-parse + remark-gfm and nodejieba cut, on the
 *      same number of worker threads;
 *   2. `baicheng-news parse` and `stats` as a user runs them (whole process);
 *   3. figure extraction on the seed against Microsoft Recognizers-Text
 *      (one recognizer per model, reused, warm), in ms per KB.
 * Prints a table and writes bench/results.json. Ratios are against the
 * floor measured in this same run, never against a number from elsewhere.
 *
 * Usage: npm run bench [-- --sizes 100,1000,5000,10000] [--jobs 2]
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { availableParallelism, cpus, totalmem } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'

const here = path.dirname(fileURLToPath(import.meta.url))
const repo = path.join(here, '..')
const args = process.argv.slice(2)
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`)
  return at === -1 ? fallback : args[at + 1]
}
const sizes = option('sizes', '100,1000,5000,10000').split(',').map(Number)
const jobs = Number(option('jobs', String(Math.min(2, availableParallelism()))))
const corpusRoot = path.join(repo, 'bench', 'corpus')

// 1. Corpora of distinct issues.
function sources() {
  const texts = [readFileSync(path.join(repo, 'seeds', '000_531ceeffb06bc024.txt'), 'utf8')]
  for (const name of readdirSync(path.join(repo, 'fixtures', 'parse')).sort()) {
    const file = path.join(repo, 'fixtures', 'parse', name, 'input.md')
    const bytes = readFileSync(file)
    // Keep the UTF-8 ones: the encodings have their own tests.
    const text = bytes.toString('utf8')
    if (!text.includes('\ufffd') && bytes[0] !== 0xff && bytes[0] !== 0xfe) texts.push(text)
  }
  const shared = path.join(repo, '..', 'shared', 'corpus')
  if (existsSync(shared)) {
    for (const folder of readdirSync(shared).sort()) {
      const dir = path.join(shared, folder)
      if (!statSync(dir).isDirectory()) continue
      for (const name of readdirSync(dir).sort()) texts.push(readFileSync(path.join(dir, name), 'utf8'))
    }
  } else console.error('bench: ../shared/corpus is absent; the corpus is built from the seed and fixtures only')
  return texts
}

/** Make issue i distinct: its numbers and first heading carry i. */
function vary(text, i) {
  let n = 0
  return text.replace(/\d+/g, (d) => (n++ % 3 === 0 ? String(Number(d) + (i % 97)) : d)).replace(/^(#+ .+)$/m, `$1 ${i}`) + `\n\n（本期编号${i}）\n`
}

function buildCorpus(size, base) {
  const dir = path.join(corpusRoot, String(size))
  if (existsSync(path.join(dir, '.complete'))) return dir
  rmSync(dir, { recursive: true, force: true })
  for (let i = 0; i < size; i++) {
    const year = 1985 + (i % 40)
    const day = `${year}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`
    const sub = path.join(dir, String(year))
    mkdirSync(sub, { recursive: true })
    writeFileSync(path.join(sub, `${day}-${i}.md`), vary(base[i % base.length], i))
  }
  writeFileSync(path.join(dir, '.complete'), '')
  return dir
}

function filesOf(dir) {
  const out = []
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) out.push(...filesOf(full))
    else if (!entry.name.startsWith('.')) out.push(full)
  }
  return out.sort()
}

// 2. The floor, on `jobs` worker threads.
async function floor(files, segment) {
  const started = process.hrtime.bigint()
  const parts = Array.from({ length: jobs }, (_, k) => files.filter((_, i) => i % jobs === k))
  await Promise.all(
    parts.map(
      (part) =>
        new Promise((resolve, reject) => {
          const worker = new Worker(path.join(here, 'bench-floor-worker.mjs'), { workerData: { files: part, segment } })
          worker.once('message', resolve)
          worker.once('error', reject)
        }),
    ),
  )
  return Number(process.hrtime.bigint() - started) / 1e9
}

function cli(command, dir) {
  const run = spawnSync(process.execPath, [path.join(here, 'bench-run.mjs'), command, dir, '-f', 'jsonl', '-q', '--jobs', String(jobs)], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  })
  const line = run.stderr.trim().split('\n').pop()
  const result = JSON.parse(line)
  if (result.code !== 0) throw new Error(`${command} exited ${result.code}`)
  return result
}

// 3. Figure extraction against Recognizers-Text.
async function figures() {
  const { processIssue } = await import('../dist/pipeline/index.js')
  const { issueStats } = await import('../dist/stats/index.js')
  const { jiebaSegmenter } = await import('../dist/segment.js')
  const { scanQuantities } = await import('../dist/numbers/quantity.js')
  const bytes = readFileSync(path.join(repo, 'seeds', '000_531ceeffb06bc024.txt'))
  const kb = bytes.length / 1024
  const text = bytes.toString('utf8')
  const { parsed } = processIssue(bytes, { source: 'seed' })
  const time = (fn, runs) => {
    fn()
    const started = process.hrtime.bigint()
    for (let i = 0; i < runs; i++) fn()
    return Number(process.hrtime.bigint() - started) / 1e6 / runs
  }
  const ours = time(() => issueStats(parsed, jiebaSegmenter), 50)
  const numbersOnly = time(() => scanQuantities(text), 200)
  const N = await import('@microsoft/recognizers-text-number')
  const U = await import('@microsoft/recognizers-text-number-with-unit')
  const numberModel = new N.NumberRecognizer(N.Culture.Chinese).getNumberModel()
  const units = new U.NumberWithUnitRecognizer(N.Culture.Chinese)
  const models = [numberModel, new N.NumberRecognizer(N.Culture.Chinese).getPercentageModel(), units.getCurrencyModel(), units.getDimensionModel()]
  const peerNumber = time(() => numberModel.parse(text), 3)
  const peerAll = time(() => models.forEach((m) => m.parse(text)), 3)
  return {
    seedKB: kb,
    oursMsPerKB: ours / kb,
    oursNumbersOnlyMsPerKB: numbersOnly / kb,
    recognizersNumberMsPerKB: peerNumber / kb,
    recognizersFourModelsMsPerKB: peerAll / kb,
    speedupVsNumberModel: peerNumber / ours,
    speedupVsFourModels: peerAll / ours,
  }
}

const base = sources()
const results = { date: new Date().toISOString().slice(0, 10), machine: `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`, jobs, sizes: [] }
for (const size of sizes) {
  const dir = buildCorpus(size, base)
  const files = filesOf(dir)
  const mb = files.reduce((sum, f) => sum + statSync(f).size, 0) / 1e6
  await floor(files.slice(0, 20), true) // warm the page cache and the module loader
  const floorParse = await floor(files, false)
  const floorBoth = await floor(files, true)
  const parse = cli('parse', dir)
  const stats = cli('stats', dir)
  results.sizes.push({
    issues: size,
    mb: Number(mb.toFixed(2)),
    floorSeconds: Number(floorBoth.toFixed(2)),
    floorParseOnlySeconds: Number(floorParse.toFixed(2)),
    floorMBps: Number((mb / floorBoth).toFixed(2)),
    parseSeconds: Number(parse.seconds.toFixed(2)),
    parseMBps: Number((mb / parse.seconds).toFixed(2)),
    parseOverFloor: Number((parse.seconds / floorBoth).toFixed(2)),
    parsePeakRssMB: Math.round(parse.maxRssKB / 1024),
    statsSeconds: Number(stats.seconds.toFixed(2)),
    statsMBps: Number((mb / stats.seconds).toFixed(2)),
    statsOverFloor: Number((stats.seconds / floorBoth).toFixed(2)),
    statsPeakRssMB: Math.round(stats.maxRssKB / 1024),
  })
  console.error(`bench: ${size} issues done`)
}
results.figures = await figures()
// Peak memory of the largest corpus over that of the 1,000-issue one (or the smallest).
const reference = results.sizes.find((s) => s.issues === 1000) ?? results.sizes[0]
const largest = results.sizes.at(-1)
results.peakRssGrowth = {
  from: reference.issues,
  to: largest.issues,
  parse: Number((largest.parsePeakRssMB / reference.parsePeakRssMB).toFixed(2)),
  stats: Number((largest.statsPeakRssMB / reference.statsPeakRssMB).toFixed(2)),
}
mkdirSync(path.join(repo, 'bench'), { recursive: true })
writeFileSync(path.join(repo, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`)

const pad = (s, n) => String(s).padStart(n)
console.log(`baicheng-news benchmark, ${results.date}, ${results.machine}, ${jobs} workers`)
console.log('issues      MB  floor MB/s  parse MB/s  parse/floor  parse RSS MB  stats MB/s  stats/floor  stats RSS MB')
for (const s of results.sizes) {
  console.log(`${pad(s.issues, 6)} ${pad(s.mb, 7)} ${pad(s.floorMBps, 11)} ${pad(s.parseMBps, 11)} ${pad(s.parseOverFloor, 12)} ${pad(s.parsePeakRssMB, 13)} ${pad(s.statsMBps, 11)} ${pad(s.statsOverFloor, 12)} ${pad(s.statsPeakRssMB, 13)}`)
}
const f = results.figures
console.log(`figures on the seed (${f.seedKB.toFixed(1)} KB): ours ${f.oursMsPerKB.toFixed(3)} ms/KB (numbers alone ${f.oursNumbersOnlyMsPerKB.toFixed(3)}), Recognizers-Text NumberModel ${f.recognizersNumberMsPerKB.toFixed(1)} ms/KB, four models ${f.recognizersFourModelsMsPerKB.toFixed(1)} ms/KB: ${f.speedupVsNumberModel.toFixed(0)}x and ${f.speedupVsFourModels.toFixed(0)}x faster`)
console.log(`peak RSS, ${results.peakRssGrowth.to} issues over ${results.peakRssGrowth.from}: parse ${results.peakRssGrowth.parse}x, stats ${results.peakRssGrowth.stats}x`)
console.log('written: bench/results.json')
