/** The commands that look at the whole archive at once: `track`, `people`, `report`. */
import { Command, Option } from 'commander'
import { runPeople } from '../commands/people.js'
import { REPORT_FORMATS, runReport } from '../commands/report.js'
import { runTrack } from '../commands/track.js'
import { FORMATS } from '../emit/index.js'
import type { MainParams } from '../main.js'
import { diagnosticOptions, inputOptions } from './options.js'

/** `track`, `people` and `report`: commands that look at the whole archive at once. */
export function archiveCommands(program: Command, io: MainParams, done: (code: number) => void): void {
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
