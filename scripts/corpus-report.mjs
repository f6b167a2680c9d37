#!/usr/bin/env node
/**
 * What the parser recovers on a folder of real newspaper text (by default
 * the shared public corpus): per source folder, files, articles, and how
 * many have a headline, a dateline, bylines, and whether conservation holds.
 * Prints a Markdown table (for the README) and, with --json, the numbers.
 *
 * Usage: npm run build && node scripts/corpus-report.mjs [DIR] [--json]
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { checkConservation } from '../dist/pipeline/conservation.js'
import { processIssue } from '../dist/pipeline/index.js'

const here = path.dirname(fileURLToPath(import.meta.url))
const args = process.argv.slice(2)
const dir = args.find((a) => !a.startsWith('--')) ?? path.join(here, '..', '..', 'shared', 'corpus')
const rows = []
for (const folder of readdirSync(dir).sort()) {
  const full = path.join(dir, folder)
  if (!statSync(full).isDirectory()) continue
  const row = { folder, files: 0, articles: 0, headline: 0, dateline: 0, bylines: 0, conserved: 0 }
  for (const name of readdirSync(full).sort()) {
    const result = processIssue(readFileSync(path.join(full, name)), { source: `${folder}/${name}` })
    if (!('parsed' in result)) continue
    row.files++
    const articles = result.issue.articles.filter((a) => a.kind !== 'banner')
    row.articles += articles.length
    row.headline += articles.filter((a) => a.headline !== null || a.column !== null).length
    row.dateline += articles.filter((a) => a.dateline !== null).length
    row.bylines += articles.filter((a) => a.bylines.length > 0).length
    if (checkConservation(result.parsed).holds) row.conserved++
  }
  rows.push(row)
}
if (args.includes('--json')) console.log(JSON.stringify(rows))
else {
  console.log('| source | files | articles | with headline | with dateline | with bylines | conservation holds |')
  console.log('| --- | --- | --- | --- | --- | --- | --- |')
  for (const r of rows) console.log(`| ${r.folder} | ${r.files} | ${r.articles} | ${r.headline} | ${r.dateline} | ${r.bylines} | ${r.conserved} of ${r.files} |`)
}
