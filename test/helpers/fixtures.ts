import { readdirSync } from 'node:fs'
import path from 'node:path'
import { repo } from './run.js'

/**
 * The fixture folders of one kind (`fixtures/<kind>/<case>/`), sorted, with
 * their root: the one loop the parse, stats and track fixture tests share.
 */
export function fixtureCases(kind: 'parse' | 'stats' | 'track'): { root: string; cases: string[] } {
  const root = path.join(repo, 'fixtures', kind)
  const cases = readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
  return { root, cases }
}
