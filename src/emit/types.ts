/**
 * An emitter turns issues into text, one issue at a time, so that output
 * streams while the batch goes on. Rendering an issue is pure and may run in
 * a worker thread; placing it in the stream (separators, what must wait for
 * the end) runs in order on the main thread. `start` and `end` frame it all.
 */
import type { ChalkInstance } from 'chalk'

export interface Emitter<T, R> {
  start(): string
  /** The text, or its pieces: pure, safe to run in a worker. */
  render(item: T): R
  /** The rendered issue as it goes into the stream, in input order. */
  place(rendered: R): string
  end(): string
}

/** What an emitter may need to know about where its text goes. */
export interface EmitOptions {
  /** Colour for the terminal: a chalk instance at level 0 when colour is off. */
  readonly colors: ChalkInstance
  /** CSV for spreadsheets: a BOM, and cells that would run as formulas neutralised. */
  readonly excel?: boolean
  /** Tables: the widest a line may be, in terminal cells (default 80). */
  readonly width?: number
}
