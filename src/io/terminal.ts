/**
 * Colour and writing to the terminal or a pipe.
 */
import { Chalk, type ChalkInstance } from 'chalk'

/**
 * A chalk instance for one stream: colour only on a TTY, never with
 * `NO_COLOR` set, `TERM=dumb` or `--no-color`.
 */
export function colorsFor(
  stream: { isTTY?: boolean },
  env: Readonly<Record<string, string | undefined>>,
  wanted: boolean,
): ChalkInstance {
  const on = wanted && stream.isTTY === true && !env.NO_COLOR && env.TERM !== 'dumb'
  return new Chalk({ level: on ? 1 : 0 })
}

/** Write text or bytes, waiting for the stream to drain when it asks us to. */
export async function write(stream: NodeJS.WritableStream, text: string | Uint8Array): Promise<void> {
  if (text.length === 0) return
  if (!stream.write(text)) await new Promise<void>((resolve) => stream.once('drain', resolve))
}
