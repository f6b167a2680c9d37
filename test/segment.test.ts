/**
 * The segmenter behind its small type (`segment.ts`): the figure reader asks
 * it for the words around each figure, and the next figure of a clause often
 * asks for the same text again; one issue's run asks jieba once per distinct
 * text. Counts, never time.
 */
import { describe, expect, it } from 'vitest'
import { processIssue } from '../src/pipeline/index.js'
import { memoized, type Segmenter, type Tagged } from '../src/segment.js'
import { issueStats } from '../src/stats/index.js'
import { seedBytes } from './helpers/seed.js'

/** A stub that tags every character as a noun and counts the texts it is asked for. */
function counting(): Segmenter & { asked: string[] } {
  const asked: string[] = []
  return {
    asked,
    tag: (text) => {
      asked.push(text)
      return [...text].map((word): Tagged => ({ word, tag: 'n' }))
    },
    parts: (word) => [word],
  }
}

describe('memoized', () => {
  it('tags a text once, and shares the frozen tags', () => {
    const stub = counting()
    const words = memoized(stub)
    const first = words.tag('全市共有')
    expect(words.tag('全市共有')).toBe(first)
    words.tag('社区')
    expect(stub.asked).toEqual(['全市共有', '社区'])
    expect(Object.isFrozen(first)).toBe(true)
  })
})

describe('issueStats', () => {
  it('asks the segmenter once per distinct text of an issue', () => {
    const stub = counting()
    const processed = processIssue(seedBytes, { source: 'seed.txt' })
    if ('problem' in processed) throw new Error(processed.problem.message)
    const stats = issueStats(processed.parsed, stub)
    expect(stats.figures.length).toBeGreaterThan(20)
    expect(stub.asked.length).toBeGreaterThan(0)
    expect(new Set(stub.asked).size).toBe(stub.asked.length)
  })
})
