/**
 * A repost in traditional characters reads as its simplified original: every
 * parse fixture, its text turned into traditional characters (the pairs of
 * rules/traditional.ts, the other way), gives the same items, heading fields
 * and bylines, once those are folded back.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { processIssue } from '../src/pipeline/index.js'
import { TRADITIONAL, foldTraditional } from '../src/rules/traditional.js'
import { fixtureCases } from './helpers/fixtures.js'

const SIMPLIFIED_TO_TRADITIONAL = new Map([...TRADITIONAL].map(([t, s]) => [s, t]))
const toTraditional = (text: string): string => [...text].map((c) => SIMPLIFIED_TO_TRADITIONAL.get(c) ?? c).join('')

/** What a reader of the repost gets, in simplified characters. */
function fields(text: string): unknown[] {
  const result = processIssue(Buffer.from(text), { source: 'repost.md', check: true })
  if (!('issue' in result)) throw new Error(result.problem.message)
  expect(result.conservation?.holds).toBe(true)
  const fold = (s: string | null): string | null => (s === null ? null : foldTraditional(s))
  return result.issue.articles.map((a) => ({
    kind: a.kind,
    headline: fold(a.headline),
    kicker: fold(a.kicker),
    subtitle: fold(a.subtitle),
    column: fold(a.column),
    dateline: fold(a.dateline?.raw ?? null),
    bylines: a.bylines.map((b) => `${foldTraditional(b.name)}/${b.role}`),
  }))
}

const { root, cases } = fixtureCases('parse')

describe('traditional reposts', () => {
  for (const name of cases) {
    const bytes = readFileSync(path.join(root, name, 'input.md'))
    const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes)
    // Fixtures of encodings and broken bytes test decoding, not reading.
    if (text.includes('\ufffd') || !/\p{Script=Han}/u.test(text) || bytes[0] === 0xef) continue
    it(name, () => {
      expect(fields(toTraditional(text))).toEqual(fields(text))
    })
  }
})
