/**
 * The staged table writer waits for a full stream to drain thousands of times
 * in a run over a large archive: each wait must take its listeners away again,
 * or Node warns (MaxListenersExceededWarning) on stderr and the listeners pile up.
 */
import { describe, expect, it } from 'vitest'
import { TableWriter } from '../src/export/stage.js'
import { freshFolder, scratchFolder } from './helpers/scratch.js'

const scratch = scratchFolder('stage')

describe('TableWriter', () => {
  it('leaves no listener behind after waiting for a full stream to drain', async () => {
    const warnings: Error[] = []
    const listen = (warning: Error): void => {
      warnings.push(warning)
    }
    process.on('warning', listen)
    try {
      const writer = new TableWriter(freshFolder(scratch), 'jsonl', 'none', null, () => {})
      // 64 KiB per write is over a file stream's 16 KiB high-water mark: every write waits.
      const row = `${JSON.stringify({ issue_id: 'x', text: '字'.repeat(21_000) })}\n`
      for (let i = 0; i < 40; i++) await writer.write('issues', null, row, 1)
      const files = await writer.close(['issues'])
      expect(files.map((f) => f.rows)).toEqual([40])
      // Warnings are emitted on the next tick.
      await new Promise((resolve) => setImmediate(resolve))
      expect(warnings.filter((w) => w.name === 'MaxListenersExceededWarning')).toEqual([])
    } finally {
      process.off('warning', listen)
    }
  })
})
