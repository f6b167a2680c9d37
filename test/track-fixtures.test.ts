/**
 * `track` end to end, one behaviour per folder: `fixtures/track/<case>/`
 * holds short excerpts of the corpus as issues (named by their date) and
 * `args.json` (the arguments, paths relative to the folder); the JSON output
 * is `expected.json`. Regenerate with `npx vitest -u` and review the diff.
 */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { fixtureCases } from './helpers/fixtures.js'
import { repo, runMain } from './helpers/run.js'

const { root, cases } = fixtureCases('track')

describe('track fixtures', () => {
  it('has fixtures to run', () => {
    expect(cases.length).toBeGreaterThanOrEqual(3)
  })

  for (const name of cases) {
    it(name, async () => {
      const folder = path.join(root, name)
      const { args } = JSON.parse(readFileSync(path.join(folder, 'args.json'), 'utf8')) as { args: string[] }
      // Paths as a user in the repository would give them, so sources in the output are the same everywhere.
      const argv = args.map((a) => (existsSync(path.join(folder, a)) ? path.relative(repo, path.join(folder, a)) : a))
      const run = await runMain(['track', ...argv, '--format', 'json', '--jobs', '1', '--quiet'])
      expect(run.stderr).toBe('')
      expect(run.code).toBe(0)
      await expect(run.stdout).toMatchFileSnapshot(path.join(folder, 'expected.json'))
    })
  }
})
