/**
 * Tables that fit the terminal: column fitting and cutting by display width
 * (a CJK character takes two cells), never a line wider than the terminal,
 * and golden tables at 80 and 120 columns.
 */
import { copyFileSync } from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import stringWidth from 'string-width'
import { describe, expect, it } from 'vitest'
import { clipLines, fitColumns, fitText, wrapText } from '../src/emit/layout.js'
import { terminalWidth } from '../src/io/terminal.js'
import { runMain } from './helpers/run.js'
import { freshFolder, scratchFolder } from './helpers/scratch.js'
import { seedPath } from './helpers/seed.js'

const scratch = scratchFolder('tables')
const widest = (text: string): number => Math.max(...text.split('\n').map((line) => stringWidth(line)))

describe('layout', () => {
  it('cuts by display width with an ellipsis: a CJK character is two cells', () => {
    expect(fitText('释放城市基层党建整体效应', 24)).toBe('释放城市基层党建整体效应')
    expect(fitText('释放城市基层党建整体效应', 10)).toBe('释放城市…')
    expect(stringWidth(fitText('释放城市基层党建整体效应', 10))).toBe(9)
    expect(fitText('abc', 0)).toBe('')
  })

  it('lets columns give way in order, down to their minimum', () => {
    const cells = [
      ['#', 'headline', 'bylines'],
      ['1', '释放城市基层党建整体效应', '于凝 尹雪 张磊'],
    ]
    const fits = [
      { min: 1, give: 0 },
      { min: 8, give: 1 },
      { min: 6, give: 2 },
    ]
    // Natural: 1 + 24 + 14 = 39 cells of text, 10 of frame.
    expect(fitColumns(cells, fits, 49)).toEqual([1, 24, 14])
    expect(fitColumns(cells, fits, 45)).toEqual([1, 24, 10])
    expect(fitColumns(cells, fits, 35)).toEqual([1, 18, 6])
    expect(fitColumns(cells, fits, 10)).toEqual([1, 8, 6])
  })

  it('wraps a sentence by width, at a space when one is near', () => {
    expect(wrapText('Share 21.6% of 社区 holds: (22个) / 102个', 22)).toEqual(['Share 21.6% of 社区', 'holds: (22个) / 102个'])
    for (const line of wrapText('释放城市基层党建整体效应'.repeat(5), 13)) expect(stringWidth(line)).toBeLessThanOrEqual(13)
  })

  it('clips coloured lines by width and closes the colour', () => {
    const red = '\u001b[31m释放城市基层党建\u001b[39m'
    expect(clipLines(red, 9)).toBe('\u001b[31m释放城市\u001b[0m…')
    expect(clipLines(red, 40)).toBe(red)
  })

  it('property: no clipped or wrapped line is wider than asked', () => {
    const text = fc.string({ unit: fc.constantFrom('释', '放', 'a', ' ', '1', '…', '（', '）', '🙂') })
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 60 }), (t, width) => {
        expect(widest(clipLines(t, width))).toBeLessThanOrEqual(width)
        expect(stringWidth(fitText(t, width))).toBeLessThanOrEqual(width)
        for (const line of wrapText(t, Math.max(width, 2))) expect(stringWidth(line)).toBeLessThanOrEqual(Math.max(width, 2))
      }),
    )
  })

  it('takes the width from the terminal, else COLUMNS, else 80', () => {
    expect(terminalWidth({ isTTY: true, columns: 97 }, { COLUMNS: '120' })).toBe(97)
    expect(terminalWidth({ isTTY: false, columns: 97 }, { COLUMNS: '120' })).toBe(120)
    expect(terminalWidth({}, { COLUMNS: 'wide' })).toBe(80)
    expect(terminalWidth({}, {})).toBe(80)
  })
})

describe('tables fit the terminal', () => {
  it.each([80, 120])('parse and stats tables at %i columns: golden, and no line wider', async (columns) => {
    for (const command of ['parse', 'stats'] as const) {
      const run = await runMain([command, 'seeds', '-f', 'table', '--no-color', '-q'], { stdoutTTY: true, columns })
      expect(run.code).toBe(0)
      expect(widest(run.stdout)).toBeLessThanOrEqual(columns)
      await expect(run.stdout).toMatchFileSnapshot(`golden/${command}-table-${columns}.txt`)
    }
  })

  it('uses the room there is: at 120 columns every headline of the seed is whole', async () => {
    const json = JSON.parse((await runMain(['parse', 'seeds', '-f', 'json', '-q'])).stdout)
    const table = (await runMain(['parse', 'seeds', '-f', 'table', '-q'], { stdoutTTY: true, columns: 120 })).stdout
    for (const article of json.issues[0].articles) if (article.headline) expect(table).toContain(article.headline)
  })

  it.each([40, 60, 100])('never a line wider than %i columns, in colour too, for parse, stats and --dates', async (columns) => {
    for (const argv of [['parse'], ['stats'], ['stats', '--dates']]) {
      const run = await runMain([...argv, 'seeds', '-f', 'table', '-q'], { stdoutTTY: true, columns })
      expect(run.stdout).toMatch(/\u001b\[/)
      expect(widest(run.stdout)).toBeLessThanOrEqual(columns)
    }
  })

  it('the progress line is narrower than the terminal, so a carriage return can take it back', async () => {
    const dir = freshFolder(scratch, 'progress-')
    for (const name of ['a.md', 'b.md', 'c.md']) copyFileSync(seedPath, path.join(dir, name))
    const run = await runMain(['parse', dir, '-f', 'jsonl', '--jobs', '1', '--no-color'], { stderrTTY: true, columns: 30 })
    const drawn = run.stderr.split('\r').filter((piece) => /[█░]/.test(piece))
    expect(drawn.length).toBeGreaterThan(0)
    for (const piece of drawn) expect(stringWidth(piece.replace('\u001b[K', ''))).toBeLessThan(30)
  })

  it('in a pipe: COLUMNS, else 80', async () => {
    expect(widest((await runMain(['parse', 'seeds', '-f', 'table', '-q'])).stdout)).toBeLessThanOrEqual(80)
    expect(widest((await runMain(['parse', 'seeds', '-f', 'table', '-q'], { env: { COLUMNS: '50' } })).stdout)).toBeLessThanOrEqual(50)
  })
})
