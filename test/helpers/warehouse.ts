/**
 * Helpers for the export tests: input folders made from the seed and the
 * fixtures, and what an export folder holds, read through its link as a
 * warehouse reader would.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { repo } from './run.js'
import { seedText } from './seed.js'

export { seedText }

/** A fixture's input bytes. */
export function fixtureText(name: string): Buffer {
  return readFileSync(path.join(repo, 'fixtures', 'parse', name, 'input.md'))
}

/**
 * An input folder: the seed under two dates and a few fixtures under their names.
 *
 * @param fixtures how many fixture files to add beside the two seed copies
 */
export function makeInputs(dir: string, fixtures = 4): string {
  mkdirSync(dir, { recursive: true })
  writeFileSync(path.join(dir, '2019-07-20.md'), seedText)
  writeFileSync(path.join(dir, '2020-01-05.md'), seedText.replace(/474/g, '500'))
  for (const name of readdirSync(path.join(repo, 'fixtures', 'parse')).slice(0, fixtures)) {
    cpSync(path.join(repo, 'fixtures', 'parse', name, 'input.md'), path.join(dir, `${name}.md`))
  }
  return dir
}

/** Every file under a folder (following the export's link), relative path → bytes as text. */
export function contents(dir: string): Record<string, string> {
  const found: Record<string, string> = {}
  if (!existsSync(dir)) return found
  const walk = (folder: string, prefix: string): void => {
    for (const entry of readdirSync(folder).sort()) {
      const full = path.join(folder, entry)
      const name = prefix ? `${prefix}/${entry}` : entry
      if (statSync(full).isDirectory()) walk(full, name)
      else found[name] = readFileSync(full).toString('base64')
    }
  }
  walk(dir, '')
  return found
}

/** The manifest an export folder holds, or null. */
export function manifestOf(out: string, name = 'manifest.json'): Record<string, any> | null {
  const file = path.join(out, name)
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null
}

/** Rows of one table of a JSON Lines export, sorted, from every file of the table. */
export function jsonlRows(out: string, table: string): string[] {
  const manifest = manifestOf(out)
  const files: string[] = (manifest?.tables[table]?.files ?? []).map((f: string | { path: string }) => (typeof f === 'string' ? f : f.path))
  return files.flatMap((f) => readFileSync(path.join(out, f), 'utf8').split('\n').filter((l) => l !== '')).sort()
}
