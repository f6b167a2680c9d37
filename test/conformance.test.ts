/**
 * The peer suite (Recognizers-Text Chinese specs) in CI: targets met, and no
 * case fails that is not listed in conformance/known-failures.json.
 */
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { repo } from './helpers/run.js'

const specs = path.join(repo, '..', 'shared', 'conformance', 'recognizers-text-zh')

describe.skipIf(!existsSync(specs))('conformance (../shared/conformance)', () => {
  it('meets every target with no unlisted failure', () => {
    const run = spawnSync(process.execPath, [path.join(repo, 'scripts', 'conformance.mjs')], { encoding: 'utf8' })
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    const lines = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as { file: string; rate: number; target: number })
    expect(lines.map((l) => l.file)).toEqual([
      'NumberModel.json',
      'PercentModel.json',
      'OrdinalModel.json',
      'CurrencyModel.json',
      'DimensionModel.json',
      'NumberRangeModel.json',
    ])
    for (const line of lines) expect(line.rate, line.file).toBeGreaterThanOrEqual(line.target)
  })
})

if (!existsSync(specs)) console.warn(`conformance: skipped, ${specs} is absent`)
