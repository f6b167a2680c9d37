/**
 * A progress line on stderr for runs over many files, only on a terminal:
 * files done, MB/s and time left, redrawn in place a few times a second.
 */
import type { ChalkInstance } from 'chalk'
import { clipLines } from '../emit/layout.js'

const WIDTH = 24
const EVERY_MS = 100

/** Shows how far a run has come. Does nothing unless enabled. */
export class Progress {
  private total = 0
  private files = 0
  private bytes = 0
  private started = 0
  private drawn = 0
  private visible = false

  /**
   * @param enabled stderr is a terminal and the user wants no quiet
   */
  constructor(
    private readonly stream: NodeJS.WritableStream,
    private readonly colors: ChalkInstance,
    private readonly enabled: boolean,
  ) {}

  /** Begin a run over `total` files; a single file shows no progress. */
  start(total: number): void {
    this.total = total
    this.started = Date.now()
  }

  /** One more file done, of this many bytes. */
  advance(bytes: number): void {
    this.files++
    this.bytes += bytes
    if (!this.enabled || this.total < 2) return
    const now = Date.now()
    if (now - this.drawn < EVERY_MS && this.files < this.total) return
    this.drawn = now
    const seconds = Math.max((now - this.started) / 1000, 0.001)
    const rate = this.bytes / 1e6 / seconds
    const left = this.files > 0 ? (seconds / this.files) * (this.total - this.files) : 0
    const filled = Math.round((this.files / this.total) * WIDTH)
    const bar = this.colors.green('█'.repeat(filled)) + this.colors.dim('░'.repeat(WIDTH - filled))
    const line = `${bar} ${this.files}/${this.total} files  ${rate.toFixed(1)} MB/s  ETA ${clock(left)}`
    // A line the terminal wraps could not be taken back with a carriage return: keep it narrower than the screen.
    const columns = (this.stream as { columns?: number }).columns
    this.stream.write(`\r${columns ? clipLines(line, columns - 1) : line}\u001b[K`)
    this.visible = true
  }

  /** Remove the line, before a diagnostic or at the end. */
  clear(): void {
    if (this.visible) this.stream.write('\r\u001b[K')
    this.visible = false
  }
}

function clock(seconds: number): string {
  const s = Math.round(seconds)
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`
}
