/**
 * The CLI as a black box: exit codes, stdout and stderr together, colour
 * rules, stdin, and the four formats carrying the same articles.
 */
import { chmodSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import path from 'node:path'
import { parse as parseCsv } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import { PassThrough, Writable } from 'node:stream'
import { RECORD_NAMES } from '../src/commands/schema.js'
import { UsageError, usageLine } from '../src/errors.js'
import { main } from '../src/main.js'
import { ArticleRecord, ParseOutput } from '../src/schema.js'
import { repo, runBin, runMain } from './helpers/run.js'
import { seedBytes as seed } from './helpers/seed.js'
import { scratchFolder } from './helpers/scratch.js'

const ANSI = /\u001b\[/
const tmp = scratchFolder('cli')

describe('exit codes', () => {
  it('0 when everything parsed, warnings allowed', async () => {
    const run = await runMain(['parse', 'seeds', '--format', 'json'])
    expect(run.code).toBe(0)
    expect(run.stderr).toContain('[joined-paragraph]')
  })

  it('1 with --strict when there were warnings', async () => {
    const run = await runMain(['parse', 'seeds', '--strict', '--format', 'json'])
    expect(run.code).toBe(1)
    expect(ParseOutput.parse(JSON.parse(run.stdout)).issues).toHaveLength(1)
  })

  it('1 when one path fails and the rest is still output', async () => {
    const run = await runMain(['parse', 'seeds', 'no/such/file.md', '--format', 'json'])
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/^no\/such\/file\.md: error: Cannot read: No such file or folder \(ENOENT\) \[unreadable\]$/m)
    expect(ParseOutput.parse(JSON.parse(run.stdout)).issues).toHaveLength(1)
  })

  it('2 when nothing could be read', async () => {
    const run = await runMain(['parse', 'no/such/file.md', '--format', 'json'])
    expect(run.code).toBe(2)
    expect(JSON.parse(run.stdout)).toEqual({ schemaVersion: 2, issues: [] })
  })

  it('2 with short help when no paths are given and stdin is a terminal', async () => {
    const run = await runMain(['parse'], { stdinTTY: true })
    expect(run.code).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr).toBe(
      "baicheng-news: No input given; expected issue files or folders, or an issue piped to stdin (see 'baicheng-news parse --help')\n",
    )
  })

  it('2 with help on stderr when no command is given', async () => {
    const run = await runMain([])
    expect(run.code).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr).toContain('Usage: baicheng-news')
  })

  it('2 for an unknown option, an unknown format, a bad date, with a suggestion', async () => {
    const unknown = await runMain(['parse', 'seeds', '--fromat', 'json'])
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toContain("unknown option '--fromat'")
    expect(unknown.stderr).toContain('--format')
    const format = await runMain(['parse', 'seeds', '--format', 'xml'])
    expect(format.code).toBe(2)
    expect(format.stderr).toContain('json, jsonl, csv, table')
    const date = await runMain(['parse', 'seeds', '--date', '2019-13-40'])
    expect(date.code).toBe(2)
    expect(date.stderr).toContain('expected a day as YYYY-MM-DD')
    const command = await runMain(['prase', 'seeds'])
    expect(command.code).toBe(2)
    expect(command.stderr).toContain('parse')
  })
})

describe('one error style', () => {
  // `baicheng-news: <what happened>; <what was expected> (see 'baicheng-news <command> --help')`, one line.
  const STYLE = /^baicheng-news: [^;\n]+; expected [^\n]+ \(see 'baicheng-news (?:(?:parse|stats|export|merge|schema) )?--help'\)\n$/

  it.each([
    [['parse', 'seeds', '--fromat', 'json'], "baicheng-news: unknown option '--fromat'; expected an option its help lists (did you mean --format?) (see 'baicheng-news parse --help')\n"],
    [['parse', 'seeds', '--format', 'xml'], "baicheng-news: option '-f, --format <format>' argument 'xml' is invalid; expected one of json, jsonl, csv, table (see 'baicheng-news parse --help')\n"],
    [['stats', 'seeds', '--date', '2019-13-40'], 'baicheng-news: Unexpected --date "2019-13-40"; expected a day as YYYY-MM-DD, e.g. --date 2019-07-20 (see \'baicheng-news stats --help\')\n'],
    [['prase', 'seeds'], "baicheng-news: unknown command 'prase'; expected a command: parse, stats, export, track, people, report, merge, schema, help (did you mean parse?) (see 'baicheng-news --help')\n"],
    [['export', 'seeds'], "baicheng-news: required option '-o, --out <dir>' not specified; expected it on every run of this command (see 'baicheng-news export --help')\n"],
    [['parse', 'seeds', '--date'], "baicheng-news: option '--date <YYYY-MM-DD>' argument missing; expected a value after it (see 'baicheng-news parse --help')\n"],
    [['schema', 'figure', 'extra'], "baicheng-news: too many arguments for 'schema'; expected 1 argument but got 2 (see 'baicheng-news schema --help')\n"],
    [['parse', 'seeds', '--jobs', '0'], 'baicheng-news: Unexpected --jobs "0"; expected a whole number from 1, e.g. --jobs 2 (see \'baicheng-news parse --help\')\n'],
  ])('%j', async (argv, expected) => {
    const run = await runMain(argv)
    expect([run.code, run.stdout]).toEqual([2, ''])
    expect(run.stderr).toMatch(STYLE)
    expect(run.stderr).toBe(expected)
  })

  it('help for an unknown topic says so and exits 2; help for a command still works', async () => {
    const nope = await runMain(['help', 'nope'])
    expect([nope.code, nope.stdout]).toEqual([2, ''])
    expect(nope.stderr).toBe('baicheng-news: Unknown help topic "nope"; expected one of parse, stats, export, track, people, report, merge, schema (see \'baicheng-news --help\')\n')
    const parse = await runMain(['help', 'parse'])
    expect(parse.code).toBe(0)
    expect(parse.stdout).toContain('Usage: baicheng-news parse')
  })

  it('an unknown schema record names the records', async () => {
    const run = await runMain(['schema', 'nope'])
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(STYLE)
    expect(run.stderr).toContain(`Unexpected record "nope"; expected one of: ${RECORD_NAMES.join(', ')} (see 'baicheng-news schema --help')`)
  })

  it('an internal error is one line too, with a stack only under --debug', async () => {
    const broken = (): Writable =>
      new Writable({
        write() {
          throw new Error('the disk is on fire')
        },
      })
    const run = async (argv: string[]) => {
      const stderr = new PassThrough()
      const chunks: Buffer[] = []
      stderr.on('data', (c: Buffer) => chunks.push(c))
      const code = await main({ argv, stdin: new PassThrough(), stdout: broken(), stderr, env: {} })
      return { code, stderr: Buffer.concat(chunks).toString('utf8') }
    }
    const plain = await run(['parse', 'seeds', '-f', 'json', '-q'])
    expect(plain).toEqual({
      code: 2,
      stderr: 'baicheng-news: internal error: the disk is on fire; expected none, please report it (run again with --debug for a stack trace)\n',
    })
    const debug = await run(['parse', 'seeds', '-f', 'json', '-q', '--debug'])
    expect(debug.stderr).toMatch(/^baicheng-news: internal error: the disk is on fire; expected none, please report it\nError: the disk is on fire\n\s+at /)
  })

  it('0 for --help and --version, on stdout', async () => {
    const help = await runMain(['parse', '--help'])
    expect(help.code).toBe(0)
    expect(help.stdout).toContain('--format')
    const version = await runMain(['--version'])
    expect(version.code).toBe(0)
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(path.join(repo, 'package.json'), 'utf8')).version)
  })
})

describe('the built binary', () => {
  it('exits 0, 1 and 2 as documented, data on stdout and problems on stderr', () => {
    const ok = runBin(['parse', 'seeds', '-f', 'json'])
    expect([ok.code, ParseOutput.parse(JSON.parse(ok.stdout)).issues.length]).toEqual([0, 1])
    const some = runBin(['parse', 'seeds', 'missing.md', '-f', 'jsonl'])
    expect(some.code).toBe(1)
    expect(some.stdout.trim().split('\n')).toHaveLength(11)
    expect(some.stderr).toContain('missing.md: error')
    const usage = runBin(['parse', '--format', 'xml', 'seeds'])
    expect([usage.code, usage.stdout]).toEqual([2, ''])
    const nothing = runBin(['stats', 'missing.md'])
    expect(nothing.code).toBe(2)
    expect(runBin(['parse', 'seeds', '-f', 'table'], { env: { NO_COLOR: '1' } }).stdout).not.toMatch(ANSI)
  })
})

describe('golden help', () => {
  it('main --help', async () => {
    await expect((await runMain(['--help'])).stdout).toMatchFileSnapshot('golden/help.txt')
  })
  it('parse --help', async () => {
    await expect((await runMain(['parse', '--help'])).stdout).toMatchFileSnapshot('golden/parse-help.txt')
  })
  it('stats --help', async () => {
    await expect((await runMain(['stats', '--help'])).stdout).toMatchFileSnapshot('golden/stats-help.txt')
  })
  it('export --help', async () => {
    await expect((await runMain(['export', '--help'])).stdout).toMatchFileSnapshot('golden/export-help.txt')
  })
  it('schema --help', async () => {
    await expect((await runMain(['schema', '--help'])).stdout).toMatchFileSnapshot('golden/schema-help.txt')
  })
})

describe('streams', () => {
  it('keeps data on stdout and diagnostics on stderr (real process)', () => {
    const run = runBin(['parse', 'seeds', '--format', 'jsonl'])
    expect(run.code).toBe(0)
    for (const line of run.stdout.trimEnd().split('\n')) ArticleRecord.parse(JSON.parse(line))
    expect(run.stderr).not.toContain('{')
    expect(run.stderr.trim().split('\n')).toHaveLength(2)
  })

  it('reads stdin for - and names it <stdin>', async () => {
    const run = await runMain(['parse', '-', '--format', 'json', '--date', '2019-07-20'], { stdin: seed })
    expect(run.code).toBe(0)
    const issue = ParseOutput.parse(JSON.parse(run.stdout)).issues[0]!
    expect(issue.source).toBe('<stdin>')
    expect(issue.id).toBe('stdin')
    expect(issue.date).toBe('2019-07-20')
    expect(run.stderr).toContain('<stdin>:21: warning')
  })

  it('reads piped stdin when no path is given', async () => {
    const run = await runMain(['parse', '--format', 'jsonl'], { stdin: seed })
    expect(run.code).toBe(0)
    expect(run.stdout.trim().split('\n')).toHaveLength(11)
  })

  it('--verbose adds a summary on stderr; --quiet wins over it', async () => {
    const verbose = await runMain(['parse', 'seeds', '-v', '-f', 'json', '--jobs', '1'])
    expect(verbose.stderr).toContain('baicheng-news: parse: 1 of 1 files read, 0 failed, 2 warnings, 1 thread')
    expect(JSON.parse(verbose.stdout).issues).toHaveLength(1)
    const both = await runMain(['parse', 'seeds', '-v', '-q', '-f', 'json'])
    expect(both.stderr).toBe('')
  })

  it('-v reports the workers actually used: one file is read in the main thread whatever --jobs says', async () => {
    for (const jobs of [[], ['--jobs', '4']]) {
      const run = await runMain(['parse', 'seeds', '-v', '-f', 'json', ...jobs])
      expect(run.stderr).toContain('baicheng-news: parse: 1 of 1 files read, 0 failed, 2 warnings, 1 thread\n')
    }
  })

  it('-v reports two workers for -j 2 over three files, and a --jobs above the cores is lowered with a warning', async () => {
    const dir = path.join(tmp, 'three')
    mkdirSync(dir, { recursive: true })
    for (const name of ['a.md', 'b.md', 'c.md']) writeFileSync(path.join(dir, name), seed)
    const two = await runMain(['parse', dir, '-v', '-f', 'jsonl', '--jobs', '2'])
    const cores = availableParallelism()
    expect(two.stderr).toContain(`3 of 3 files read, 0 failed, 6 warnings, ${cores >= 2 ? '2 workers' : '1 thread'}\n`)
    const many = await runMain(['parse', dir, '-v', '-f', 'jsonl', '--jobs', '999'])
    const used = Math.min(cores, 3)
    expect(many.stderr).toContain(`baicheng-news: warning: --jobs 999 lowered to ${cores}: this machine has ${cores} core`)
    expect(many.stderr).toContain(`3 of 3 files read, 0 failed, 6 warnings, ${used === 1 ? '1 thread' : `${used} workers`}\n`)
    expect(many.stdout).toBe(two.stdout)
    expect(many.code).toBe(0)
    // The warning is about the machine, not the input: --quiet drops it and --strict ignores it.
    expect((await runMain(['parse', dir, '-q', '-f', 'jsonl', '--jobs', '999'])).stderr).toBe('')
  })

  it('--quiet drops warnings but keeps errors', async () => {
    const run = await runMain(['parse', 'seeds', 'missing.md', '--quiet', '--format', 'json'])
    expect(run.code).toBe(1)
    expect(run.stderr).not.toContain('warning')
    expect(run.stderr).toContain('missing.md: error')
  })

  it('defaults to json in a pipe and to a table on a terminal', async () => {
    const piped = await runMain(['parse', 'seeds'])
    expect(() => JSON.parse(piped.stdout)).not.toThrow()
    const tty = await runMain(['parse', 'seeds'], { stdoutTTY: true })
    expect(tty.stdout).toContain('释放城市基层党建整体效应')
    expect(tty.stdout).toContain('┌')
  })
})

describe('colour', () => {
  it('colours the table on a terminal only', async () => {
    expect((await runMain(['parse', 'seeds', '-f', 'table'], { stdoutTTY: true })).stdout).toMatch(ANSI)
    expect((await runMain(['parse', 'seeds', '-f', 'table'], { stdoutTTY: false })).stdout).not.toMatch(ANSI)
  })

  it('never colours with NO_COLOR, --no-color or TERM=dumb', async () => {
    const tty = { stdoutTTY: true, stderrTTY: true }
    for (const run of [
      await runMain(['parse', 'seeds', '-f', 'table'], { ...tty, env: { NO_COLOR: '1' } }),
      await runMain(['parse', 'seeds', '-f', 'table', '--no-color'], tty),
      await runMain(['parse', 'seeds', '-f', 'table'], { ...tty, env: { TERM: 'dumb' } }),
    ]) {
      expect(run.stdout).not.toMatch(ANSI)
      expect(run.stderr).not.toMatch(ANSI)
    }
  })

  it('FORCE_COLOR as chalk documents it: 1, 2, 3, true or empty colour a pipe; 0 or false keep a terminal plain', async () => {
    for (const value of ['1', '2', '3', 'true', '']) {
      const run = await runMain(['parse', 'seeds', '-f', 'table'], { env: { FORCE_COLOR: value } })
      expect(run.stdout, `FORCE_COLOR=${value}`).toMatch(ANSI)
      expect(run.stderr, `FORCE_COLOR=${value}`).toMatch(ANSI)
    }
    for (const value of ['0', 'false']) {
      const run = await runMain(['parse', 'seeds', '-f', 'table'], { stdoutTTY: true, stderrTTY: true, env: { FORCE_COLOR: value } })
      expect(run.stdout, `FORCE_COLOR=${value}`).not.toMatch(ANSI)
      expect(run.stderr, `FORCE_COLOR=${value}`).not.toMatch(ANSI)
    }
    // FORCE_COLOR overrides TERM=dumb, as in chalk.
    expect((await runMain(['parse', 'seeds', '-f', 'table'], { env: { FORCE_COLOR: '1', TERM: 'dumb' } })).stdout).toMatch(ANSI)
  })

  it('NO_COLOR and --no-color win over FORCE_COLOR; an empty NO_COLOR does not count', async () => {
    const tty = { stdoutTTY: true, stderrTTY: true }
    expect((await runMain(['parse', 'seeds', '-f', 'table'], { ...tty, env: { FORCE_COLOR: '1', NO_COLOR: '1' } })).stdout).not.toMatch(ANSI)
    expect((await runMain(['parse', 'seeds', '-f', 'table', '--no-color'], { ...tty, env: { FORCE_COLOR: '3' } })).stdout).not.toMatch(ANSI)
    expect((await runMain(['parse', 'seeds', '-f', 'table'], { ...tty, env: { NO_COLOR: '' } })).stdout).toMatch(ANSI)
  })

  it('FORCE_COLOR never colours files written with --out', async () => {
    const out = path.join(tmp, 'forced')
    const run = await runMain(['parse', 'seeds', '-f', 'table', '--out', out], { env: { FORCE_COLOR: '1' } })
    expect(run.code).toBe(0)
    expect(readFileSync(path.join(out, '000_531ceeffb06bc024.txt'), 'utf8')).not.toMatch(ANSI)
  })

  it('colours stderr diagnostics on a terminal', async () => {
    const run = await runMain(['parse', 'seeds', '-f', 'json'], { stderrTTY: true })
    expect(run.stderr).toMatch(ANSI)
  })
})

describe('formats carry the same articles', () => {
  it('json, jsonl, csv and table agree', async () => {
    const json = ParseOutput.parse(JSON.parse((await runMain(['parse', 'seeds', '-f', 'json'])).stdout))
    const articles = json.issues.flatMap((i) => i.articles)

    const jsonl = (await runMain(['parse', 'seeds', '-f', 'jsonl'])).stdout.trimEnd().split('\n').map((l) => ArticleRecord.parse(JSON.parse(l)))
    expect(jsonl.map(({ issueId, source, date, ...rest }) => rest)).toEqual(articles)
    expect(new Set(jsonl.map((r) => r.issueId))).toEqual(new Set(['000_531ceeffb06bc024']))

    const csvText = (await runMain(['parse', 'seeds', '-f', 'csv'])).stdout
    expect(csvText.split('\r\n')[0]).toBe(
      'issue_id,source,date,article_id,ordinal,kind,page,page_name,column_label,headline,subtitle,kicker,byline_names,byline_roles,byline_labels,dateline_raw,dateline_source,dateline_place,dateline_date,section_titles,paragraph_count,text,line_start,line_end,decks,notes',
    )
    const rows = parseCsv(csvText, { columns: true }) as Record<string, string>[]
    expect(rows).toHaveLength(articles.length)
    rows.forEach((row, i) => {
      const a = articles[i]!
      expect(row.article_id).toBe(a.id)
      expect(row.kind).toBe(a.kind)
      expect(row.headline).toBe(a.headline ?? '')
      expect(row.text).toBe(a.text)
      expect(row.byline_names).toBe(a.bylines.map((b) => b.name).join(';'))
      expect(row.byline_roles).toBe(a.bylines.map((b) => b.role).join(';'))
      expect(Number(row.line_start)).toBe(a.lines.start)
    })

    const table = (await runMain(['parse', 'seeds', '-f', 'table'], { env: { COLUMNS: '200' } })).stdout
    for (const a of articles) expect(table).toContain(a.headline ?? a.column ?? '')
  })
})

describe('inputs', () => {
  it('walks folders recursively in sorted order, skipping other files', async () => {
    const dir = path.join(tmp, 'walk')
    mkdirSync(path.join(dir, 'b', 'deep'), { recursive: true })
    mkdirSync(path.join(dir, 'a'), { recursive: true })
    writeFileSync(path.join(dir, 'b', 'deep', '2019-07-21.md'), seed)
    writeFileSync(path.join(dir, 'a', '2019-07-20.markdown'), seed)
    writeFileSync(path.join(dir, 'b', '20190722-02-01.txt'), seed)
    writeFileSync(path.join(dir, 'b', 'notes.json'), '{}')
    const run = await runMain(['parse', dir, '-f', 'json'])
    expect(run.code).toBe(0)
    const issues = ParseOutput.parse(JSON.parse(run.stdout)).issues
    expect(issues.map((i) => [i.id, i.date])).toEqual([
      ['2019-07-20', '2019-07-20'],
      ['20190722-02-01', '2019-07-22'],
      ['2019-07-21', '2019-07-21'],
    ])
  })

  it('skips a binary file with a positioned warning and says some failed', async () => {
    const dir = path.join(tmp, 'binary')
    mkdirSync(dir, { recursive: true })
    writeFileSync(path.join(dir, 'good.md'), seed)
    writeFileSync(path.join(dir, 'image.md'), Buffer.from('PNG\n\n\u0000\u0001\u0002'))
    const run = await runMain(['parse', dir, '-f', 'json'])
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/image\.md:3: warning: Unexpected NUL byte at byte 5, expected text; file skipped \[not-text\]/)
    expect(ParseOutput.parse(JSON.parse(run.stdout)).issues.map((i) => i.id)).toEqual(['good'])
  })

  it('reads GB18030, UTF-16 and CRLF copies of the seed as the same articles', async () => {
    const dir = path.join(tmp, 'encodings')
    mkdirSync(dir, { recursive: true })
    const text = seed.toString('utf8')
    writeFileSync(path.join(dir, 'crlf.md'), text.replace(/\n/g, '\r\n'))
    writeFileSync(path.join(dir, 'utf16.md'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]))
    writeFileSync(path.join(dir, 'utf8.md'), seed)
    const gb = readFileSync(path.join(repo, 'fixtures', 'parse', 'gb18030', 'input.md'))
    writeFileSync(path.join(dir, 'gb.md'), gb)
    const run = await runMain(['parse', dir, '-f', 'json'])
    expect(run.code).toBe(0)
    const issues = ParseOutput.parse(JSON.parse(run.stdout)).issues
    const strip = (i: (typeof issues)[number]) => i.articles.map(({ id, ...rest }) => rest)
    const byId = Object.fromEntries(issues.map((i) => [i.id, i]))
    expect(byId.crlf!.encoding).toBe('utf-8')
    expect(byId.utf16!.encoding).toBe('utf-16le')
    expect(byId.gb!.encoding).toBe('gb18030')
    expect(strip(byId.crlf!)).toEqual(strip(byId.utf8!))
    expect(strip(byId.utf16!)).toEqual(strip(byId.utf8!))
    expect(byId.gb!.articles[0]!.headline).toBe('洮北区新华街道多措并举推进创城工作')
  })

  it('reports an unreadable file and a symlink loop, and goes on', async () => {
    const dir = path.join(tmp, 'bad')
    mkdirSync(path.join(dir, 'sub'), { recursive: true })
    writeFileSync(path.join(dir, 'good.md'), seed)
    writeFileSync(path.join(dir, 'locked.md'), seed)
    chmodSync(path.join(dir, 'locked.md'), 0o000)
    symlinkSync('..', path.join(dir, 'sub', 'loop'))
    // A link to nothing cannot be read, even by root.
    symlinkSync(path.join(dir, 'gone.md'), path.join(dir, 'dangling.md'))
    const run = await runMain(['parse', dir, '-f', 'json'])
    const ids = ParseOutput.parse(JSON.parse(run.stdout)).issues.map((i) => i.id)
    expect(run.stderr).toContain('[symlink-loop]')
    expect(run.stderr).toMatch(/dangling\.md: error: Cannot read: No such file or folder \(ENOENT\) \[unreadable\]/)
    expect(ids).toContain('good')
    expect(run.code).toBe(1)
    if (process.getuid?.() !== 0) {
      // root reads any file whatever its mode; others are refused locked.md.
      expect(run.stderr).toContain('locked.md: error: Cannot read: Permission denied')
    }
  })

  it('treats an empty file as an issue with no articles and a warning', async () => {
    const file = path.join(tmp, 'empty.md')
    writeFileSync(file, '')
    const run = await runMain(['parse', file, '-f', 'json'])
    expect(run.code).toBe(0)
    expect(ParseOutput.parse(JSON.parse(run.stdout)).issues[0]!.articles).toEqual([])
    expect(run.stderr).toContain('empty.md: warning: Unexpected empty file, expected an issue [empty-issue]')
  })
})

describe('UsageError', () => {
  it('splits a message given whole at ", expected", else at its last "; ", else says what is expected', () => {
    const line = (error: UsageError) => usageLine(Object.assign(error, { command: 'export' }))
    expect(line(new UsageError('Unexpected --date "x", expected a day'))).toBe(
      "baicheng-news: Unexpected --date \"x\"; expected a day (see 'baicheng-news export --help')\n",
    )
    expect(line(new UsageError('Could not write the export out: No space left on device (ENOSPC); the previous export is unchanged'))).toBe(
      "baicheng-news: Could not write the export out: No space left on device (ENOSPC); the previous export is unchanged (see 'baicheng-news export --help')\n",
    )
    expect(line(new UsageError('Nothing to do'))).toBe("baicheng-news: Nothing to do; expected the usage its help shows (see 'baicheng-news export --help')\n")
  })
})
