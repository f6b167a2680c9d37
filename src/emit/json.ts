/**
 * `--format json`: `{schemaVersion, issues}`, pretty-printed. Written one
 * issue at a time, byte-identical to `JSON.stringify(output, null, 2)`.
 */
import { SCHEMA_VERSION, type Issue } from '../schema.js'
import type { Emitter } from './types.js'

/** Create the JSON emitter. */
export function jsonEmitter(): Emitter<Issue, string> {
  let count = 0
  return {
    start: () => `{\n  "schemaVersion": ${SCHEMA_VERSION},\n  "issues": [`,
    render: (issue) => `    ${JSON.stringify(issue, null, 2).replace(/\n/g, '\n    ')}`,
    place: (body) => `${count++ === 0 ? '\n' : ',\n'}${body}`,
    end: () => (count === 0 ? ']\n}\n' : '\n  ]\n}\n'),
  }
}
