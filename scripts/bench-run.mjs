/**
 * Run the CLI as a user does (the built main, whole process, output thrown
 * away) and report the process's wall time and peak RSS on stderr as JSON.
 */
import { existsSync, readFileSync } from 'node:fs'
import { Writable } from 'node:stream'
import { main } from '../dist/main.js'

const sink = () => new Writable({ write: (_chunk, _encoding, done) => done() })
const started = process.hrtime.bigint()
const code = await main({ argv: process.argv.slice(2), stdin: process.stdin, stdout: sink(), stderr: sink(), env: {} })
const seconds = Number(process.hrtime.bigint() - started) / 1e9
// VmHWM is this process's own peak; getrusage's maxrss can carry the parent's from before exec.
const status = existsSync('/proc/self/status') ? readFileSync('/proc/self/status', 'utf8') : ''
const hwm = /VmHWM:\s+(\d+) kB/.exec(status)
const maxRssKB = hwm ? Number(hwm[1]) : process.resourceUsage().maxRSS
process.stderr.write(`${JSON.stringify({ code, seconds, maxRssKB })}\n`)
