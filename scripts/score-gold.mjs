#!/usr/bin/env node
/**
 * Score the built library (dist/) against gold annotated by reading
 * (test/gold/*.json, fields in test/gold/README.md): per source folder, and
 * for the tuned and the blind part of the gold apart.
 *
 * Usage: npm run build && node scripts/score-gold.mjs [--blind] [--json] [--details]
 *          [--gold DIR] [--corpus DIR]
 *
 *   (default)   tuned part only, a Markdown table for the README
 *   --blind     the blind part too (score it only at the very end of a piece of work)
 *   --json      the numbers as JSON on stdout instead of the table
 *   --details   every tuned mismatch, for tuning (never prints blind ones)
 *
 * How each score is measured (also in README "Accuracy on unseen papers"):
 * - The gold article is the tool's article whose text holds `firstWords`
 *   (spaces ignored); else the first article that is not a banner.
 * - heading: exact match of headline, kicker, subtitle, column and dateline
 *   (spaces of any width collapsed; a dateline without its 【】 brackets),
 *   accuracy over all five fields of every article.
 * - byline F1: name + role pairs (names without spaces), micro-averaged.
 * - figure recall: a gold figure is found when a reported figure of the
 *   article has the same text, or the same value and one text contains the
 *   other; each reported figure is used once.
 * - non-figures reported: gold non-figure strings that a reported figure of
 *   the file overlaps in the source text (counted once each); must be 0.
 *   Ordinals (第五届) and grades the tool keeps, labelled with kind `ordinal`
 *   or `grade` (never counts), are counted apart as "kept as ordinals".
 * - subject: of found figures whose gold subject is not null, the reported
 *   subject equals it or one contains the other (quotes and spaces ignored).
 * - change: of found figures where gold or the tool gives a change, the share
 *   where both agree (so a change the tool invents counts against it).
 * - basis: of found figures, the share whose basis equals gold (null = null).
 * - period: of found figures, the share whose period words (`period.raw`,
 *   quotes and spaces ignored) equal gold's (null = null).
 * - headline F1: gold headline figures vs figures reported with isHeadline.
 *
 * Exit codes: 0 scored, 2 no gold or a bad argument.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { processIssue } from '../dist/pipeline/index.js'
import { jiebaSegmenter } from '../dist/segment.js'
import { issueStats } from '../dist/stats/index.js'

const here = path.dirname(fileURLToPath(import.meta.url))
const HEADING_FIELDS = ['headline', 'kicker', 'subtitle', 'column', 'dateline']
/** Kinds of figure that say they are not counts: an ordinal (第五届) or a grade (4A级). */
const LABELLED_KINDS = new Set(['ordinal', 'grade'])

/** Spaces of every width collapse to one; ends trimmed. */
function squash(text) {
  return text == null ? null : String(text).replace(/[\s\u3000\u00a0]+/gu, ' ').trim()
}

/** No spaces, no quotes: how names, subjects and figure texts are compared. */
function bare(text) {
  return text == null ? '' : String(text).replace(/[\s\u3000\u00a0“”‘’"'《》「」『』]+/gu, '')
}

function datelineOf(article) {
  const raw = article.dateline?.raw
  return raw ? squash(raw.replace(/^[【\[〔]|[】\]〕]$/gu, '')) : null
}

/** The tool's article that the gold describes. */
function findArticle(issue, firstWords) {
  const items = issue.articles.filter((a) => a.kind !== 'banner')
  const words = bare(firstWords)
  if (words) {
    const byText = items.find((a) => bare(a.text).includes(words))
    if (byText) return { article: byText, found: true }
  }
  return { article: items[0] ?? null, found: false }
}

function sameValue(a, b) {
  if (typeof a !== 'number' || typeof b !== 'number') return false
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b))
}

/** Pair gold figures with reported ones: same text first, then same value with one text inside the other. */
function matchFigures(goldFigures, reported) {
  const used = new Set()
  const pairs = goldFigures.map(() => null)
  const pass = (test) =>
    goldFigures.forEach((g, i) => {
      if (pairs[i]) return
      const j = reported.findIndex((r, k) => !used.has(k) && test(g, r))
      if (j !== -1) {
        used.add(j)
        pairs[i] = reported[j]
      }
    })
  pass((g, r) => bare(g.text) === bare(r.text))
  pass((g, r) => {
    const a = bare(g.text)
    const b = bare(r.text)
    return sameValue(g.value, r.value) && a !== '' && b !== '' && (a.includes(b) || b.includes(a))
  })
  return pairs
}

function subjectMatches(gold, reported) {
  const a = bare(gold)
  const b = bare(reported)
  return a !== '' && b !== '' && (a === b || a.includes(b) || b.includes(a))
}

/** Offsets where each line of the source starts. */
function lineStarts(text) {
  const starts = [0]
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1)
  return starts
}

/** Gold non-figures that some reported figure of the file overlaps in the source. */
function reportedNonFigures(nonFigures, figures, source) {
  const starts = lineStarts(source)
  const spans = figures.map((f) => {
    const start = (starts[f.line - 1] ?? 0) + f.column - 1
    return { start, end: start + f.text.length, figure: f }
  })
  const hits = []
  for (const nf of nonFigures) {
    if (!nf) continue
    let at = source.indexOf(nf)
    let hit = null
    while (at !== -1 && !hit) {
      const end = at + nf.length
      hit = spans.find((s) => s.start < end && s.end > at) ?? null
      at = source.indexOf(nf, at + 1)
    }
    if (hit) hits.push({ nonFigure: nf, figure: hit.figure.text, labelled: LABELLED_KINDS.has(hit.figure.kind) })
  }
  return hits
}

function emptyTotals() {
  return {
    articles: 0,
    located: 0,
    heading: { right: 0, all: 0 },
    kind: { right: 0, all: 0 },
    bylines: { tp: 0, fp: 0, fn: 0 },
    figures: { found: 0, all: 0 },
    nonFigures: { reported: 0, labelled: 0, all: 0 },
    subject: { right: 0, all: 0 },
    change: { right: 0, all: 0 },
    basis: { right: 0, all: 0 },
    period: { right: 0, all: 0 },
    headlineFigures: { tp: 0, fp: 0, fn: 0 },
  }
}

function add(into, from) {
  into.articles += from.articles
  into.located += from.located
  for (const key of ['heading', 'kind', 'figures', 'nonFigures', 'subject', 'change', 'basis', 'period']) {
    for (const k of Object.keys(into[key])) into[key][k] += from[key][k]
  }
  for (const key of ['bylines', 'headlineFigures']) for (const k of ['tp', 'fp', 'fn']) into[key][k] += from[key][k]
}

/** Score one gold article; mismatches go to `notes`. */
function scoreArticle(gold, corpus, notes) {
  const totals = emptyTotals()
  totals.articles = 1
  const file = path.join(corpus, gold.file)
  if (!existsSync(file)) {
    notes.push(`${gold.file}: file missing`)
    return totals
  }
  const result = processIssue(readFileSync(file), { source: gold.file })
  if (!('parsed' in result)) {
    notes.push(`${gold.file}: ${result.problem.message}`)
    return totals
  }
  const { issue, parsed } = result
  const stats = issueStats(parsed, jiebaSegmenter)
  const { article, found } = findArticle(issue, gold.firstWords)
  if (found) totals.located = 1
  else notes.push(`${gold.file}: article not found by firstWords ${JSON.stringify(gold.firstWords)}`)

  const got = {
    headline: squash(article?.headline ?? null),
    kicker: squash(article?.kicker ?? null),
    subtitle: squash(article?.subtitle ?? null),
    column: squash(article?.column ?? null),
    dateline: article ? datelineOf(article) : null,
  }
  for (const field of HEADING_FIELDS) {
    const want = squash(gold[field] ?? null)
    totals.heading.all++
    if (want === got[field]) totals.heading.right++
    else notes.push(`${gold.file}: ${field} ${JSON.stringify(got[field])}, gold ${JSON.stringify(want)}`)
  }
  if (gold.kind) {
    totals.kind.all++
    if (article?.kind === gold.kind) totals.kind.right++
    else notes.push(`${gold.file}: kind ${article?.kind ?? null}, gold ${gold.kind}`)
  }

  const key = (b) => `${bare(b.name)}|${b.role}`
  const wanted = (gold.bylines ?? []).map(key)
  const reported = (article?.bylines ?? []).map(key)
  const left = [...wanted]
  for (const r of reported) {
    const i = left.indexOf(r)
    if (i === -1) {
      totals.bylines.fp++
      notes.push(`${gold.file}: byline ${r} not in gold`)
    } else {
      left.splice(i, 1)
      totals.bylines.tp++
    }
  }
  totals.bylines.fn += left.length
  for (const l of left) notes.push(`${gold.file}: byline ${l} missed`)

  const articleFigures = article ? stats.figures.filter((f) => f.articleId === article.id) : []
  const goldFigures = gold.figures ?? []
  const pairs = matchFigures(goldFigures, articleFigures)
  goldFigures.forEach((g, i) => {
    const r = pairs[i]
    totals.figures.all++
    if (!r) {
      notes.push(`${gold.file}: figure ${g.text} missed`)
      return
    }
    totals.figures.found++
    if (g.subject != null) {
      totals.subject.all++
      if (subjectMatches(g.subject, r.subject)) totals.subject.right++
      else notes.push(`${gold.file}: subject of ${g.text} ${JSON.stringify(r.subject)}, gold ${JSON.stringify(g.subject)}`)
    }
    const change = { want: g.change ?? null, have: r.change ?? null }
    if (change.want !== null || change.have !== null) {
      totals.change.all++
      if (change.want === change.have) totals.change.right++
      else notes.push(`${gold.file}: change of ${g.text} ${JSON.stringify(change.have)}, gold ${JSON.stringify(change.want)}`)
    }
    const basis = { want: g.basis ?? null, have: r.basis ?? null }
    totals.basis.all++
    if (basis.want === basis.have) totals.basis.right++
    else notes.push(`${gold.file}: basis of ${g.text} ${JSON.stringify(basis.have)}, gold ${JSON.stringify(basis.want)}`)
    const period = { want: bare(g.period) || null, have: bare(r.period?.raw) || null }
    totals.period.all++
    if (period.want === period.have) totals.period.right++
    else notes.push(`${gold.file}: period of ${g.text} ${JSON.stringify(period.have)}, gold ${JSON.stringify(period.want)}`)
  })
  // Headline figures: gold flags against the tool's isHeadline, over the article's figures.
  const flagged = new Set(articleFigures.filter((f) => f.isHeadline))
  goldFigures.forEach((g, i) => {
    const r = pairs[i]
    if (g.headline && r && flagged.has(r)) {
      totals.headlineFigures.tp++
      flagged.delete(r)
    } else if (g.headline) {
      totals.headlineFigures.fn++
      notes.push(`${gold.file}: headline figure ${g.text} (${JSON.stringify(g.subject)}) not flagged`)
    }
  })
  totals.headlineFigures.fp += flagged.size
  for (const f of flagged) notes.push(`${gold.file}: ${f.text} (${JSON.stringify(f.subject)}) flagged as headline, gold not`)

  const nonFigures = gold.nonFigures ?? []
  totals.nonFigures.all += nonFigures.length
  for (const hit of reportedNonFigures(nonFigures, stats.figures, parsed.text)) {
    if (hit.labelled) totals.nonFigures.labelled++
    else totals.nonFigures.reported++
    notes.push(`${gold.file}: non-figure ${hit.nonFigure} reported as ${hit.labelled ? 'labelled ' : ''}figure ${hit.figure}`)
  }
  return totals
}

function ratio(right, all) {
  return all === 0 ? null : right / all
}

function f1({ tp, fp, fn }) {
  return tp + fp + fn === 0 ? null : (2 * tp) / (2 * tp + fp + fn)
}

/** The scores of a set of totals, as numbers (null: nothing to score). */
function summarize(t) {
  return {
    articles: t.articles,
    located: t.located,
    heading: ratio(t.heading.right, t.heading.all),
    kind: ratio(t.kind.right, t.kind.all),
    bylineF1: f1(t.bylines),
    figureRecall: ratio(t.figures.found, t.figures.all),
    figures: t.figures.all,
    nonFiguresReported: t.nonFigures.reported,
    nonFiguresLabelled: t.nonFigures.labelled,
    nonFigures: t.nonFigures.all,
    subject: ratio(t.subject.right, t.subject.all),
    change: ratio(t.change.right, t.change.all),
    basis: ratio(t.basis.right, t.basis.all),
    period: ratio(t.period.right, t.period.all),
    headlineF1: f1(t.headlineFigures),
  }
}

/** Every gold file of a folder: `{ name, articles }`. */
export function loadGold(dir) {
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((name) => ({ name, articles: JSON.parse(readFileSync(path.join(dir, name), 'utf8')).articles ?? [] }))
}

/**
 * Score gold against the built library.
 *
 * @param options.gold the folder of gold JSON files
 * @param options.corpus the corpus folder the gold's `file` paths are relative to
 * @param options.blind score the blind part (else only the tuned part)
 * @returns per part (tuned, blind) and source folder, the scores and (tuned only) the mismatches
 */
export function scoreGold({ gold, corpus, blind = false }) {
  const parts = blind ? ['tuned', 'blind'] : ['tuned']
  const out = {}
  const details = []
  for (const part of parts) {
    const folders = new Map()
    const all = emptyTotals()
    for (const { articles } of loadGold(gold)) {
      for (const article of articles) {
        if (Boolean(article.blind) !== (part === 'blind')) continue
        const folder = article.file.split('/')[0]
        const notes = []
        const totals = scoreArticle(article, corpus, notes)
        if (part === 'tuned') details.push(...notes)
        if (!folders.has(folder)) folders.set(folder, emptyTotals())
        add(folders.get(folder), totals)
        add(all, totals)
      }
    }
    out[part] = {
      folders: Object.fromEntries([...folders.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, summarize(v)])),
      all: summarize(all),
    }
  }
  return { scores: out, details }
}

function fmt(x) {
  return x === null ? 'n/a' : x.toFixed(2)
}

/** The scores as the README's Markdown table. */
export function toMarkdown(scores) {
  const lines = [
    '| part | source | articles | figures | heading | byline F1 | figure recall | non-figures reported | kept as ordinals | subject | change | basis | period | headline-figure F1 |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ]
  for (const [part, { folders, all }] of Object.entries(scores)) {
    const rows = [...Object.entries(folders), ['all', all]]
    for (const [folder, s] of rows) {
      lines.push(
        `| ${part} | ${folder} | ${s.articles} | ${s.figures} | ${fmt(s.heading)} | ${fmt(s.bylineF1)} | ${fmt(s.figureRecall)} | ${s.nonFiguresReported} of ${s.nonFigures} | ${s.nonFiguresLabelled} | ${fmt(s.subject)} | ${fmt(s.change)} | ${fmt(s.basis)} | ${fmt(s.period)} | ${fmt(s.headlineF1)} |`,
      )
    }
  }
  return lines.join('\n')
}

function cli(argv) {
  const flags = new Set(argv.filter((a) => a.startsWith('--') && !['--gold', '--corpus'].includes(a)))
  const value = (name, fallback) => {
    const i = argv.indexOf(name)
    return i === -1 ? fallback : argv[i + 1]
  }
  const known = new Set(['--blind', '--json', '--details'])
  const unknown = [...flags].filter((f) => !known.has(f))
  if (unknown.length > 0) {
    process.stderr.write(`score-gold: unexpected option ${unknown[0]}, expected --blind, --json, --details, --gold DIR or --corpus DIR\n`)
    return 2
  }
  const gold = value('--gold', path.join(here, '..', 'test', 'gold'))
  const corpus = value('--corpus', path.join(here, '..', '..', 'shared', 'corpus'))
  if (loadGold(gold).length === 0) {
    process.stderr.write(`score-gold: no gold JSON files in ${gold}\n`)
    return 2
  }
  if (!existsSync(corpus)) {
    process.stderr.write(`score-gold: corpus folder ${corpus} is absent\n`)
    return 2
  }
  const { scores, details } = scoreGold({ gold, corpus, blind: flags.has('--blind') })
  if (flags.has('--json')) process.stdout.write(`${JSON.stringify(scores, null, 2)}\n`)
  else process.stdout.write(`${toMarkdown(scores)}\n`)
  if (flags.has('--details')) process.stderr.write(`${details.join('\n')}\n`)
  return 0
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = cli(process.argv.slice(2))
}
