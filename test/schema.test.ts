/**
 * The exported JSON Schema describes what the tool really prints: real
 * output validated by an independent JSON Schema validator.
 */
import { Ajv2020 } from 'ajv/dist/2020.js'
import { describe, expect, it } from 'vitest'
import { runMain } from './helpers/run.js'

const ajv = new Ajv2020({ strict: false, allErrors: true })

async function schemaOf(record: string): Promise<object> {
  const run = await runMain(['schema', record])
  expect(run.code).toBe(0)
  return JSON.parse(run.stdout) as object
}

describe('schema', () => {
  it('validates parse --format json output', async () => {
    const validate = ajv.compile(await schemaOf('parse-output'))
    const output = JSON.parse((await runMain(['parse', 'seeds', 'fixtures/parse', '-f', 'json'])).stdout)
    expect(output.issues.length).toBeGreaterThan(20)
    expect(validate(output), JSON.stringify(validate.errors)).toBe(true)
  })

  it('validates every parse --format jsonl record', async () => {
    const validate = ajv.compile(await schemaOf('article-record'))
    const lines = (await runMain(['parse', 'seeds', 'fixtures/parse', '-f', 'jsonl'])).stdout.trimEnd().split('\n')
    for (const line of lines) expect(validate(JSON.parse(line)), JSON.stringify(validate.errors)).toBe(true)
  })

  it('rejects what the contract forbids', async () => {
    const validate = ajv.compile(await schemaOf('byline'))
    expect(validate({ name: '汪伦', role: 'reporter', label: '记者' })).toBe(true)
    expect(validate({ name: '汪伦', role: 'boss', label: null })).toBe(false)
    expect(validate({ name: '汪伦', role: 'reporter' })).toBe(false)
  })

  it('prints all records keyed by name, and refuses an unknown one', async () => {
    const all = JSON.parse((await runMain(['schema'])).stdout)
    expect(Object.keys(all)).toContain('parse-output')
    const bad = await runMain(['schema', 'nope'])
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain('expected one of')
  })
})
