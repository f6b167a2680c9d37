/**
 * The package as a user gets it: `npm pack`, the tarball's contents, an
 * install into an empty folder without dev dependencies, `npx baicheng-news`
 * on the seed, and the library imported from an `.mjs` file and typed from
 * a `.mts` file. nodejieba compiles on install (its script runs `npx`, which
 * needs `yes=true`), so this file has a long timeout and runs beside the others.
 *
 * Only the npm registry need be reachable: `--prefer-offline` reuses the npm
 * cache of the main install.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { ArticleRecord, Figure } from '../src/schema.js'
import { repo } from './helpers/run.js'
import { scratchFolder } from './helpers/scratch.js'
import { seedPath as seed } from './helpers/seed.js'

const INSTALL_TIMEOUT = 15 * 60 * 1000
const tmp = scratchFolder('pack', 120_000)
const app = path.join(tmp, 'app')

/**
 * The environment for npm: without the `npm_*` variables `npm test` sets,
 * which would point the nested npm at this repository (and its shared
 * node_modules) instead of the empty folder.
 */
const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)))

interface Packed {
  filename: string
  size: number
  unpackedSize: number
  entryCount: number
  files: { path: string }[]
}

let packed: Packed
let installSeconds = 0

beforeAll(() => {
  // dist/ is built by `npm test` (pretest); --ignore-scripts keeps prepack from rebuilding it under the other tests.
  const json = execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', tmp], { cwd: repo, env, encoding: 'utf8' })
  packed = (JSON.parse(json) as Packed[])[0]!
  mkdirSync(app)
  writeFileSync(path.join(app, 'package.json'), JSON.stringify({ name: 'app', version: '1.0.0', private: true, type: 'module' }))
  // nodejieba's install script runs `npx node-pre-gyp`; npx must not wait for a yes. Node's own headers
  // (next to this node) spare node-gyp a download.
  const prefix = path.dirname(path.dirname(process.execPath))
  const headers = existsSync(path.join(prefix, 'include', 'node', 'node.h')) ? `nodedir=${prefix}\n` : ''
  writeFileSync(path.join(app, '.npmrc'), `yes=true\nfund=false\naudit=false\nupdate-notifier=false\n${headers}`)
  const started = process.hrtime.bigint()
  const install = spawnSync('npm', ['install', '--omit=dev', '--prefer-offline', '--no-audit', '--no-fund', path.join(tmp, packed.filename)], {
    cwd: app,
    env,
    encoding: 'utf8',
    timeout: INSTALL_TIMEOUT,
  })
  installSeconds = Number(process.hrtime.bigint() - started) / 1e9
  if (install.status !== 0) throw new Error(`npm install of the tarball failed (${install.status}):\n${install.stdout}\n${install.stderr}`)
  console.info(
    `package: ${packed.filename} ${(packed.size / 1024).toFixed(0)} KB packed, ${(packed.unpackedSize / 1024).toFixed(0)} KB unpacked, ${packed.entryCount} files; install ${installSeconds.toFixed(1)} s`,
  )
}, INSTALL_TIMEOUT + 60_000)

describe('the tarball', () => {
  it('holds dist, bin, data, the README and package.json, and nothing else', () => {
    const paths = packed.files.map((f) => f.path)
    const outside = paths.filter((p) => !/^(dist|bin|data)\//.test(p) && !['package.json', 'README.md', 'LICENSE'].includes(p))
    expect(outside).toEqual([])
    expect(paths.filter((p) => /(^|\/)(test|tests|fixtures|corpus|seeds|src|bench|scripts|conformance)\//.test(p) || p.endsWith('.map'))).toEqual([])
    for (const needed of ['bin/baicheng-news.js', 'dist/index.js', 'dist/index.d.ts', 'dist/main.js', 'dist/run/worker.js', 'data/jieba-user.dict']) {
      expect(paths).toContain(needed)
    }
  })

  it('ships no stale build output: every module in dist has its source', () => {
    const stale = packed.files
      .map((f) => f.path)
      .filter((p) => p.startsWith('dist/') && p.endsWith('.js'))
      .filter((p) => !existsSync(path.join(repo, 'src', p.slice('dist/'.length).replace(/\.js$/, '.ts'))))
    expect(stale).toEqual([])
  })
})

describe('installed from the tarball, without dev dependencies', () => {
  it('npx baicheng-news parses the seed, and stats reads its figures (nodejieba built)', () => {
    const parse = spawnSync('npx', ['--no', '--', 'baicheng-news', 'parse', seed, '--format', 'jsonl'], { cwd: app, env, encoding: 'utf8' })
    expect(parse.status, parse.stderr).toBe(0)
    const articles = parse.stdout.trimEnd().split('\n').map((line) => ArticleRecord.parse(JSON.parse(line)))
    expect(articles[0]!.headline).toBe('释放城市基层党建整体效应')
    const stats = spawnSync('npx', ['--no', '--', 'baicheng-news', 'stats', seed, '--format', 'jsonl', '--headline'], { cwd: app, env, encoding: 'utf8' })
    expect(stats.status, stats.stderr).toBe(0)
    const figures = stats.stdout.trimEnd().split('\n').map((line) => Figure.parse(JSON.parse(line)))
    // The lead article's headline figures (issue 12): the projects, the completed ones and the share.
    expect(figures.map((f) => f.text)).toEqual(expect.arrayContaining(['474个', '280个', '21.6%']))
    const version = spawnSync('npx', ['--no', '--', 'baicheng-news', '--version'], { cwd: app, env, encoding: 'utf8' })
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(path.join(repo, 'package.json'), 'utf8')).version)
  })

  it('imports as a library from an .mjs file, package.json included', () => {
    writeFileSync(
      path.join(app, 'use.mjs'),
      `import { readFileSync } from 'node:fs'
import { issueStats, parseIssue, Issue, VERSION } from 'baicheng-news'
import pkg from 'baicheng-news/package.json' with { type: 'json' }
const issue = parseIssue(readFileSync(process.argv[2]), { source: 'seed.txt' })
Issue.parse(issue)
const figures = issueStats(issue, { headline: true }).figures
console.log(JSON.stringify({ version: VERSION === pkg.version, articles: issue.articles.length, headline: figures[0].text }))
`,
    )
    const run = spawnSync(process.execPath, ['use.mjs', seed], { cwd: app, env, encoding: 'utf8' })
    expect(run.stderr).toBe('')
    expect(JSON.parse(run.stdout)).toEqual({ version: true, articles: 11, headline: expect.any(String) })
  })

  it('has types: a .mts file using the API type-checks against the installed package', () => {
    writeFileSync(
      path.join(app, 'typed.mts'),
      `import { parseIssue, issueStats, type Issue, type Figure } from 'baicheng-news'
const issue: Issue = parseIssue('# 题\\n\\n正文。\\n', { source: '2019-07-20.md' })
const figures: Figure[] = issueStats(issue).figures
// @ts-expect-error the source is a string
parseIssue('x', { source: 1 })
export const count: number = figures.length
`,
    )
    // No @types/node here, as in a user's project that has not installed it.
    const config = { compilerOptions: { strict: true, noEmit: true, module: 'nodenext', moduleResolution: 'nodenext', skipLibCheck: true, types: [] }, files: ['typed.mts'] }
    writeFileSync(path.join(app, 'tsconfig.json'), JSON.stringify(config))
    const tsc = path.join(repo, 'node_modules', 'typescript', 'bin', 'tsc')
    const run = spawnSync(process.execPath, [tsc, '-p', app], { cwd: app, env, encoding: 'utf8' })
    expect(run.stdout + run.stderr).toBe('')
    expect(run.status).toBe(0)
  })
})
