/**
 * The command line: commander turns argv into options and calls a command.
 * No parsing logic lives here.
 */
import { Command, CommanderError } from 'commander'
import { runIssues } from './commands/run.js'
import { RECORD_NAMES, runSchema } from './commands/schema.js'
import { UsageError } from './errors.js'
import { escapeForTerminal } from './io/terminal.js'
import type { MainParams } from './main.js'
import { VERSION } from './version.js'
import { archiveCommands } from './cli/archive.js'
import { inCommand, issueCommand } from './cli/options.js'
import { exportCommand, mergeCommand } from './cli/warehouse.js'

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

  issueCommands(program, io, done)
  exportCommand(program, io, done)
  archiveCommands(program, io, done)
  mergeCommand(program, io, done)
  schemaCommand(program, io, done)

  for (const command of program.commands) {
    command.exitOverride((error) => {
      throw Object.assign(error, { [COMMAND]: command.name() })
    })
  }
  return program
}

/** `parse` and `stats`: the commands that read issues and print what each holds. */
function issueCommands(program: Command, io: MainParams, done: (code: number) => void): void {
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
}

/** `schema`: the JSON Schema of any output record. */
function schemaCommand(program: Command, io: MainParams, done: (code: number) => void): void {

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
