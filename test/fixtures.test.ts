/**
 * One behaviour per folder: `fixtures/<case>/input.md` parses to
 * `fixtures/<case>/expected.json`. Regenerate with `npx vitest -u` and
 * review the diff.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { fixtureCases } from './helpers/fixtures.js'
import { processIssue } from '../src/pipeline/index.js'

const { root, cases } = fixtureCases('parse')

describe('fixtures', () => {
  it('has fixtures to run', () => {
    expect(cases.length).toBeGreaterThan(20)
  })

  for (const name of cases) {
    it(name, async () => {
      const bytes = readFileSync(path.join(root, name, 'input.md'))
      const result = processIssue(bytes, { source: `${name}/input.md` })
      if (!('issue' in result)) throw new Error(result.problem.message)
      await expect(`${JSON.stringify(result.issue, null, 2)}\n`).toMatchFileSnapshot(path.join(root, name, 'expected.json'))
    })
  }
})
