/**
 * The output folder, made before anything is written to it. Node's
 * `mkdir(…, { recursive: true })` spins forever where the kernel refuses a
 * folder in a way it does not expect (`--out /proc/x`), so the missing
 * folders are made here one at a time, and a refusal is an error at once.
 */
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { UsageError } from '../errors.js'

/**
 * Make sure `dir` is a folder that exists, making it and any missing parents.
 *
 * @throws UsageError (exit 2) naming the folder and the reason
 */
export async function prepareOutputFolder(dir: string): Promise<void> {
  const missing: string[] = []
  let at = path.resolve(dir)
  for (;;) {
    const stat = await fs.stat(at).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return null
      throw refused(dir, error)
    })
    if (stat) {
      if (!stat.isDirectory()) throw new UsageError(`Unexpected --out ${JSON.stringify(dir)}: ${at} is not a folder, expected a folder to write to, e.g. --out out`)
      break
    }
    missing.unshift(at)
    const parent = path.dirname(at)
    if (parent === at) break
    at = parent
  }
  for (const folder of missing) {
    await fs.mkdir(folder).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'EEXIST') throw refused(dir, error)
    })
  }
}

function refused(dir: string, error: NodeJS.ErrnoException): UsageError {
  return new UsageError(`Cannot create the output folder ${JSON.stringify(dir)}: ${error.code ?? error.message}, expected a folder that can be written to, e.g. --out out`)
}
