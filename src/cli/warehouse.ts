/** The commands that write a warehouse: `export`, and `merge` for sharded exports. */
import { Command, Option } from 'commander'
import { runExport, SHRINK_SHARE } from '../commands/export.js'
import { runMerge } from '../commands/merge.js'
import type { MainParams } from '../main.js'
import { diagnosticOptions, inCommand, inputOptions } from './options.js'

/** `export`: the archive as warehouse tables, a manifest and optionally a DuckDB file. */
export function exportCommand(program: Command, io: MainParams, done: (code: number) => void): void {
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
}

/** `merge`: the folders of a sharded export joined into one. */
export function mergeCommand(program: Command, io: MainParams, done: (code: number) => void): void {
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
}
