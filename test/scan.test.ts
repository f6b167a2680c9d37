/**
 * The fast scanners of rule tables (`util/scan.ts`, `util/required.ts`,
 * `util/prefixes.ts`): a pattern is skipped on a text that lacks every
 * character it needs, and tried, anchored, only where its matches can begin;
 * what the patterns find together must be exactly what the joined alternation
 * finds, on real paragraphs (seed, fixtures, corpus), on random text built
 * from the tables' own characters, and for random patterns.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { BASIS_WORDS } from '../src/rules/changes.js'
import { NON_FIGURE_CLASSES, nonFigureSpans } from '../src/rules/nonfigures.js'
import { PERIOD_FORMS, PERIOD_PARTS } from '../src/rules/periods.js'
import { foldTraditional } from '../src/rules/traditional.js'
import { matchStarts } from '../src/util/prefixes.js'
import { compileScanner } from '../src/util/scan.js'
import { requiredAny, requiredChars } from '../src/util/required.js'

const repo = path.join(import.meta.dirname, '..')
const corpus = path.join(repo, '..', 'shared', 'corpus')
const NON_FIGURE_SOURCES = NON_FIGURE_CLASSES.flatMap((c) => c.patterns.map((p) => p.source))

/**
 * What the joined alternation finds: the reference the scanner must equal. Each pattern's
 * back-references are renumbered past the groups of the patterns before it, so that \1 means its
 * own first group, as it does when the pattern runs alone (joined as written, 一([辆层])一\1 after
 * 一([座个])\1 would refer to the other pattern's group).
 */
function joined(sources: readonly string[], text: string): [number, number][] {
  let groups = 0
  const renumbered = sources.map((source) => {
    const before = groups
    groups += [...source.matchAll(/\\.|\[(?:\\.|[^\]\\])*\]|\((?!\?)|\(\?<(?![=!])/gu)].filter((m) => m[0].startsWith('(')).length
    return source.replace(/\\.|\[(?:\\.|[^\]\\])*\]/gu, (token) => (/^\\[1-9]$/u.test(token) ? `\\${Number(token[1]) + before}` : token))
  })
  const all = new RegExp(renumbered.map((s) => `(?:${s})`).join('|'), 'gu')
  return [...text.matchAll(all)].filter((m) => m[0] !== '').map((m) => [m.index, m.index + m[0].length])
}

function paragraphsUnder(dir: string): string[] {
  const out: string[] = []
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name)
    if (statSync(full).isDirectory()) out.push(...paragraphsUnder(full))
    else if (/\.(?:md|txt)$/u.test(name)) out.push(...readFileSync(full, 'utf8').split(/\n+/u).filter((p) => p.trim() !== ''))
  }
  return out
}

const EXAMPLES = [...NON_FIGURE_CLASSES.flatMap((c) => c.patterns.map((p) => p.example)), ...BASIS_WORDS.map(([, , example]) => example)]

/** Random text of the tables' examples and of the characters their patterns are written in, so that matches overlap often. */
function textFrom(sources: readonly string[]): fc.Arbitrary<string> {
  const alphabet = [...new Set([...sources.join('').replace(/[\\()[\]{}?*+|^$]/gu, ''), ...'0123456789，。、 ：“”‘’'])]
  const piece = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...alphabet) }, { weight: 1, arbitrary: fc.constantFrom(...EXAMPLES) })
  return fc.array(piece, { maxLength: 30 }).map((pieces) => pieces.join(''))
}

describe('compileScanner: the joined alternation, faster', () => {
  const scanner = compileScanner(NON_FIGURE_SOURCES)
  const scan = (text: string) => scanner.scan(text).map((m): [number, number] => [m.start, m.end])

  it('finds exactly the non-figure spans of the joined alternation on the seed and the fixtures', () => {
    const paragraphs = [...paragraphsUnder(path.join(repo, 'seeds')), ...paragraphsUnder(path.join(repo, 'fixtures'))]
    expect(paragraphs.length).toBeGreaterThan(100)
    for (const p of paragraphs) expect(scan(foldTraditional(p)), p).toEqual(joined(NON_FIGURE_SOURCES, foldTraditional(p)))
  })

  it.skipIf(!existsSync(corpus))('finds exactly the non-figure spans of the joined alternation on every corpus paragraph (../shared/corpus)', () => {
    const paragraphs = paragraphsUnder(corpus)
    expect(paragraphs.length).toBeGreaterThan(1000)
    let differing = 0
    for (const p of paragraphs) if (JSON.stringify(scan(foldTraditional(p))) !== JSON.stringify(joined(NON_FIGURE_SOURCES, foldTraditional(p)))) differing++
    expect(differing).toBe(0)
  })

  it('finds exactly what the joined alternation finds on random text of the tables’ characters', () => {
    fc.assert(
      fc.property(textFrom(NON_FIGURE_SOURCES), (text) => {
        expect(scan(text)).toEqual(joined(NON_FIGURE_SOURCES, text))
      }),
      { numRuns: 3000 },
    )
  })

  it('keeps the order of priority and the empty-match step of matchAll', () => {
    const sources = ['ab', 'a', 'b?', 'bc']
    for (const text of ['abc', 'bcab', 'xbcx', 'aab', '']) {
      expect(compileScanner(sources).scan(text).map((m): [number, number] => [m.start, m.end])).toEqual(joined(sources, text))
    }
    expect(compileScanner(['b', 'ab']).scan('ab').map((m) => m.pattern)).toEqual([1])
  })

  it('finds what the joined alternation finds for random patterns: look-arounds, optional starts, empty matches', () => {
    const char = fc.constantFrom('a', 'b', 'c', '[ab]', '[^a]', '.', '\\d', '1')
    const quantified = fc.tuple(char, fc.constantFrom('', '', '?', '*', '+', '{1,2}', '{0,2}')).map(([c, q]) => c + q)
    const around = fc.constantFrom('(?<=a)', '(?<!b)', '(?=c)', '(?!a)', '(?<=1|ab)', '^', '$', '\\b')
    const item = fc.oneof({ weight: 4, arbitrary: quantified }, { weight: 1, arbitrary: around })
    const sequence = fc.array(item, { minLength: 1, maxLength: 4 }).map((items) => items.join(''))
    const pattern = fc.oneof({ weight: 3, arbitrary: sequence }, { weight: 1, arbitrary: fc.array(sequence, { minLength: 2, maxLength: 3 }).map((b) => `(?:${b.join('|')})`) })
    const text = fc.array(fc.constantFrom('a', 'b', 'c', '1', ' ', '中'), { maxLength: 16 }).map((c) => c.join(''))
    fc.assert(
      fc.property(fc.array(pattern, { minLength: 1, maxLength: 5 }), text, (sources, t) => {
        expect(compileScanner(sources).scan(t).map((m): [number, number] => [m.start, m.end])).toEqual(joined(sources, t))
      }),
      { numRuns: 2000 },
    )
  })

  it('reads a back-reference as its own pattern’s group (一辆一辆, 一座座)', () => {
    expect(nonFigureSpans('车辆一辆一辆地检查')).toContainEqual({ start: 2, end: 6 })
    expect(nonFigureSpans('一座座新楼')).toContainEqual({ start: 0, end: 3 })
  })

  it('is what nonFigureSpans runs, over traditional characters too', () => {
    const text = '深入學習黨的十九屆四中全會精神'
    expect(nonFigureSpans(text)).toEqual(joined(NON_FIGURE_SOURCES, foldTraditional(text)).map(([start, end]) => ({ start, end })))
  })
})

describe('requiredChars: what a text must hold for a pattern to match', () => {
  it.each([
    ['[一二三]{1,3}届(?:全会|会议)', '届'],
    ['第[一二]个百年(?:奋斗目标)?', '第'],
    ['(?<![\\d.])\\d{2,3}旅(?![游行客])', '旅'],
    ['(?<=号楼|单元)\\d{2,4}', '号单'],
    ['双(?:一流|循环|减)', '双'],
    ['三严三实|两学一做', '严学'],
    ['图?[①-③]', '①②③'],
    ['(?:地铁)?\\d{1,2}号线', '号'],
  ])('%s needs one of %s', (source, chars) => {
    expect([...(requiredChars(source) ?? [])].sort()).toEqual([...chars].sort())
  })

  it.each([['a?'], ['[^”]{1,8}'], ['\\p{Script=Han}{1,2}'], ['.x?'], ['a|'], ['\\s+']])('%s needs nothing known', (source) => {
    expect(requiredChars(source)).toBeNull()
  })

  it('never skips a text a table pattern matches (non-figure classes and bases)', () => {
    const sources = [...NON_FIGURE_SOURCES, ...BASIS_WORDS.map(([pattern]) => pattern)]
    fc.assert(
      fc.property(textFrom(sources), fc.nat(sources.length - 1), (text, i) => {
        const required = requiredChars(sources[i]!)
        if (required !== null && new RegExp(sources[i]!, 'u').test(text)) expect([...text].some((c) => required.has(c))).toBe(true)
      }),
      { numRuns: 5000 },
    )
    for (const c of NON_FIGURE_CLASSES) for (const p of c.patterns) expect(requiredAny([p.source]).test(p.example), p.example).toBe(true)
    for (const [pattern, , example] of BASIS_WORDS) expect(requiredAny([pattern]).test(example), example).toBe(true)
  })
})

/** What each pattern's own matchAll finds, non-empty, by pattern then position: the reference of `each`. */
function eachJoined(sources: readonly (string | RegExp)[], text: string): [number, number, number, string][] {
  return sources.flatMap((source, i) =>
    [...text.matchAll(typeof source === 'string' ? new RegExp(source, 'gu') : source)].filter((m) => m[0] !== '').map((m): [number, number, number, string] => [i, m.index, m.index + m[0].length, JSON.stringify(m.groups ?? {})]),
  )
}

describe('Scanner.each: every pattern’s own matches, faster', () => {
  const found = (sources: readonly string[], text: string) =>
    compileScanner(sources)
      .each(text)
      .map((m): [number, number, number, string] => [m.pattern, m.start, m.end, JSON.stringify(m.match.groups ?? {})])
  const PERIOD_SOURCES = PERIOD_FORMS.map((f) => f.pattern.replace(/\{(UNTIL|BY|YEAR|NUM|COUNT)\}/gu, (_, name: keyof typeof PERIOD_PARTS) => PERIOD_PARTS[name]))

  it.skipIf(!existsSync(corpus))('finds every period form’s matches, with their groups, on every corpus paragraph and the seed', () => {
    const paragraphs = [...paragraphsUnder(corpus), ...paragraphsUnder(path.join(repo, 'seeds'))]
    const scanner = compileScanner(PERIOD_SOURCES)
    const patterns = PERIOD_SOURCES.map((source) => new RegExp(source, 'gu'))
    let differing = 0
    for (const p of paragraphs) {
      const mine = scanner.each(p).map((m) => [m.pattern, m.start, m.end, JSON.stringify(m.match.groups ?? {})])
      if (JSON.stringify(mine) !== JSON.stringify(eachJoined(patterns, p))) differing++
    }
    expect(differing).toBe(0)
  })

  it('finds what each pattern’s matchAll finds for random patterns', () => {
    const char = fc.constantFrom('a', 'b', '(?<x>c)', '[ab]', '[^a]', '.', '\\d', '1')
    const quantified = fc.tuple(char, fc.constantFrom('', '', '?', '*', '+', '{1,2}')).map(([c, q]) => c + q)
    const item = fc.oneof({ weight: 4, arbitrary: quantified }, { weight: 1, arbitrary: fc.constantFrom('(?<=a)', '(?<!b)', '(?=c)', '^', '$') })
    const pattern = fc.array(item, { minLength: 1, maxLength: 4 }).map((items) => items.join(''))
    const text = fc.array(fc.constantFrom('a', 'b', 'c', '1', ' '), { maxLength: 16 }).map((c) => c.join(''))
    fc.assert(
      fc.property(fc.array(pattern, { minLength: 1, maxLength: 4 }), text, (sources, t) => {
        fc.pre(sources.every((s) => (s.match(/\(\?<x>/gu) ?? []).length <= 1))
        expect(found(sources, t)).toEqual(eachJoined(sources, t))
      }),
      { numRuns: 1000 },
    )
  })
})

describe('matchStarts: what every match of a pattern begins with', () => {
  it.each([
    ['(?<![\\d一])(?:三心二意|说三道四)(?!级)', 2, '三心 说三'],
    ['图?[①②]', 2, '① ② 图① 图②'],
    ['第[一二]个', 1, '第'],
    ['(?<=号楼|单元)\\d{2,4}', 1, '0 1 2 3 4 5 6 7 8 9'],
    ['一([座个])\\1', 2, '一座 一个'],
    ['(?:约|近)?7天', 2, '约7 近7 7天'],
  ])('%s (depth %d) begins with one of %s', (source, depth, starts) => {
    expect([...(matchStarts(source, depth) ?? [])].sort()).toEqual(starts.split(' ').sort())
  })

  it.each([['a?'], ['.x'], ['\\p{Script=Han}{1,2}号'], ['[^”]{1,8}'], ['\\1a']])('%s may begin with anything (or nothing)', (source) => {
    const starts = matchStarts(source, 2)
    expect(starts === null || starts.has('')).toBe(true)
  })

  it('holds for every match of the non-figure patterns on random text of their characters', () => {
    fc.assert(
      fc.property(textFrom(NON_FIGURE_SOURCES), fc.nat(NON_FIGURE_SOURCES.length - 1), (text, i) => {
        const starts = matchStarts(NON_FIGURE_SOURCES[i]!, 2)
        if (starts === null) return
        for (const m of text.matchAll(new RegExp(NON_FIGURE_SOURCES[i]!, 'gu'))) {
          expect([...starts].some((s) => text.startsWith(s, m.index)), `${NON_FIGURE_SOURCES[i]} at ${m.index} of ${text}`).toBe(true)
        }
      }),
      { numRuns: 5000 },
    )
  })
})
