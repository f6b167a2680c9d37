/**
 * YAML front matter (`---\ndate: 2019-07-20\n---`) at the top of an issue.
 *
 * Front matter is only a leading `---` block (the block remark-frontmatter
 * reads) whose YAML is a mapping of keys to values. Anything else, such as
 * thematic breaks around articles, is Markdown: a block that is not a
 * mapping never swallows the articles inside it. The YAML is read with the
 * core schema (no custom tags) and no aliases. We read only `date:`; a value
 * that is not a day is a warning on its line.
 */
import { createRequire } from 'node:module'
import type * as Yaml from 'yaml'
import type { Warning } from '../schema.js'

/** The YAML parser, loaded on the first front matter: most archives have none, and loading it costs every worker thread ~0.1 s. */
let yaml: typeof Yaml | null = null
const loadYaml = (): typeof Yaml => (yaml ??= createRequire(import.meta.url)('yaml') as typeof Yaml)

/** Front matter found at the top of an issue. */
export interface FrontMatter {
  /** The YAML between the fences (as remark-frontmatter's `yaml` node holds it). */
  readonly value: string
  /** `date:` as an ISO day, or null when absent or not a day. */
  readonly date: string | null
  /** The block's lines, fences included, 1-based inclusive. */
  readonly lines: { start: number; end: number }
  /** Characters the block takes at the start of the text, with the line break after the closing fence. */
  readonly length: number
  /** Values that could not be read. */
  readonly warnings: Warning[]
}

/** What the top of an issue holds: front matter or not, and what went wrong reading it. */
export interface FrontMatterInspection {
  readonly front: FrontMatter | null
  /** Problems with the front matter, or with a leading block that looked like front matter and was read as Markdown. */
  readonly warnings: Warning[]
}

/** The leading block exactly as micromark-extension-frontmatter delimits it: `---` lines, trailing spaces allowed. */
const BLOCK = /^---[ \t]*\n(?:([^]*?)\n)??---[ \t]*(?:\n|$)/

/** A first line that shows the author meant front matter: `key:` with a plain key. */
const KEY_LINE = /^[A-Za-z_][\w-]*:(?:\s|$)/

const DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.+\-Z ]*)?$/

/**
 * Read the front matter at the top of an issue, if there is any.
 *
 * @param text the whole issue, LF line endings
 */
export function readFrontMatter(text: string): FrontMatter | null {
  return inspectFrontMatter(text).front
}

/**
 * Tell whether an issue starts with front matter and read it.
 *
 * @param text the whole issue, LF line endings
 */
export function inspectFrontMatter(text: string): FrontMatterInspection {
  const match = BLOCK.exec(text)
  if (!match) return { front: null, warnings: [] }
  const value = match[1] ?? ''
  const end = match[0].replace(/\n$/, '').split('\n').length
  const meant = KEY_LINE.test(value)
  const refuse = (line: number, reason: string): FrontMatterInspection => ({
    front: null,
    warnings: meant
      ? [{ code: 'front-matter', line, message: `Unexpected ${reason} in the leading --- block, expected YAML key: value lines; read as Markdown` }]
      : [],
  })
  const { parseDocument, isMap, isScalar } = loadYaml()
  const document = parseDocument(value, { schema: 'core', uniqueKeys: true, prettyErrors: false })
  const lineOf = (offset: number): number => 2 + countNewlines(value, offset)
  const problem = document.errors[0] ?? document.warnings[0]
  if (problem) return refuse(lineOf(problem.pos[0]), `YAML (${problem.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')})`)
  if (!isMap(document.contents) || document.contents.items.length === 0) return refuse(2, 'text that is not a YAML mapping')
  try {
    document.toJS({ maxAliasCount: 0 })
  } catch {
    return refuse(2, 'YAML alias')
  }
  const warnings: Warning[] = []
  let date: string | null = null
  for (const pair of document.contents.items) {
    if (!isScalar(pair.key) || pair.key.value !== 'date') continue
    const line = lineOf(pair.key.range?.[0] ?? 0)
    const raw = isScalar(pair.value) ? pair.value.value : pair.value?.toJSON()
    const match = typeof raw === 'string' ? DATE.exec(raw.trim()) : null
    date = match ? isoDate(Number(match[1]), Number(match[2]), Number(match[3])) : null
    if (date === null) {
      warnings.push({
        code: 'front-matter',
        line,
        message: `Unexpected date ${JSON.stringify(raw ?? null)} in front matter, expected a day as YYYY-MM-DD, e.g. date: 2019-07-20`,
      })
    }
  }
  return { front: { value, date, lines: { start: 1, end }, length: match[0].length, warnings }, warnings }
}

/** An ISO date, or null when the parts are not a real calendar day. */
export function isoDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || year < 1800 || year > 2200) return null
  if (month < 1 || month > 12 || day < 1) return null
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate()
  if (day > last) return null
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

function countNewlines(text: string, end: number): number {
  let n = 0
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) n++
  return n
}
