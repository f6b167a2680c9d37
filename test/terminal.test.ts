/**
 * Text that reaches a terminal cannot drive it: control characters in a
 * headline or a file name are shown as escapes in `-f table` and in
 * diagnostics, while JSON, JSON Lines and CSV keep the text exact.
 */
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { Chalk } from 'chalk'
import { describe, expect, it } from 'vitest'
import { formatDiagnostic } from '../src/io/diagnostics.js'
import { escapeForTerminal } from '../src/io/terminal.js'
import { runMain } from './helpers/run.js'
import { scratchFolder } from './helpers/scratch.js'

const tmp = scratchFolder('terminal')

/** Sets the window title to PWNED, then clears the screen. */
const HOSTILE = '\u001b]0;PWNED\u0007\u001b[2J'
const ISSUE = `# ${HOSTILE}白城\n\n本报讯 甲。\n`
/** Any control character but the line breaks that end lines. */
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/

describe('escapeForTerminal', () => {
  it('shows control characters as escapes and leaves other text alone', () => {
    expect(escapeForTerminal(HOSTILE)).toBe('\\x1b]0;PWNED\\x07\\x1b[2J')
    expect(escapeForTerminal('a\nb\tc\rd\u009b\u202e')).toBe('a\\nb\\tc\\rd\\x9b\\u202e')
    expect(escapeForTerminal('a\nb', { newlines: true })).toBe('a\nb')
    expect(escapeForTerminal('本报讯（记者 王琦）“书记一号工程”…')).toBe('本报讯（记者 王琦）“书记一号工程”…')
  })

  it('formats a diagnostic on one line whatever the file name and message hold', () => {
    const line = formatDiagnostic(
      { file: `a${HOSTILE}\nb.md`, line: 3, severity: 'warning', code: 'x', message: `Unexpected ${HOSTILE}` },
      new Chalk({ level: 0 }),
    )
    expect(line).toBe('a\\x1b]0;PWNED\\x07\\x1b[2J\\nb.md:3: warning: Unexpected \\x1b]0;PWNED\\x07\\x1b[2J [x]')
  })
})

describe('through the CLI', () => {
  it('-f table shows the headline escaped', async () => {
    const run = await runMain(['parse', '-', '-f', 'table'], { stdin: ISSUE })
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('\\x1b]0;PWNED\\x07\\x1b[2J')
    expect(run.stdout).not.toMatch(RAW_CONTROL)
  })

  it('-f table with colour: only our own colour codes reach the terminal', async () => {
    const run = await runMain(['parse', '-', '-f', 'table'], { stdin: ISSUE, stdoutTTY: true })
    expect(run.stdout).toContain('\\x1b]0;PWNED')
    expect(run.stdout.replace(/\u001b\[\d+(?:;\d+)*m/g, '')).not.toMatch(RAW_CONTROL)
  })

  it('a file name with ESC and a newline keeps the one-line file:line: format', async () => {
    const file = path.join(tmp, `x${HOSTILE}\ny.md`)
    writeFileSync(file, '')
    const run = await runMain(['parse', file, '-f', 'json'])
    const lines = run.stderr.trimEnd().split('\n')
    expect(lines).toHaveLength(1)
    expect(lines[0]).toBe(`${escapeForTerminal(file)}: warning: Unexpected empty file, expected an issue [empty-issue]`)
    expect(lines[0]).not.toMatch(RAW_CONTROL)
  })

  it('stats -f table shows the file name and the figures escaped', async () => {
    const file = path.join(tmp, `s${HOSTILE}.md`)
    writeFileSync(file, `# 一\n\n本报讯 ${HOSTILE}全市共有100人参加。\n`)
    const run = await runMain(['stats', file, '-f', 'table'])
    expect(run.stdout).toContain('s\\x1b]0;PWNED')
    expect(run.stdout).not.toMatch(RAW_CONTROL)
  })

  it('a usage error quoting what was typed shows it escaped', async () => {
    const run = await runMain(['parse', `--bogus${HOSTILE}`])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('--bogus\\x1b]0;PWNED')
    expect(run.stderr).not.toMatch(RAW_CONTROL)
  })

  it('JSON, JSON Lines and CSV keep the text exact', async () => {
    const json = await runMain(['parse', '-', '-f', 'json'], { stdin: ISSUE })
    expect(JSON.parse(json.stdout).issues[0].articles[0].headline).toBe(`${HOSTILE}白城`)
    const jsonl = await runMain(['parse', '-', '-f', 'jsonl'], { stdin: ISSUE })
    expect(JSON.parse(jsonl.stdout.split('\n')[0]!).headline).toBe(`${HOSTILE}白城`)
    const csv = await runMain(['parse', '-', '-f', 'csv'], { stdin: ISSUE })
    expect(csv.stdout).toContain(`${HOSTILE}白城`)
  })
})
