/**
 * Temporary folders for tests: one per test file under the system's temp
 * folder (a fresh name each run, so parallel runs never share one), removed
 * after the file's tests, with fresh folders inside it for a test or a run.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll } from 'vitest'

/**
 * A scratch folder for the calling test file, removed after its tests.
 *
 * @param name names the folder (`bcn-<name>-XXXXXX`), so a leftover says whose it was
 * @param cleanupTimeout how long removing it may take, for a folder that holds a whole install
 */
export function scratchFolder(name: string, cleanupTimeout?: number): string {
  const dir = mkdtempSync(path.join(tmpdir(), `bcn-${name}-`))
  afterAll(() => rmSync(dir, { recursive: true, force: true }), cleanupTimeout)
  return dir
}

/** A new, empty folder inside `parent` (a scratch folder), for one test or one run. */
export function freshFolder(parent: string, prefix = 'run-'): string {
  return mkdtempSync(path.join(parent, prefix))
}
