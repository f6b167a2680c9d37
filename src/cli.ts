/**
 * The command line: commander turns argv into options and calls a command.
 * No parsing logic lives here.
 */
import { Command, CommanderError, Option } from 'commander'
import { runExport, SHRINK_SHARE } from './commands/export.js'
import { runMerge } from './commands/merge.js'
import { runPeople } from './commands/people.js'
import { REPORT_FORMATS, runReport } from './commands/report.js'
import { runIssues } from './commands/run.js'
import { runTrack } from './commands/track.js'
import { RECORD_NAMES, runSchema } from './commands/schema.js'
import { FORMATS } from './emit/index.js'
import { UsageError } from './errors.js'
import { DEFAULT_MAX_SIZE_MB } from './io/read.js'
import { escapeForTerminal } from './io/terminal.js'
import type { MainParams } from './main.js'
import { VERSION } from './version.js'

/**
 * Build the program.
 *
 * @param io the streams and environment the commands use
 * @param done receives the exit code of the command that ran
 */
export function buildProgram(io: MainParams, done: (code: number) => void): Command {
  const program = new Command()
  program
    .name('baicheng-news')
    .version(VERSION, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'print help')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      // Commander's errors quote the arguments as typed: their control characters are shown, not obeyed.
      writeErr: (text) => io.stderr.write(escapeForTerminal(text, { newlines: true })),
      // main() words every error in the house style; commander's own wording is not printed.
      outputError: () => {},
      // Help is the same everywhere: 80 columns, no colour, whatever the terminal.
      getOutHelpWidth: () => 80,
      getErrHelpWidth: () => 80,
      getOutHasColors: () => false,
      getErrHasColors: () => false,
    })
    .showSuggestionAfterError(true)
    .description(
      `Turn issues of 白城日报 (Markdown or plain text) into structured articles and figures.

Examples:
  $ baicheng-news parse seeds --format table
  $ baicheng-news parse archive/2019 --format jsonl > articles.jsonl
  $ baicheng-news stats seeds --headline --format csv
  $ cat issue.md | baicheng-news parse - --date 2019-07-20`,
    )
    .addHelpText(
      'after',
      `
Exit codes: 0 all parsed, 1 some files failed (or warnings with --strict), 2 usage error or nothing read.`,
    )

  issueCommand(program, {
    name: 'parse',
    summary: 'split issues into articles',
    description:
      'Split each issue into its articles, notices, slogans, photo captions and banners, with headline, decks, bylines, dateline, sections and page.',
    examples: [
      'baicheng-news parse seeds --format table',
      'baicheng-news parse issue.md --format json --strict',
      'baicheng-news parse archive --format csv > articles.csv',
    ],
    output: (command) => command,
    run: (paths, options) => runIssues('parse', paths, options, io),
    done,
  })

  issueCommand(program, {
    name: 'stats',
    summary: 'the figures and dates issues report',
    description:
      'Read the figures each issue reports (474个书记项目, 占比21.6%, 150余万元, 近200件) with value, unit, approximation, what they count and where; the dates it names; and checks of shares against their parts.',
    examples: [
      'baicheng-news stats seeds --format table',
      'baicheng-news stats archive --headline --format csv > headline-figures.csv',
      'baicheng-news stats issue.md --dates --format jsonl --date 2019-07-20',
    ],
    output: (command) =>
      command
        .option('--headline', 'only the headline figures (the top three of each article)')
        .option('--dates', 'with jsonl, csv or table: list dates instead of figures'),
    run: (paths, options) => runIssues('stats', paths, options, io),
    done,
  })

  const exporter = program
    .command('export')
    .summary('warehouse tables, a manifest, and a DuckDB file')
    .description(
      `Write the archive as warehouse tables (issues, articles, bylines, sections, paragraphs, figures, dates, warnings) with stable keys, and a manifest; optionally a DuckDB file with the same tables and their keys.

Examples:
  $ baicheng-news export seeds --out out --duckdb out/archive.duckdb
  $ baicheng-news export archive --out warehouse --format parquet --partition year
  $ baicheng-news export archive --out warehouse --format jsonl --incremental`,
    )
    .argument('[paths...]', 'issue files, folders (searched for .md, .markdown, .txt), or - for stdin')
  inputOptions(exporter)
  exporter
    .optionsGroup('Output:')
    .requiredOption('-o, --out <dir>', 'the folder for the tables and manifest.json')
    .addOption(new Option('-f, --format <format>', 'table file format').choices(['csv', 'jsonl', 'parquet']).default('csv'))
    .addOption(new Option('--partition <by>', 'split every table by the issue year: <table>/year=2019/part-0.<ext>').choices(['none', 'year']).default('none'))
    .option('--incremental', 'keep the rows of files whose path and bytes are unchanged since the last run (same version and options)')
    .option('--duckdb <file>', 'also build a DuckDB database with the same tables, keys and foreign keys')
    .option('--allow-shrink', `publish even when more than ${SHRINK_SHARE * 100}% of the issues the folder holds would go`)
  diagnosticOptions(exporter)
  exporter.action(async (paths: string[], options: Record<string, unknown>) => {
    done(await inCommand('export', () => runExport(paths, options, io)))
  })

  archiveCommands(program, io, done)

  program
    .command('merge')
    .summary('join the folders of sharded exports into one')
    .description(
      `Join the folders that \`export --shard K/N\` wrote (one per shard, or copied into one) into one export: checks that shards 1..N are each there once, made alike, with no issue twice, and publishes the tables and manifest as export does.

Examples:
  $ baicheng-news merge --out warehouse shard-1 shard-2 shard-3
  $ baicheng-news merge --out warehouse shards/* --duckdb warehouse/db.duckdb`,
    )
    .argument('<dirs...>', 'folders holding manifest-part-K-of-N.json and their tables')
    .requiredOption('-o, --out <dir>', 'the folder for the merged tables and manifest.json')
    .option('--duckdb <file>', 'also build a DuckDB database with the same tables, keys and foreign keys')
    .option('--allow-shrink', `publish even when more than ${SHRINK_SHARE * 100}% of the issues the folder holds would go`)
    .option('-q, --quiet', 'print errors only')
    .option('-v, --verbose', 'also print a summary on stderr')
    .option('--debug', 'print stack traces of internal errors')
    .action(async (dirs: string[], options: Record<string, unknown>) => {
      done(await inCommand('merge', () => runMerge(dirs, options, io)))
    })

  program
    .command('schema')
    .summary('print the JSON Schema of the output')
    .description(
      `Print the JSON Schema (draft 2020-12) of an output record, or of all records keyed by name.

Examples:
  $ baicheng-news schema parse-output > parse-output.schema.json
  $ baicheng-news schema figure`,
    )
    .argument('[record]', `one of: ${RECORD_NAMES.join(', ')}`)
    .action(async (record: string | undefined) => {
      done(await inCommand('schema', async () => runSchema(record, io)))
    })

  for (const command of program.commands) {
    command.exitOverride((error) => {
      throw Object.assign(error, { [COMMAND]: command.name() })
    })
  }
  return program
}

const COMMAND = Symbol('command')

/** The command whose parsing raised a commander error, or null for the program itself. */
export function commandOf(error: CommanderError): string | null {
  return (error as CommanderError & { [COMMAND]?: string })[COMMAND] ?? null
}

/**
 * `help <topic>` for a topic that is no command: commander would print the
 * general help and exit 0, hiding the typo.
 */
export function checkHelpTopic(program: Command, argv: readonly string[]): void {
  if (argv[0] !== 'help' || argv[1] === undefined) return
  const names = program.commands.map((c) => c.name())
  if (!names.includes(argv[1])) {
    throw new UsageError(`Unknown help topic ${JSON.stringify(argv[1])}`, `expected one of ${names.join(', ')}`)
  }
}

/** Run a command, marking its usage errors as its own so they point at its help. */
async function inCommand(name: string, run: () => Promise<number>): Promise<number> {
  try {
    return await run()
  } catch (error) {
    if (error instanceof UsageError) error.command ??= name
    throw error
  }
}

/** What makes one command that reads issues. */
interface IssueCommand {
  name: string
  summary: string
  description: string
  examples: string[]
  /** Adds the command's own output options. */
  output: (command: Command) => Command
  run: (paths: string[], options: Record<string, unknown>) => Promise<number>
  done: (code: number) => void
}

/**
 * Add a command that reads issues, with the options every such command
 * shares, grouped in its help, and its examples first.
 */
function issueCommand(program: Command, spec: IssueCommand): Command {
  const command = program
    .command(spec.name)
    .summary(spec.summary)
    .description(`${spec.description}\n\nExamples:\n${spec.examples.map((e) => `  $ ${e}`).join('\n')}`)
    .argument('[paths...]', 'issue files, folders (searched for .md, .markdown, .txt), or - for stdin')
  inputOptions(command)
  command
    .optionsGroup('Output:')
    .addOption(
      new Option('-f, --format <format>', 'output format (default: table on a terminal, json otherwise)').choices(FORMATS),
    )
    .option('-o, --out <dir>', 'write one file per issue into this folder (atomically) instead of stdout')
    .option('--excel', 'CSV for spreadsheets: a UTF-8 BOM, and cells starting with = + - @ made inert')
  spec.output(command)
  diagnosticOptions(command)
  command.action(async (paths: string[], options: Record<string, unknown>) => {
    spec.done(await inCommand(spec.name, () => spec.run(paths, options)))
  })
  return command
}

/** The input options of every command that reads issues. */
export function inputOptions(command: Command): Command {
  return command
    .optionsGroup('Input:')
    .option('--date <YYYY-MM-DD>', 'issue date when neither front matter nor the file name gives one')
    .option('-j, --jobs <n>', 'worker threads for a run over many files (default: one per 2,000 files, per 5,000 for stats and export; at most the cores)')
    .option('--shard <k/n>', 'take only part k of n of the files (a stable split, for parallel CI jobs)')
    .option('--max-size <MB>', `skip any input larger than this, with an error (default: ${DEFAULT_MAX_SIZE_MB})`)
}

/** The diagnostic options of every command that reads issues. */
export function diagnosticOptions(command: Command): Command {
  return command
    .optionsGroup('Diagnostics:')
    .option('--check', 'verify that every character of each file ends up in exactly one field; exit 1 where it does not')
    .option('--strict', 'exit 1 when any issue has warnings')
    .option('-q, --quiet', 'print errors only, no warnings')
    .option('-v, --verbose', 'also print a summary of the run on stderr')
    .option('--no-color', 'never colour the output, as a non-empty NO_COLOR; FORCE_COLOR=1 colours even a pipe')
    .option('--debug', 'print stack traces of internal errors')
    .addOption(new Option('--diagnostics <fmt>', 'also print warnings and errors as GitHub Actions annotations (::warning file=…,line=…::…)').choices(['github']))
}

/** `track`, `people` and `report`: commands that look at the whole archive at once. */
function archiveCommands(program: Command, io: MainParams, done: (code: number) => void): void {
  const track = program
    .command('track')
    .summary('one subject over time: every figure reported for it')
    .usage('[options] <subject...> [paths...]')
    .description(
      `Every figure whose subject is one of the subjects (全市地区生产总值, 地区生产总值 and GDP are one), in the order of the period it covers (else the issue date), with value, unit, change, basis, period, article and line. Reports of the same period that disagree, and a figure lower than an earlier 累计/截至 total, are flagged. Arguments that name an existing file or folder (or -) are paths; the others are subjects.

Examples:
  $ baicheng-news track 地区生产总值 archive --format table
  $ baicheng-news track 地区生产总值 GDP archive --by quarter --format csv
  $ baicheng-news track 书记项目 seeds --exact --format jsonl`,
    )
    .argument('<subject...>', 'subjects to track, then issue files or folders (or - for stdin)')
  inputOptions(track)
  track
    .optionsGroup('Output:')
    .addOption(new Option('-f, --format <format>', 'output format (default: table on a terminal, json otherwise)').choices(FORMATS))
    .option('--excel', 'CSV for spreadsheets: a UTF-8 BOM, and cells starting with = + - @ made inert')
    .option('--exact', 'match subjects exactly as printed, without normalising (全市地区生产总值 is then not 地区生产总值)')
    .addOption(new Option('--by <period>', 'one row per period: the value last reported for it (never a sum)').choices(['month', 'quarter', 'year']))
  diagnosticOptions(track)
  track.action(async (args: string[], options: Record<string, unknown>) => {
    done(await runTrack(args, options, io))
  })

  const people = program
    .command('people')
    .summary('the byline index: who wrote what, when, in which roles')
    .description(
      `One row per person credited in a byline (names normalised: no padding inside two-character names, simplified characters), with roles, article count, first and last issue, pages, columns and co-authors. The same name is one person.

Examples:
  $ baicheng-news people archive --format table
  $ baicheng-news people archive --format csv > people.csv`,
    )
    .argument('[paths...]', 'issue files, folders (searched for .md, .markdown, .txt), or - for stdin')
  inputOptions(people)
  people
    .optionsGroup('Output:')
    .addOption(new Option('-f, --format <format>', 'output format (default: table on a terminal, json otherwise)').choices(FORMATS))
    .option('--excel', 'CSV for spreadsheets: a UTF-8 BOM, and cells starting with = + - @ made inert')
  diagnosticOptions(people)
  people.action(async (paths: string[], options: Record<string, unknown>) => {
    done(await runPeople(paths, options, io))
  })

  const report = program
    .command('report')
    .summary('the archive at a glance: one HTML file, or Markdown for CI')
    .description(
      `The archive at a glance: issues and articles per month, kinds and pages, the top subjects over time, the headline figures of each issue, the most frequent people, failed share checks and the warnings of each file. HTML is one self-contained file (inline charts, no script, nothing fetched); Markdown is for a CI job summary.

Examples:
  $ baicheng-news report archive --out report.html
  $ baicheng-news report archive --format md >> "$GITHUB_STEP_SUMMARY"`,
    )
    .argument('[paths...]', 'issue files, folders (searched for .md, .markdown, .txt), or - for stdin')
  inputOptions(report)
  report
    .optionsGroup('Output:')
    .option('-o, --out <file>', 'write the report to this file (atomically) instead of stdout')
    .addOption(new Option('-f, --format <format>', 'html (one self-contained file) or md (Markdown)').choices(Object.keys(REPORT_FORMATS)).default('html'))
  diagnosticOptions(report)
  report.action(async (paths: string[], options: Record<string, unknown>) => {
    done(await runReport(paths, options, io))
  })
}
