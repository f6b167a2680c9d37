/**
 * One figure behaviour per folder: `fixtures/stats/<case>/input.md` gives
 * the figures, dates and checks in `expected.json`. Regenerate with
 * `npx vitest -u` and review the diff.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { fixtureCases } from './helpers/fixtures.js'
import { processIssue } from '../src/pipeline/index.js'
import { jiebaSegmenter } from '../src/segment.js'
import { issueStats } from '../src/stats/index.js'

const { root, cases } = fixtureCases('stats')

describe('stats fixtures', () => {
  it('has fixtures to run', () => {
    expect(cases.length).toBeGreaterThan(10)
  })

  for (const name of cases) {
    it(name, async () => {
      const result = processIssue(readFileSync(path.join(root, name, 'input.md')), { source: `${name}/input.md` })
      if (!('parsed' in result)) throw new Error(result.problem.message)
      const { figures, dates, checks } = issueStats(result.parsed, jiebaSegmenter)
      const output = { figures, dates, checks }
      await expect(`${JSON.stringify(output, null, 2)}\n`).toMatchFileSnapshot(path.join(root, name, 'expected.json'))
    })
  }
})
