/**
 * Issue metadata that comes from outside the text: the id and date a file
 * name carries.
 */
import { isoDate } from './frontmatter.js'

/**
 * The issue id: the file name without folders and extension.
 *
 * @param path a path with POSIX separators as recorded (`sourceName` turns
 *   Windows separators into `/`), or `<stdin>`; a backslash is part of a name
 */
export function issueIdFromPath(path: string): string {
  if (path === '<stdin>') return 'stdin'
  const base = path.split('/').pop() ?? path
  const stem = base.replace(/\.(?:md|markdown|txt)$/i, '')
  return stem === '' ? base : stem
}

/**
 * The date a file name gives: `2019-07-20.md`, `20190720-02-01.txt`,
 * `1946-05-17_济宁日报创刊.md`. Digits that are not a real day are ignored.
 */
export function dateFromName(name: string): string | null {
  const dashed = /(?<!\d)(\d{4})[-_.](\d{1,2})[-_.](\d{1,2})(?!\d)/.exec(name)
  if (dashed) {
    const date = isoDate(Number(dashed[1]), Number(dashed[2]), Number(dashed[3]))
    if (date) return date
  }
  const compact = /(?<![\dA-Za-z])(\d{4})(\d{2})(\d{2})(?!\d)/.exec(name)
  if (compact) return isoDate(Number(compact[1]), Number(compact[2]), Number(compact[3]))
  return null
}

/**
 * Page and position from an e-paper file name: `20190201-02-04.txt` is page 2,
 * fourth article. Null when the name has no such part.
 */
export function pagePositionFromName(name: string): { page: string; position: number } | null {
  const match = /(?<!\d)(?:19|20)\d{6}-(\d{1,2})-(\d{1,3})(?!\d)/.exec(name)
  if (!match) return null
  return { page: String(Number(match[1])), position: Number(match[2]) }
}
