/**
 * Output formats by name.
 */
import { csvEmitter } from './csv.js'
import { jsonEmitter } from './json.js'
import { jsonlEmitter } from './jsonl.js'
import { tableEmitter } from './table.js'
import type { EmitterFactory } from './types.js'

export const emitters = {
  json: jsonEmitter,
  jsonl: jsonlEmitter,
  csv: csvEmitter,
  table: tableEmitter,
} as const satisfies Record<string, EmitterFactory>

export type FormatName = keyof typeof emitters
export const FORMATS = Object.keys(emitters) as FormatName[]
export type { Emitter, EmitOptions } from './types.js'
