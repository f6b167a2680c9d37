/**
 * How many workers a run gets (src/run/jobs.ts): the default grows with the
 * files, never past the cores or what memory holds; a --jobs above that is
 * lowered, and says why.
 */
import { describe, expect, it } from 'vitest'
import { chooseJobs, FILES_PER_WORKER, WORKER_MB } from '../src/run/jobs.js'

const GB = 1024 ** 3
const big = { cores: 16, freeMemory: 64 * GB }

describe('the default', () => {
  it('is one thread for one file, and for a small run where start-up costs more than a core gives', () => {
    expect(chooseJobs(null, 'parse', 1, big)).toEqual({ workers: 1, capped: null })
    expect(chooseJobs(null, 'stats', 33, big)).toEqual({ workers: 1, capped: null })
    expect(chooseJobs(null, 'parse', FILES_PER_WORKER.parse, big).workers).toBe(1)
    expect(chooseJobs(null, 'stats', FILES_PER_WORKER.stats, big).workers).toBe(1)
  })

  it('adds a worker per so many files, up to the cores', () => {
    expect(chooseJobs(null, 'parse', FILES_PER_WORKER.parse + 1, big).workers).toBe(2)
    expect(chooseJobs(null, 'stats', FILES_PER_WORKER.stats * 3, big).workers).toBe(3)
    expect(chooseJobs(null, 'parse', 1_000_000, big).workers).toBe(16)
    expect(chooseJobs(null, 'parse', 1_000_000, { cores: 2, freeMemory: 64 * GB }).workers).toBe(2)
  })

  it('keeps stats workers within half the free memory (each loads the segmenter)', () => {
    const machine = { cores: 16, freeMemory: 2 * GB }
    expect(chooseJobs(null, 'stats', 1_000_000, machine).workers).toBe(Math.floor(GB / (WORKER_MB.stats * 1024 ** 2)))
    expect(chooseJobs(null, 'parse', 1_000_000, machine).workers).toBe(16)
    expect(chooseJobs(null, 'stats', 1_000_000, { cores: 16, freeMemory: 100 * 1024 ** 2 }).workers).toBe(1)
  })
})

describe('--jobs', () => {
  it('is taken as asked within the limits, and no more workers than files', () => {
    expect(chooseJobs(2, 'stats', 100, big)).toEqual({ workers: 2, capped: null })
    expect(chooseJobs(8, 'parse', 3, big)).toEqual({ workers: 3, capped: null })
    expect(chooseJobs(1, 'parse', 100, big)).toEqual({ workers: 1, capped: null })
  })

  it('is lowered to the cores, saying so', () => {
    expect(chooseJobs(16, 'parse', 1000, { cores: 2, freeMemory: 64 * GB })).toEqual({
      workers: 2,
      capped: '--jobs 16 lowered to 2: this machine has 2 cores',
    })
  })

  it('is lowered to what memory holds for stats and export (-j16 once took 4.2 GB)', () => {
    expect(chooseJobs(16, 'stats', 1000, { cores: 16, freeMemory: 3 * GB })).toEqual({
      workers: 5,
      capped: '--jobs 16 lowered to 5: 5 workers fit in half the free memory at 300 MB each',
    })
  })
})
