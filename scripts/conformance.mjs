#!/usr/bin/env node
/**
 * The peer suite: Microsoft Recognizers-Text's Chinese specs, run through our
 * own number and quantity normaliser. Prints one JSON line per spec file
 * {file, cases, passed, target, failures}; with --list, the failing cases.
 * Unit names are mapped here, not in the library.
 *
 * Usage: node scripts/conformance.mjs [--dir PATH] [--list] [--write-known]
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { fold, scanNumbers } from '../dist/numbers/numeral.js'
import { scanQuantities } from '../dist/numbers/quantity.js'
import { scanIntervals } from '../dist/numbers/ranges.js'
import { APPROX_BEFORE } from '../dist/rules/ranges.js'
import { UNITS } from '../dist/rules/units.js'
import { longestFirst } from '../dist/util/regex.js'

const here = path.dirname(fileURLToPath(import.meta.url))
const args = process.argv.slice(2)
const dirArg = args.indexOf('--dir')
const dir = dirArg === -1 ? path.join(here, '..', '..', 'shared', 'conformance', 'recognizers-text-zh') : args[dirArg + 1]
const knownPath = path.join(here, '..', 'conformance', 'known-failures.json')

/** Model name → [spec file, how we answer, share of runnable cases we must pass]. */
const MODELS = {
  NumberModel: ['NumberModel.json', numberModel, 0.97],
  PercentModel: ['PercentModel.json', percentModel, 0.97],
  OrdinalModel: ['OrdinalModel.json', ordinalModel, 0.97],
  CurrencyModel: ['CurrencyModel.json', currencyModel, 0.97],
  DimensionModel: ['DimensionModel.json', dimensionModel, 0.97],
  NumberRangeModel: ['NumberRangeModel.json', numberRangeModel, 0.7],
}

/** Intervals in the peer's notation: (20,35], [30,), (,100]. */
function numberRangeModel(input) {
  return scanIntervals(input).map((i) => ({
    text: input.slice(i.start, i.end),
    typeName: 'numberrange',
    resolution: {
      value: `${i.lowInclusive ? '[' : '('}${i.low ?? ''},${i.high ?? ''}${i.highInclusive ? ']' : ')'}`,
    },
  }))
}

/** Our unit codes → the peer's unit names. */
const UNIT_NAMES = {
  CNY: 'Chinese yuan', USD: 'United States dollar', EUR: 'Euro', HKD: 'Hong Kong dollar', JPY: 'Japanese yen',
  TWD: 'New Taiwan dollar', CHF: 'Swiss franc', NGN: 'Nigerian naira', BTC: 'Bitcoin', GBP: 'British pound',
  RUB: 'Russian ruble', KRW: 'South Korean won',
  mu: 'Mu', kg: 'Kilogram', cm: 'Centimeter', t: 'Ton', m: 'Meter', jin: 'Jin', km: 'Kilometer', g: 'Gram',
  mg: 'Milligram', ug: 'Microgram', MB: 'Megabyte', KB: 'Kilobyte', GB: 'Gigabyte', B: 'Byte', liang: 'Liang',
  bit: 'Bit', kbit: 'Kilobit', kWh: 'Kilowatt hour', kW: 'Kilowatt', W: 'Watt', kcal: 'Kilocalorie', Hz: 'Hertz', MHz: 'Megahertz', kHz: 'Kilohertz',
  m2: 'Square meter', km2: 'Square kilometer', ha: 'Hectare', ft2: 'Square foot', mm: 'Millimeter', L: 'Liter', m3: 'Cubic meter',
}
const DIMENSIONS = new Set(['area', 'length', 'weight', 'volume', 'data', 'energy', 'power', 'frequency'])
const quantityText = (input, q) => input.slice(q.start, q.end)

function percentModel(input) {
  return scanQuantities(input)
    .filter((q) => (q.kind === 'percent' || q.kind === 'percentage-point') && q.low === q.high)
    .map((q) => ({ text: quantityText(input, q), typeName: 'percentage', resolution: { value: q.value } }))
}

function ordinalModel(input) {
  return scanQuantities(input)
    .filter((q) => q.kind === 'ordinal')
    .map((q) => ({ text: input.slice(q.start, q.numberEnd), typeName: 'ordinal', resolution: { value: q.value } }))
}

/**
 * Money amounts, and (the peer also reports these) currency names written
 * without an amount, found with our own unit table.
 */
function currencyModel(input) {
  const amounts = scanQuantities(input)
    .filter((q) => q.kind === 'money')
    .map((q) => {
      const text = quantityText(input, q)
      const unit = text.startsWith('$') ? 'Dollar' : UNIT_NAMES[q.unit]
      return { start: q.start, end: q.end, text, typeName: 'currency', resolution: { value: q.value, unit } }
    })
  const names = UNITS.filter((u) => u.kind === 'money' && u.text.length > 1 && !u.text.startsWith('个') && !u.text.startsWith('元'))
  const bare = []
  for (const name of names) {
    let at = input.indexOf(name.text)
    while (at !== -1) {
      const end = at + name.text.length
      const covered = [...amounts, ...bare].some((a) => at < a.end && end > a.start)
      if (!covered) bare.push({ start: at, end, text: name.text, typeName: 'currency', resolution: { value: null, unit: UNIT_NAMES[name.unit] } })
      at = input.indexOf(name.text, at + 1)
    }
  }
  return [...amounts, ...bare].sort((a, b) => a.start - b.start)
}

/** The peer's dimension spans leave out approximation words before the number (近一吨 → 一吨). */
const approxWords = longestFirst(Object.keys(APPROX_BEFORE))
const withoutApprox = (text) => {
  const word = approxWords.find((w) => text.startsWith(w))
  return word ? text.slice(word.length) : text
}

function dimensionModel(input) {
  return scanQuantities(input)
    .filter((q) => DIMENSIONS.has(q.kind))
    .map((q) => ({ text: withoutApprox(quantityText(input, q)), typeName: 'dimension', resolution: { value: q.value, unit: UNIT_NAMES[q.unit] ?? q.unit } }))
}

function numberModel(input) {
  return scanNumbers(input).map((m) => ({ text: input.slice(m.start, m.end), typeName: 'number', resolution: { value: m.value } }))
}

const norm = (s) => fold(String(s)).replace(/，/g, ',').toLowerCase().replace(/\s+/g, ' ').trim()

function sameValue(expected, actual) {
  if (expected === null || expected === undefined) return actual === null || actual === undefined
  if (typeof actual === 'string' && /^[[(]/.test(actual)) return sameInterval(String(expected), actual)
  if (typeof actual === 'string' || actual === null || actual === undefined) return String(expected) === String(actual)
  const e = Number(String(expected).replace('%', ''))
  if (!Number.isFinite(e)) return String(expected) === String(actual)
  return Math.abs(e - actual) <= 1e-9 * Math.max(1, Math.abs(e)) || Math.abs(e - actual) < 1e-6
}

function sameInterval(expected, actual) {
  const parse = (s) => {
    const m = /^([[(])(.*),(.*)([\])])$/.exec(s.replace(/\s/g, ''))
    return m && [m[1], m[2] === '' ? null : Number(m[2]), m[3] === '' ? null : Number(m[3]), m[4]]
  }
  const e = parse(expected)
  const a = parse(actual)
  if (!e || !a) return false
  const close = (x, y) => (x === null ? y === null : y !== null && Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x)))
  return e[0] === a[0] && e[3] === a[3] && close(e[1], a[1]) && close(e[2], a[2])
}

function sameResult(expected, actual) {
  if (norm(expected.Text) !== norm(actual.text)) return false
  for (const [key, value] of Object.entries(expected.Resolution ?? {})) {
    if (key === 'offset' || key === 'relativeTo' || key === 'isoCurrency') continue
    if (!sameValue(value, actual.resolution[key])) return false
  }
  return true
}

if (!existsSync(dir)) {
  console.error(`conformance: skipped, no spec folder at ${dir}`)
  process.exit(0)
}
const known = existsSync(knownPath) ? JSON.parse(readFileSync(knownPath, 'utf8')) : {}
const list = args.includes('--list')
const writeKnown = args.includes('--write-known')
const newKnown = {}
let ok = true
for (const [model, [file, answer, target]] of Object.entries(MODELS)) {
  const cases = JSON.parse(readFileSync(path.join(dir, file), 'utf8').replace(/^\uFEFF/, ''))
  const failures = []
  let passed = 0
  let runnable = 0
  let passedRunnable = 0
  for (const c of cases) {
    const forJs = !/javascript/i.test(c.NotSupported ?? '')
    const actual = answer(c.Input)
    const good = actual.length === c.Results.length && c.Results.every((r, i) => sameResult(r, actual[i]))
    if (forJs) runnable++
    if (good) {
      passed++
      if (forJs) passedRunnable++
    } else {
      failures.push({ input: c.Input, forJs, expected: c.Results.map((r) => [r.Text, r.Resolution?.value ?? null]), actual: actual.map((a) => [a.text, a.resolution.value ?? null]) })
    }
  }
  // The target is on the cases the JavaScript peer runs; a model the peer
  // cannot run at all (NumberRange) is judged on every case.
  const base = runnable > 0 ? runnable : cases.length
  const basePassed = runnable > 0 ? passedRunnable : passed
  const rate = basePassed / base
  const line = { file, cases: cases.length, passed, runnable, passedRunnable, rate: Number(rate.toFixed(4)), target }
  console.log(JSON.stringify(line))
  if (rate < target) ok = false
  if (list) for (const f of failures) console.error(`  ✗${f.forJs ? '' : ' (not for JS)'} ${JSON.stringify(f.input)} expected ${JSON.stringify(f.expected)} got ${JSON.stringify(f.actual)}`)
  const knownHere = known[file] ?? {}
  newKnown[file] = Object.fromEntries(failures.map((f) => [f.input, knownHere[f.input] ?? 'TODO: reason']))
  const regressions = failures.filter((f) => !(f.input in knownHere))
  if (!writeKnown && regressions.length > 0) {
    ok = false
    for (const f of regressions) console.error(`conformance: new failure in ${file}: ${JSON.stringify(f.input)}`)
  }
}
if (writeKnown) writeFileSync(knownPath, `${JSON.stringify(newKnown, null, 2)}\n`)
process.exit(ok ? 0 : 1)
