/**
 * Positions travel on the records: a figure's or date's line and column are
 * looked up from its paragraph's runs, never searched for in the source, so
 * they point at the figure itself, through Markdown marks, wrapped lines and
 * a dateline taken off the front of the paragraph.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { processIssue } from '../src/pipeline/index.js'
import { alignLine, dropStart, positionAt } from '../src/pipeline/positions.js'
import { jiebaSegmenter } from '../src/segment.js'
import { issueStats } from '../src/stats/index.js'
import { fixtureCases } from './helpers/fixtures.js'
import { repo } from './helpers/run.js'
import { seedPath } from './helpers/seed.js'

function statsOf(bytes: Uint8Array, source = 'p.md') {
  const result = processIssue(bytes, { source, fallbackDate: '2020-01-19' })
  if ('problem' in result) throw new Error(result.problem.message)
  return { lines: result.parsed.text.split('\n'), stats: issueStats(result.parsed, jiebaSegmenter) }
}

/** The records whose line and column do not show their text in the source. */
function misplaced(bytes: Uint8Array, source?: string): string[] {
  const { lines, stats } = statsOf(bytes, source)
  return [...stats.figures, ...stats.dates]
    .filter((r) => !(lines[r.line - 1] ?? '').slice(r.column - 1).startsWith(r.text))
    .map((r) => `${r.line}:${r.column} ${r.text}`)
}

describe('positions on records', () => {
  it('a date that repeats the dateline is placed where the text has it, not in the dateline', () => {
    // The real line of fixtures/parse/dateline-city-date: the source search found the dateline's 1月18日 (column 5).
    const { stats } = statsOf(Buffer.from('## 习近平结束对缅甸国事访问回到国内\n\n本报北京1月18日电  1月18日晚，国家主席习近平回到国内。\n'))
    expect(stats.dates.map((d) => [d.text, d.line, d.column])).toEqual([['1月18日', 3, 13]])
  })

  it('through Markdown marks, escapes, quotes, wrapped lines, code and tables', () => {
    const markdown = [
      '## 题',
      '',
      '本报讯 全市**新增**岗位\\*320个，',
      '  其中&amp;返乡创业带动就业1.2万人。',
      '',
      '> 引用中有增长15%的数字，',
      '> 第二行还有8个项目。',
      '',
      '| 项目 | 数量 |',
      '| --- | --- |',
      '| 新建 | 474个 |',
      '',
      '```',
      '代码里的22个',
      '```',
      '',
    ].join('\n')
    const { stats } = statsOf(Buffer.from(markdown))
    expect(stats.figures.length).toBeGreaterThanOrEqual(5)
    expect(misplaced(Buffer.from(markdown))).toEqual([])
  })

  it('every figure and date of the seed and the fixtures points at its text', () => {
    const inputs = [
      seedPath,
      ...(['parse', 'stats'] as const).flatMap((kind) => {
        const { root, cases } = fixtureCases(kind)
        return cases.map((name) => path.join(root, name, 'input.md'))
      }),
    ]
    expect(inputs.length).toBeGreaterThan(20)
    for (const file of inputs) expect(misplaced(readFileSync(file), path.relative(repo, file)), file).toEqual([])
  })
})

describe('runs', () => {
  it('skip what the source has and the text has not', () => {
    const runs = alignLine('全市新增岗位', '> 全市**新增**岗位', 7, 0)
    expect(runs).toEqual([
      { at: 0, line: 7, column: 3 },
      { at: 2, line: 7, column: 7 },
      { at: 4, line: 7, column: 11 },
    ])
    expect(positionAt(runs, 3, 7)).toEqual({ line: 7, column: 8 })
    expect(positionAt(dropStart(runs, 3), 0, 7)).toEqual({ line: 7, column: 8 })
  })

  it('are linear in the line: a 1 MB line is placed in one pass', () => {
    const line = '城'.repeat(1 << 20)
    expect(alignLine(line, `\u3000${line}`, 1, 0)).toEqual([{ at: 0, line: 1, column: 2 }])
  })
})
