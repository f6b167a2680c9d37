/**
 * Output formats by name.
 */
import { csvEmitter } from './csv.js'
import { jsonEmitter } from './json.js'
import { jsonlEmitter } from './jsonl.js'
import { tableEmitter } from './table.js'
import { Chalk } from 'chalk'
import type { Issue } from '../schema.js'
import { statsEmitters, type StatsItem, type StatsRendered } from './stats.js'
import type { EmitOptions, Emitter } from './types.js'

export const emitters = {
  json: jsonEmitter,
  jsonl: jsonlEmitter,
  csv: csvEmitter,
  table: tableEmitter,
} as const satisfies Record<string, (options: EmitOptions) => Emitter<Issue, string>>

export type FormatName = keyof typeof emitters
export const FORMATS = Object.keys(emitters) as FormatName[]
export type { Emitter, EmitOptions } from './types.js'

/** Everything that decides how an issue is rendered, as plain data a worker thread can receive. */
export interface RenderSettings {
  readonly command: 'parse' | 'stats'
  readonly format: FormatName
  /** 0 for no colour. */
  readonly colorLevel: 0 | 1
  readonly excel: boolean
  /** `stats` line formats: figures, or dates. */
  readonly records: 'figures' | 'dates'
  /** Tables: the widest a line may be, in terminal cells. */
  readonly width: number
}

/** What an issue command renders: the issue, and its stats for `stats`. */
export interface RenderInput {
  readonly issue: Issue
  readonly stats: StatsItem['stats'] | null
}

export type Rendered = StatsRendered

/** The emitter for a run, the same in every thread. */
export function makeEmitter(settings: RenderSettings): Emitter<RenderInput, Rendered> {
  const colors = new Chalk({ level: settings.colorLevel })
  if (settings.command === 'stats') {
    const e = statsEmitters[settings.format]({ colors, excel: settings.excel, records: settings.records, width: settings.width })
    return {
      start: () => e.start(),
      render: ({ issue, stats }) => e.render({ source: issue.source, stats: stats! }),
      place: (r) => e.place(r),
      end: () => e.end(),
    }
  }
  const e = emitters[settings.format]({ colors, excel: settings.excel, width: settings.width })
  return {
    start: () => e.start(),
    render: ({ issue }) => e.render(issue),
    place: (r) => e.place(r as string),
    end: () => e.end(),
  }
}
