/**
 * Writing files safely: every file the tool writes goes to a temporary name
 * in the same folder first and is renamed into place, so an interrupted run
 * never leaves a half-written file that looks complete.
 */
import { randomBytes } from 'node:crypto'
import { promises as fs } from 'node:fs'
import path from 'node:path'

/** Bytes of the final name kept in a temporary name: with the suffix it stays under the 255-byte limit of common file systems. */
const TEMPORARY_STEM_BYTES = 200

/**
 * Write a file atomically: temporary name, flush, rename.
 *
 * @param target the final path; its folder is created when missing
 * @param contents the whole file
 */
export async function writeFileAtomic(target: string, contents: string | Uint8Array): Promise<void> {
  await fs.mkdir(path.dirname(target), { recursive: true })
  const temporary = path.join(path.dirname(target), temporaryName(path.basename(target)))
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

/**
 * A hidden temporary name beside `name`: `.<name>.<pid>.<random>.tmp`, with
 * the name cut (at a character) so that a name already near the 255-byte
 * limit does not fail with ENAMETOOLONG on the suffix.
 */
export function temporaryName(name: string): string {
  let stem = name
  if (Buffer.byteLength(stem) > TEMPORARY_STEM_BYTES) {
    const chars = [...stem]
    let bytes = 0
    let keep = 0
    while (keep < chars.length && bytes + Buffer.byteLength(chars[keep]!) <= TEMPORARY_STEM_BYTES) bytes += Buffer.byteLength(chars[keep++]!)
    stem = chars.slice(0, keep).join('')
  }
  return `.${stem}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`
}

/**
 * File names for issues in an output folder: `<id>.<ext>`, and when that is
 * taken `<id>-2.<ext>`, `<id>-3.<ext>` … checked against every name already
 * given (so `a-2.md`, `a.md`, `a.txt` make `a-2`, `a`, `a-3`), ignoring case
 * so that no two files meet on a case-insensitive disk. Characters a file
 * name cannot hold on some system (`\ / : * ? " < > |`, controls) become `_`.
 */
export function outputNamer(extension: string): (issueId: string) => string {
  const taken = new Set<string>()
  return (issueId) => {
    const safe = issueId.replace(/[\\/:*?"<>|\u0000-\u001f\u007f]/g, '_') || 'issue'
    let name = `${safe}.${extension}`
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${safe}-${n}.${extension}`
    taken.add(name.toLowerCase())
    return name
  }
}
