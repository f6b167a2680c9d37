/**
 * Hostile input costs nothing: time grows linearly with the input (twice the
 * input takes at most 2.5 times as long, measured as a ratio in the same
 * run, never against a clock), and no input overflows the call stack or the
 * regular-expression stack.
 */
import { describe, expect, it } from 'vitest'
import { checkConservation, describeImbalance } from '../src/pipeline/conservation.js'
import type { Block } from '../src/pipeline/blocks.js'
import { clean, joinWrapped } from '../src/pipeline/lines.js'
import { toArticles } from '../src/pipeline/articles.js'
import { closingParenthesis, splitTrailingCredit, splitTrailingGroupByline } from '../src/pipeline/bylines.js'
import { extractDateline, extractEndDateline } from '../src/pipeline/datelines.js'
import { MAX_DELIMITER_RUN, MAX_NESTING } from '../src/pipeline/bound.js'
import { processIssue } from '../src/pipeline/index.js'
import { prepareStats, workOnBytes, type WorkOptions } from '../src/run/work.js'
import type { Segmenter } from '../src/segment.js'
import { issueStats } from '../src/stats/index.js'

/** Twice the input may take at most this many times as long. */
const GROWTH_LIMIT = 2.5

/**
 * A segmenter that tags every character as a word of no known kind: cheap
 * and linear, so that what is measured is our code, not jieba's dictionary.
 */
const stubSegmenter: Segmenter = {
  tag: (text) => [...text].map((word) => ({ word, tag: 'x' })),
  parts: () => [],
}

const command = (name: 'parse' | 'stats' | 'export'): WorkOptions => ({
  fallbackDate: '2019-07-20',
  check: true,
  debug: true,
  maxBytes: Infinity,
  stats: name === 'parse' ? null : { headline: false },
  ...(name === 'export'
    ? { render: null, export: { format: 'jsonl' as const, skip: [] } }
    : { render: { command: name, format: 'jsonl' as const, colorLevel: 0 as const, excel: false, records: 'figures' as const, width: 80 }, export: null }),
})

/** Do a command's work on one text, as the CLI does for one file; fail on an internal error or lost text. */
function work(name: 'parse' | 'stats' | 'export', text: string): void {
  const result = workOnBytes('pathological.md', Buffer.from(text), command(name), () => stubSegmenter)
  if (!result.ok) throw new Error(result.problem.message)
  if (result.conserved !== true) throw new Error(`conservation does not hold: ${result.findings.map((f) => f.message).join('; ')}`)
}

function seconds(run: () => void): number {
  const started = performance.now()
  run()
  return (performance.now() - started) / 1000
}

/**
 * How much longer twice the input takes: the least time of three runs at
 * each size, interleaved, so that a busy machine slows both alike. A ratio
 * over the limit is measured again (up to five times; a run of the whole
 * suite on two busy cores once read ×2.58 for a linear case that reads ×2.1
 * alone): noise only ever makes a ratio larger, and a quadratic cost stays
 * near 4 however often it is measured.
 */
function growth(small: () => void, large: () => void): { ratio: number; small: number; large: number } {
  small()
  let best = { ratio: Infinity, small: 0, large: 0 }
  for (let attempt = 0; attempt < 5 && best.ratio > GROWTH_LIMIT; attempt++) {
    let a = Infinity
    let b = Infinity
    for (let i = 0; i < 3; i++) {
      a = Math.min(a, seconds(small))
      b = Math.min(b, seconds(large))
    }
    if (b / a < best.ratio) best = { ratio: b / a, small: a, large: b }
  }
  return best
}

/** What a row is measured in: a command's whole work on a file, or one stage alone (parsed beforehand). */
type Measure = 'parse' | 'stats' | 'export' | 'stats stage' | 'joinWrapped'

/**
 * Run one measure on a text. A stage alone is measured where the rest of the
 * work would hide a quadratic cost until the input is large (the figures of
 * a paragraph; the lines of a paragraph): the parse is done before timing.
 */
function measurer(measure: Measure): (make: (n: number) => string) => (n: number) => () => void {
  return (make) => (n) => {
    const text = make(n)
    if (measure === 'joinWrapped') {
      const lines = text.split('\n')
      return () => joinWrapped(lines)
    }
    if (measure === 'stats stage') {
      const result = processIssue(Buffer.from(text), { source: 'pathological.md', fallbackDate: '2019-07-20' })
      if (!('parsed' in result)) throw new Error('not parsed')
      return () => issueStats(result.parsed, stubSegmenter)
    }
    return () => work(measure, text)
  }
}

/** The rows of the growth table (README "Limits"): input, its size, and what it is measured in. */
const ROWS: { name: string; make: (n: number) => string; base: number; measures: Measure[] }[] = [
  { name: 'numeral run 一…亿 ×N', make: (n) => `## 标题\n\n${'一二三四五六七八九十百千万亿'.repeat(n)}\n`, base: 1500, measures: ['stats stage', 'export'] },
  { name: 'list 1,2,3…N', make: (n) => `## 标题\n\n${Array.from({ length: n }, (_, i) => i + 1).join(',')}\n`, base: 10000, measures: ['stats stage', 'export'] },
  { name: 'percents ×N', make: (n) => `## 标题\n\n${'增长5%，'.repeat(n)}\n`, base: 10000, measures: ['stats stage', 'export'] },
  // Non-figures packed in one paragraph: the scanner takes each match once, whatever their number.
  { name: 'non-figures ×N', make: (n) => `## 标题\n\n${'十九届四中全会23日上午9时同比，'.repeat(n)}\n`, base: 3000, measures: ['stats stage'] },
  { name: 'one paragraph of N lines', make: (n) => `## 标题\n\n${'城市基层党建12个\n'.repeat(n)}\n`, base: 3000, measures: ['parse', 'stats'] },
  { name: 'one paragraph of N lines', make: (n) => `## 标题\n\n${'城市基层党建12个\n'.repeat(n)}\n`, base: 20000, measures: ['stats stage'] },
  { name: 'one paragraph of N lines', make: (n) => `## 标题\n\n${'城市基层党建12个\n'.repeat(n)}\n`, base: 100000, measures: ['joinWrapped'] },
  { name: 'U+3000 ×N', make: (n) => `## 标题\n\n本报讯 甲${'\u3000'.repeat(n)}乙\n`, base: 40000, measures: ['parse'] },
  { name: '*×N 文 *×N', make: (n) => `${'*'.repeat(n)}文${'*'.repeat(n)}\n`, base: 3000, measures: ['parse'] },
  { name: '- ×N 文', make: (n) => `${'- '.repeat(n)}文\n`, base: 20000, measures: ['parse'] },
  { name: '>×N', make: (n) => `${'>'.repeat(n)}\n`, base: 100000, measures: ['parse'] },
  { name: '1. ×N 文', make: (n) => `${'1. '.repeat(n)}文\n`, base: 20000, measures: ['parse'] },
]

describe('linear time', () => {
  it.each(ROWS.flatMap((row) => row.measures.map((m) => [row.name, m, row.base, row] as const)))(
    '%s: %s (N=%i) grows linearly',
    async (_, measure, __, row) => {
      if (measure !== 'parse' && measure !== 'joinWrapped') await prepareStats()
      const prepare = measurer(measure)(row.make)
      const measured = growth(prepare(row.base), prepare(row.base * 2))
      console.log(`growth ${row.name} (${measure}, N=${row.base}): ×${measured.ratio.toFixed(2)} (${measured.small.toFixed(3)} s → ${measured.large.toFixed(3)} s)`)
      expect(measured.ratio).toBeLessThanOrEqual(GROWTH_LIMIT)
    },
    300_000,
  )
})

describe('no stack overflow', () => {
  it('>×5000 (5 KB): quotes nested beyond the limit are text, and conservation holds', () => {
    const result = processIssue(Buffer.from('>'.repeat(5000)), { source: 'quotes.md' })
    if (!('parsed' in result)) throw new Error('not parsed')
    expect(describeImbalance(checkConservation(result.parsed))).toBeNull()
    expect(result.issue.articles.flatMap((a) => a.sections.flatMap((s) => s.paragraphs))).toEqual(['>'.repeat(5000 - MAX_NESTING)])
    expect(result.issue.warnings.map((w) => [w.code, w.line])).toContainEqual(['marker-limit', 1])
  })

  it('a run of * beyond the limit is text, and a thematic break stays one', () => {
    const stars = '*'.repeat(MAX_DELIMITER_RUN + 1)
    const result = processIssue(Buffer.from(`## 题\n\n${stars}文${stars}\n\n${'*'.repeat(5000)}\n\n${'- '.repeat(5000)}\n`), { source: 'stars.md' })
    if (!('parsed' in result)) throw new Error('not parsed')
    expect(describeImbalance(checkConservation(result.parsed))).toBeNull()
    expect(result.issue.articles[0]!.sections[0]!.paragraphs).toEqual([`${stars}文${stars}`])
  })

  it('100k paragraphs in one article (the lines of an article are not spread into Math.min)', () => {
    const blocks: Block[] = [{ type: 'heading', depth: 2, text: '标题', line: 1, endLine: 1 }]
    for (let i = 0; i < 100_000; i++) blocks.push({ type: 'paragraph', text: '段落。', line: 3 + 2 * i, endLine: 3 + 2 * i, indented: false, runs: [] })
    const { articles } = toArticles(blocks, { issueId: 'x', date: null, page: null })
    expect(articles).toHaveLength(1)
    expect(articles[0]!.lines).toEqual({ start: 1, end: 3 + 2 * 99_999 })
  })

  describe('a 27 MB line', () => {
    const han = '城市基层党建整体效应'.repeat(900_000)
    const spaces = '\u3000'.repeat(9_000_000)

    it('each stage that looks at the end or start of a paragraph scans it', () => {
      expect(extractEndDateline(`${han}（新华社北京5月18日电）`, '2019-07-20')?.dateline.raw).toBe('新华社北京5月18日电')
      expect(extractEndDateline(han, null)).toBeNull()
      expect(closingParenthesis(`${han}${spaces}（注）`)?.before).toBe(han)
      expect(splitTrailingCredit(`${han}。 陈宝林摄`)?.raw).toBe('陈宝林摄')
      expect(splitTrailingCredit(`${han}。`)).toBeNull()
      expect(splitTrailingGroupByline(`${han}（本报记者彭波、徐隽）`)?.bylines.map((b) => b.name)).toEqual(['彭波', '徐隽'])
      expect(extractDateline(`本报讯${spaces}甲`, null)?.rest).toBe('甲')
      expect(clean(`${spaces}甲${spaces}`)).toBe('甲')
    })

    it('the whole pipeline reads it, and conservation holds', () => {
      const text = `${spaces.slice(0, 1000)}${han}${spaces.slice(0, 1000)}（新华社北京5月18日电）`
      expect(Buffer.byteLength(text)).toBeGreaterThan(27_000_000)
      work('parse', text)
    }, 300_000)
  })
})
