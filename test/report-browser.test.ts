/**
 * The report as a reader gets it: one HTML file opened from disk in a real
 * headless Chromium with scripts off. The charts and tables are there and
 * not empty, nothing is logged as an error, no request leaves the page, it
 * fits a phone's width and prints; the HTML validates (html-validate), and
 * screenshots go to `out/browser/` (ignored) for a person to look at.
 *
 * Without a browser (`.ci/run` installs the Debian `chromium` package when it
 * can) the browser tests are skipped, visibly, never passed.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { HtmlValidate } from 'html-validate'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Browser, findChromium } from './helpers/chromium.js'
import { repo, runMain } from './helpers/run.js'
import { freshFolder, scratchFolder } from './helpers/scratch.js'

const corpus = path.join(repo, '..', 'shared', 'corpus')
const chromium = findChromium()
const scratch = scratchFolder('report-browser')
const shots = path.join(repo, 'out', 'browser')
const reportFile = path.join(scratch, 'report.html')
let html = ''
let input = ''

beforeAll(async () => {
  // The richer archive when it is there; the seed always is.
  const useCorpus = (await import('node:fs')).existsSync(corpus)
  // Relative, as a user would type it: the report shows it as its title.
  input = path.relative(process.cwd(), useCorpus ? corpus : path.join(repo, 'seeds'))
  const run = await runMain(['report', input, '--out', reportFile, ...(useCorpus ? [] : ['--date', '2019-07-20']), '-q'])
  expect(run.code).toBe(0)
  html = readFileSync(reportFile, 'utf8')
}, 120_000)

describe('the report file', () => {
  it('validates with html-validate (recommended rules)', async () => {
    const validator = new HtmlValidate({ extends: ['html-validate:recommended'] })
    const report = await validator.validateString(html)
    const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`))
    expect(messages).toEqual([])
    expect(report.valid).toBe(true)
  })

  it('is self-contained: no script, no external resource, a policy that allows none', () => {
    expect(html.match(/<script|<link|<img|<iframe|<object|@import|url\(/gi)).toBeNull()
    expect(html.match(/\b(src|href|xlink:href)=/gi)).toBeNull()
    expect(html.match(/https?:\/\/\S*/g)).toBeNull()
    expect(html.includes(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`)).toBe(true)
  })

  it('names system CJK fonts and has print and narrow-screen rules', () => {
    // Booleans, so a failure does not print the whole report.
    const fonts = /font-family:([^;}]*)/.exec(html)?.[1] ?? ''
    expect(fonts.split(',').map((f) => f.trim())).toEqual(expect.arrayContaining(['"PingFang SC"', '"Microsoft YaHei"', '"Noto Sans CJK SC"', 'sans-serif']))
    expect(html.includes('@media print')).toBe(true)
    expect(html.includes('@media (max-width:40rem)')).toBe(true)
  })
})

describe.skipIf(chromium === null)('the report in headless Chromium', () => {
  let browser: Browser
  const profile = freshFolder(scratch, 'chromium-')
  const url = pathToFileURL(reportFile).href

  beforeAll(async () => {
    browser = await Browser.launch(chromium!, profile)
    await browser.page('Page.enable')
    await browser.page('Runtime.enable')
    await browser.page('Log.enable')
    await browser.page('Network.enable')
    // The report must work with JavaScript off.
    await browser.page('Emulation.setScriptExecutionDisabled', { value: true })
    await browser.page('Emulation.setDeviceMetricsOverride', { width: 1200, height: 900, deviceScaleFactor: 1, mobile: false })
    const loaded = browser.waitFor('Page.loadEventFired')
    await browser.page('Page.navigate', { url })
    await loaded
  }, 60_000)
  afterAll(async () => {
    await browser?.close()
  })

  async function count(selector: string, under?: number): Promise<number> {
    const root = under ?? ((await browser.page('DOM.getDocument', { depth: 0 })).root as { nodeId: number }).nodeId
    return ((await browser.page('DOM.querySelectorAll', { nodeId: root, selector })).nodeIds as number[]).length
  }

  it('shows every section, each chart with its marks, and tables with rows', async () => {
    for (const id of ['months', 'kinds', 'subjects', 'headlines', 'people', 'checks', 'warnings']) {
      expect(await count(`section#${id} h2`), id).toBe(1)
    }
    const doc = ((await browser.page('DOM.getDocument', { depth: 0 })).root as { nodeId: number }).nodeId
    const charts = (await browser.page('DOM.querySelectorAll', { nodeId: doc, selector: 'svg.chart' })).nodeIds as number[]
    expect(charts.length).toBeGreaterThanOrEqual(4)
    for (const chart of charts) expect(await count('rect, circle', chart)).toBeGreaterThan(0)
    expect(await count('section#people tbody tr')).toBeGreaterThan(0)
    expect(await count('section#headlines tbody tr')).toBeGreaterThan(0)
    expect(await count('section#subjects svg.chart')).toBeGreaterThan(0)
  })

  it('logs no error and sends no request but the file itself', () => {
    const requests = browser.events.filter((e) => e.method === 'Network.requestWillBeSent').map((e) => (e.params!.request as { url: string }).url)
    expect(requests).toEqual([url])
    const errors = browser.events.filter(
      (e) =>
        e.method === 'Runtime.exceptionThrown' ||
        (e.method === 'Runtime.consoleAPICalled' && e.params!.type === 'error') ||
        (e.method === 'Log.entryAdded' && ['error', 'warning'].includes((e.params!.entry as { level: string }).level)),
    )
    expect(errors).toEqual([])
  })

  it('fits a phone: nothing wider than the screen but the tables, which scroll in their boxes', async () => {
    await browser.page('Emulation.setDeviceMetricsOverride', { width: 390, height: 844, deviceScaleFactor: 2, mobile: true })
    const metrics = await browser.page('Page.getLayoutMetrics')
    const content = metrics.cssContentSize as { width: number }
    const viewport = metrics.cssLayoutViewport as { clientWidth: number }
    expect(content.width).toBeLessThanOrEqual(viewport.clientWidth + 1)
    const phone = await browser.page('Page.captureScreenshot', { format: 'png' })
    mkdirSync(shots, { recursive: true })
    writeFileSync(path.join(shots, 'report-phone.png'), Buffer.from(phone.data as string, 'base64'))
  })

  it('prints, and leaves a screenshot for a person to look at', async () => {
    const pdf = await browser.page('Page.printToPDF', { printBackground: false })
    expect(Buffer.from(pdf.data as string, 'base64').subarray(0, 5).toString()).toBe('%PDF-')
    await browser.page('Emulation.setDeviceMetricsOverride', { width: 1100, height: 2000, deviceScaleFactor: 1, mobile: false })
    const shot = await browser.page('Page.captureScreenshot', { format: 'png' })
    const png = Buffer.from(shot.data as string, 'base64')
    expect(png.subarray(1, 4).toString()).toBe('PNG')
    mkdirSync(shots, { recursive: true })
    writeFileSync(path.join(shots, 'report.png'), png)
  })
})
if (chromium === null) {
  describe('the report in headless Chromium', () => {
    it.skip('skipped: no chromium on PATH (apt-get install chromium)', () => {})
  })
}
