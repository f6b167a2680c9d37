/**
 * An emitter turns parsed issues into text, one issue at a time, so that
 * output streams while the batch goes on. `start` and `end` frame the stream.
 */
import type { ChalkInstance } from 'chalk'
import type { Issue } from '../schema.js'

export interface Emitter {
  start(): string
  issue(issue: Issue): string
  end(): string
}

/** What an emitter may need to know about where its text goes. */
export interface EmitOptions {
  /** Colour for the terminal: a chalk instance at level 0 when colour is off. */
  readonly colors: ChalkInstance
  /** CSV for spreadsheets: a BOM, and cells that would run as formulas neutralised. */
  readonly excel?: boolean
}

export type EmitterFactory = (options: EmitOptions) => Emitter
