/**
 * The CLI on a real pseudo-terminal (util-linux `script`): stdout and stderr
 * share the screen, as they do for a person. The progress line never mixes
 * with the tables or the diagnostics, and no table line is wider than the
 * terminal, at 80 and 120 columns.
 */
import { spawnSync } from 'node:child_process'
import { copyFileSync, existsSync } from 'node:fs'
import path from 'node:path'
import stringWidth from 'string-width'
import { describe, expect, it } from 'vitest'
import { bin, repo } from './helpers/run.js'
import { scratchFolder } from './helpers/scratch.js'
import { seedPath } from './helpers/seed.js'

const SCRIPT = '/usr/bin/script'
const hasScript = existsSync(SCRIPT)
if (!hasScript) console.warn('pty.test: util-linux script is absent; the pseudo-terminal tests are skipped')

const FILES = 12
const dir = scratchFolder('pty')
for (let i = 1; i <= FILES; i++) copyFileSync(seedPath, path.join(dir, `issue-${String(i).padStart(2, '0')}.md`))

/** Run the CLI under a pseudo-terminal of this width; what the terminal received, raw. */
function onTerminal(columns: number, args: string[]): string {
  const command = `stty cols ${columns} rows 24; ${[process.execPath, bin, ...args].map(quote).join(' ')}`
  const run = spawnSync(SCRIPT, ['-qfec', command, '/dev/null'], {
    cwd: repo,
    input: '',
    env: { PATH: process.env.PATH ?? '', TERM: 'xterm' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  })
  expect(run.status, run.stderr).toBe(0)
  return run.stdout
}

function quote(arg: string): string {
  return `'${arg.replace(/'/g, `'\\''`)}'`
}

/**
 * What the screen shows once everything has been written: each line as the
 * cursor left it, honouring carriage return, erase-to-end-of-line and line
 * feed (the terminal driver turns `\n` into `\r\n`). Colour codes are dropped.
 */
function screen(raw: string): string[] {
  const lines: string[][] = [[]]
  let row = 0
  let col = 0
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i]!
    if (ch === '\u001b') {
      const csi = /^\u001b\[([0-9;?]*)([A-Za-z])/.exec(raw.slice(i, i + 16))
      if (csi) {
        if (csi[2] === 'K') lines[row]!.length = Math.min(lines[row]!.length, col)
        i += csi[0].length - 1
      }
      continue
    }
    if (ch === '\r') col = 0
    else if (ch === '\n') {
      row++
      col = 0
      lines[row] ??= []
    } else {
      const code = raw.codePointAt(i)!
      const char = String.fromCodePoint(code)
      if (code > 0xffff) i++
      lines[row]![col++] = char
    }
  }
  return lines.map((cells) => cells.join(''))
}

describe.skipIf(!hasScript)('on a pseudo-terminal', () => {
  it.each([80, 120])('at %i columns: progress was shown, then cleared before every table and diagnostic; no line wider', (columns) => {
    const raw = onTerminal(columns, ['parse', dir, '-f', 'table', '--jobs', '1'])
    // The run showed progress (so the test means something) …
    expect(raw).toMatch(new RegExp(`\\d+/${FILES} files`))
    const shown = screen(raw).filter((line) => line !== '')
    // … and none of it is left on the screen, alone or run together with output.
    expect(shown.filter((line) => /[█░]|\d+\/\d+ files|ETA/.test(line))).toEqual([])
    // Every table starts on a line of its own, and every diagnostic too.
    const titles = shown.filter((line) => line.includes('11 items'))
    expect(titles).toHaveLength(FILES)
    for (const title of titles) expect(title.startsWith(path.join(dir, 'issue-'))).toBe(true)
    const warnings = shown.filter((line) => line.includes('[joined-paragraph]'))
    expect(warnings).toHaveLength(FILES * 2)
    for (const warning of warnings) expect(warning).toMatch(/^\/.+\.md:\d+: warning: /)
    // Diagnostics stay one `file:line:` line for tools (the terminal wraps them); tables fit.
    for (const line of shown.filter((l) => !l.includes('warning: '))) expect(stringWidth(line), line).toBeLessThanOrEqual(columns)
  })

  it('stats tables and their share checks fit 80 columns on the terminal too', () => {
    const raw = onTerminal(80, ['stats', dir, '-f', 'table', '--jobs', '1', '-q'])
    const shown = screen(raw)
    expect(shown.filter((line) => line.includes('31 figures'))).toHaveLength(FILES)
    for (const line of shown) expect(stringWidth(line), line).toBeLessThanOrEqual(80)
  })
})
