/**
 * What the commands share: the options of every command that reads issues,
 * the way such a command is made, and how a command's usage errors are marked
 * as its own.
 */
import { Command, Option } from 'commander'
import { FORMATS } from '../emit/index.js'
import { UsageError } from '../errors.js'
import { DEFAULT_MAX_SIZE_MB } from '../io/read.js'

/** Run a command, marking its usage errors as its own so they point at its help. */
export async function inCommand(name: string, run: () => Promise<number>): Promise<number> {
  try {
    return await run()
  } catch (error) {
    if (error instanceof UsageError) error.command ??= name
    throw error
  }
}

/** What makes one command that reads issues. */
export interface IssueCommand {
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
export function issueCommand(program: Command, spec: IssueCommand): Command {
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
