#!/usr/bin/env node
// Exit codes: 0 all parsed; 1 some files failed (or warnings with --strict),
// the rest was output; 2 usage error, nothing could be read, or output could
// not be written (a full disk; one line on stderr, never a stack trace).
import { main } from '../dist/main.js'
import { writeReason } from '../dist/io/terminal.js'

let failed = null
process.stdout.on('error', (error) => {
  // The reader went away (`| head`): stop quietly, as Unix tools do.
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
  // Other errors (a full disk) reach main through the write that failed; this catches writes main does not wait on (help, schema).
  failed ??= error
})

const code = await main({
  argv: process.argv.slice(2),
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
})
// A failed write's error event comes a tick after the write.
await new Promise((resolve) => setImmediate(resolve))
if (failed && code === 0) {
  process.stderr.write(`baicheng-news: Cannot write to stdout: ${writeReason(failed)}\n`)
  process.exitCode = 2
} else {
  process.exitCode = code
}
