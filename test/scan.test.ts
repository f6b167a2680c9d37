/**
 * The fast scanners of rule tables (`util/scan.ts`, `util/required.ts`): a
 * pattern is skipped on a text that lacks every character it needs, and the
 * patterns run one by one; what they find together must be exactly what the
 * joined alternation finds, on real paragraphs (seed, fixtures, corpus) and
 * on random text built from the tables' own characters.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { BASIS_WORDS } from '../src/rules/changes.js'
import { NON_FIGURE_CLASSES, nonFigureSpans } from '../src/rules/nonfigures.js'
import { foldTraditional } from '../src/rules/traditional.js'
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
