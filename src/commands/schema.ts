/**
 * `baicheng-news schema [record]`: the JSON Schema of an output record,
 * generated from the zod schemas that also validate the output.
 */
import { z } from 'zod'
import { EXIT, UsageError } from '../errors.js'
import type { MainParams } from '../main.js'
import { records, type RecordName } from '../schema.js'

/** The record names `schema` accepts. */
export const RECORD_NAMES = Object.keys(records) as RecordName[]

/**
 * Print one record's JSON Schema, or all of them keyed by name.
 *
 * @returns the exit code
 */
export function runSchema(name: string | undefined, io: MainParams): number {
  if (name !== undefined && !(name in records)) {
    throw new UsageError(`Unexpected record ${JSON.stringify(name)}, expected one of: ${RECORD_NAMES.join(', ')}`)
  }
  const schema =
    name === undefined
      ? Object.fromEntries(RECORD_NAMES.map((n) => [n, z.toJSONSchema(records[n])]))
      : z.toJSONSchema(records[name as RecordName])
  io.stdout.write(`${JSON.stringify(schema, null, 2)}\n`)
  return EXIT.ok
}
