/**
 * A headless Chromium driven over the DevTools protocol on a pipe
 * (`--remote-debugging-pipe`: commands on fd 3, replies and events on fd 4,
 * each message JSON ended by a NUL byte), so tests need no WebSocket and no
 * npm package. Every wait is for an event or the process's exit, never a sleep.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import type { Readable, Writable } from 'node:stream'

/** The browser on this machine (the Debian `chromium` package), or null. */
export function findChromium(): string | null {
  const found = spawnSync('sh', ['-c', 'command -v chromium || command -v chromium-browser || command -v google-chrome'], { encoding: 'utf8' })
  const first = found.stdout.trim().split('\n')[0]
  return found.status === 0 && first ? first : null
}

type Message = { id?: number; method?: string; params?: Record<string, unknown>; result?: Record<string, unknown>; error?: { message: string }; sessionId?: string }

/** A browser and the one page it drives. */
export class Browser {
  private readonly process: ChildProcess
  private readonly input: Writable
  private nextId = 0
  private readonly pending = new Map<number, { resolve: (r: Record<string, unknown>) => void; reject: (e: Error) => void }>()
  private readonly listeners: ((m: Message) => void)[] = []
  private readonly exited: Promise<number | null>
  /** Every event of the page's session, in order. */
  readonly events: Message[] = []
  sessionId: string | undefined

  private constructor(executable: string, profile: string) {
    this.process = spawn(
      executable,
      [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-default-apps',
        '--no-first-run',
        '--no-default-browser-check',
        `--user-data-dir=${profile}`,
        '--remote-debugging-pipe',
        'about:blank',
      ],
      { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] },
    )
    this.input = this.process.stdio[3] as Writable
    const output = this.process.stdio[4] as Readable
    let buffer = Buffer.alloc(0)
    output.on('data', (chunk: Buffer) => {
      buffer = Buffer.concat([buffer, chunk])
      for (let end = buffer.indexOf(0); end >= 0; end = buffer.indexOf(0)) {
        const message = JSON.parse(buffer.subarray(0, end).toString('utf8')) as Message
        buffer = buffer.subarray(end + 1)
        this.dispatch(message)
      }
    })
    this.exited = new Promise((resolve) => this.process.once('exit', (code) => resolve(code)))
    this.exited.then(() => {
      for (const { reject } of this.pending.values()) reject(new Error('the browser exited'))
    })
  }

  /** Start a browser and attach to a fresh page. */
  static async launch(executable: string, profile: string): Promise<Browser> {
    const browser = new Browser(executable, profile)
    const { targetId } = await browser.send('Target.createTarget', { url: 'about:blank' })
    const { sessionId } = await browser.send('Target.attachToTarget', { targetId, flatten: true })
    browser.sessionId = sessionId as string
    return browser
  }

  private dispatch(message: Message): void {
    if (message.id !== undefined) {
      const waiting = this.pending.get(message.id)
      this.pending.delete(message.id)
      if (message.error) waiting?.reject(new Error(message.error.message))
      else waiting?.resolve(message.result ?? {})
      return
    }
    if (message.sessionId === this.sessionId) this.events.push(message)
    for (const listener of [...this.listeners]) listener(message)
  }

  /** Send a command to the browser (no session) or, with `page`, to the page. */
  send(method: string, params: Record<string, unknown> = {}, page = false): Promise<Record<string, unknown>> {
    const id = ++this.nextId
    const message = { id, method, params, ...(page ? { sessionId: this.sessionId } : {}) }
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject })
      this.input.write(`${JSON.stringify(message)}\0`)
    })
  }

  /** A command to the page. */
  page(method: string, params: Record<string, unknown> = {}): Promise<Record<string, unknown>> {
    return this.send(method, params, true)
  }

  /** The next page event of this name; listen before the command that causes it. */
  waitFor(method: string): Promise<Record<string, unknown>> {
    return new Promise((resolve) => {
      const listener = (m: Message): void => {
        if (m.method !== method || m.sessionId !== this.sessionId) return
        this.listeners.splice(this.listeners.indexOf(listener), 1)
        resolve(m.params ?? {})
      }
      this.listeners.push(listener)
    })
  }

  /** Close the browser and wait until its process has exited. */
  async close(): Promise<void> {
    await this.send('Browser.close').catch(() => {})
    await this.exited
  }
}
