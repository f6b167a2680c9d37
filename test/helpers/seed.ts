/**
 * The seed: the one real issue of the paper in the repository, which the
 * end-to-end tests read, copy and vary. Read once, here.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { repo } from './run.js'

/** The seed's file name; its issue id is the name without `.txt`. */
export const seedName = '000_531ceeffb06bc024.txt'
/** The seed's absolute path. */
export const seedPath = path.join(repo, 'seeds', seedName)
/** The seed's bytes, as read from disk (UTF-8). */
export const seedBytes: Buffer = readFileSync(seedPath)
/** The seed's text. */
export const seedText: string = seedBytes.toString('utf8')
