#!/usr/bin/env node
// Exit codes: 0 all parsed; 1 some files failed (or warnings with --strict),
// the rest was output; 2 usage error or nothing could be read.
import { main } from '../dist/main.js'

process.stdout.on('error', (error) => {
  // The reader went away (`| head`): stop quietly, as Unix tools do. Other
  // errors (a full disk) reach main through the write that failed: one line, exit 2.
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
})

process.exitCode = await main({
  argv: process.argv.slice(2),
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
})
