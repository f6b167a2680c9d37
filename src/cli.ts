/**
 * The command line: commander turns argv into options and calls a command.
 * No parsing logic lives here.
 */
import { Command, Option } from 'commander'
import { runParse } from './commands/parse.js'
import { RECORD_NAMES, runSchema } from './commands/schema.js'
import { runStats } from './commands/stats.js'
import { FORMATS } from './emit/index.js'
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
    .description('Turn issues of 白城日报 (Markdown or plain text) into structured articles and figures.')
    .version(VERSION, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'print help')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      // Help is the same everywhere: 80 columns, no colour, whatever the terminal.
      getOutHelpWidth: () => 80,
      getErrHelpWidth: () => 80,
      getOutHasColors: () => false,
      getErrHasColors: () => false,
    })
    .showSuggestionAfterError(true)
    .addHelpText(
      'after',
      `
Examples:
  $ baicheng-news parse seeds --format table
  $ baicheng-news parse archive/2019 --format jsonl > articles.jsonl
  $ cat issue.md | baicheng-news parse - --date 2019-07-20

Exit codes: 0 all parsed, 1 some files failed (or warnings with --strict), 2 usage error or nothing read.`,
    )

  program
    .command('parse')
    .summary('split issues into articles')
    .description(
      'Split each issue into its articles, notices, slogans, photo captions and banners, with headline, decks, bylines, dateline, sections and page.',
    )
    .argument('[paths...]', 'issue files, folders (searched for .md, .markdown, .txt), or - for stdin')
    .addOption(
      new Option('-f, --format <format>', 'output format (default: table on a terminal, json otherwise)').choices(FORMATS),
    )
    .option('--date <YYYY-MM-DD>', 'issue date when neither front matter nor the file name gives one')
    .option('--strict', 'exit 1 when any issue has warnings')
    .option('-q, --quiet', 'print errors only, no warnings')
    .option('--no-color', 'never colour the output (NO_COLOR and TERM=dumb also turn it off)')
    .option('--debug', 'print stack traces of internal errors')
    .addHelpText(
      'after',
      `
Examples:
  $ baicheng-news parse seeds --format table
  $ baicheng-news parse issue.md --format json --strict
  $ baicheng-news parse archive --format csv > articles.csv`,
    )
    .action(async (paths: string[], options) => {
      done(await runParse(paths, options, io))
    })

  program
    .command('stats')
    .summary('the figures and dates issues report')
    .description(
      'Read the figures each issue reports (474个书记项目, 占比21.6%, 150余万元, 近200件) with value, unit, approximation, what they count and where; the dates it names; and checks of shares against their parts.',
    )
    .argument('[paths...]', 'issue files, folders (searched for .md, .markdown, .txt), or - for stdin')
    .addOption(
      new Option('-f, --format <format>', 'output format (default: table on a terminal, json otherwise)').choices(FORMATS),
    )
    .option('--headline', 'only the headline figures (the top three of each article)')
    .option('--dates', 'with jsonl, csv or table: list dates instead of figures')
    .option('--date <YYYY-MM-DD>', 'issue date when neither front matter nor the file name gives one')
    .option('--strict', 'exit 1 when any issue has warnings (share checks included)')
    .option('-q, --quiet', 'print errors only, no warnings')
    .option('--no-color', 'never colour the output (NO_COLOR and TERM=dumb also turn it off)')
    .option('--debug', 'print stack traces of internal errors')
    .addHelpText(
      'after',
      `
Examples:
  $ baicheng-news stats seeds --format table
  $ baicheng-news stats archive --headline --format csv > headline-figures.csv
  $ baicheng-news stats issue.md --dates --format jsonl --date 2019-07-20`,
    )
    .action(async (paths: string[], options) => {
      done(await runStats(paths, options, io))
    })

  program
    .command('schema')
    .summary('print the JSON Schema of the output')
    .description('Print the JSON Schema (draft 2020-12) of an output record, or of all records keyed by name.')
    .argument('[record]', `one of: ${RECORD_NAMES.join(', ')}`)
    .addHelpText(
      'after',
      `
Examples:
  $ baicheng-news schema parse-output > parse-output.schema.json
  $ baicheng-news schema article-record`,
    )
    .action((record: string | undefined) => {
      done(runSchema(record, io))
    })

  return program
}
