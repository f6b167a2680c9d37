/**
 * Writing files safely: every file the tool writes goes to a temporary name
 * in the same folder first and is renamed into place, so an interrupted run
 * never leaves a half-written file that looks complete.
 */
import { randomBytes } from 'node:crypto'
import { promises as fs } from 'node:fs'
import path from 'node:path'

/**
 * Write a file atomically: temporary name, flush, rename.
 *
 * @param target the final path; its folder is created when missing
 * @param contents the whole file
 */
export async function writeFileAtomic(target: string, contents: string | Uint8Array): Promise<void> {
  await fs.mkdir(path.dirname(target), { recursive: true })
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`)
  const handle = await fs.open(temporary, 'w')
  try {
    await handle.writeFile(contents)
    await handle.sync()
  } catch (error) {
    await handle.close()
    await fs.rm(temporary, { force: true })
    throw error
  }
  await handle.close()
  try {
    await fs.rename(temporary, target)
  } catch (error) {
    await fs.rm(temporary, { force: true })
    throw error
  }
}

/** File names for issues in an output folder: `<id>.<ext>`, and `<id>-2.<ext>` when two issues share an id. */
export function outputNamer(extension: string): (issueId: string) => string {
  const used = new Map<string, number>()
  return (issueId) => {
    const safe = issueId.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_') || 'issue'
    const n = (used.get(safe) ?? 0) + 1
    used.set(safe, n)
    return n === 1 ? `${safe}.${extension}` : `${safe}-${n}.${extension}`
  }
}
