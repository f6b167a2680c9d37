/**
 * `--shard`: which part of the files a run takes, in the forms CI systems
 * hand over. Parts are numbered from 1 everywhere else (file names, manifests).
 */
import { UsageError } from '../errors.js'

/** Part `index` (1-based) of `count`. */
export interface Shard {
  readonly index: number
  readonly count: number
}

const EXAMPLE = 'e.g. --shard 2/4, --shard CI_NODE_INDEX/CI_NODE_TOTAL (GitLab parallel:) or --shard JOB_COMPLETION_INDEX/4 (Kubernetes Indexed Job)'

/**
 * Read a `--shard` value.
 *
 * - `K/N`: part K of N, from 1 (what `$CI_NODE_INDEX/$CI_NODE_TOTAL` expand to);
 * - `CI_NODE_INDEX/CI_NODE_TOTAL`: both read from the environment, as GitLab sets them (from 1);
 * - `JOB_COMPLETION_INDEX/N`: the index read from the environment, as a Kubernetes
 *   Indexed Job sets it (from 0), N given.
 *
 * @param env where the named variables are read
 */
export function parseShard(value: string, env: Readonly<Record<string, string | undefined>>): Shard {
  const match = /^([A-Z_]+|\d+)\/([A-Z_]+|\d+)$/.exec(value)
  if (!match) throw new UsageError(`Unexpected --shard ${JSON.stringify(value)}, expected K/N with 1 ≤ K ≤ N, ${EXAMPLE}`)
  const read = (name: string): number => {
    if (/^\d+$/.test(name)) return Number(name)
    if (name !== 'CI_NODE_INDEX' && name !== 'CI_NODE_TOTAL' && name !== 'JOB_COMPLETION_INDEX') {
      throw new UsageError(`Unexpected --shard ${JSON.stringify(value)}: ${name} is not a shard variable, expected K/N, ${EXAMPLE}`)
    }
    const setting = env[name]
    if (setting === undefined || !/^\d+$/.test(setting)) {
      throw new UsageError(`Unexpected --shard ${value}: ${name} is ${setting === undefined ? 'not set' : JSON.stringify(setting)}, expected a whole number in the environment`)
    }
    // A Kubernetes completion index counts from 0; every other form from 1.
    return Number(setting) + (name === 'JOB_COMPLETION_INDEX' ? 1 : 0)
  }
  const index = read(match[1]!)
  const count = read(match[2]!)
  if (count < 1 || index < 1 || index > count) {
    throw new UsageError(`Unexpected --shard ${JSON.stringify(value)} (part ${index} of ${count}), expected K/N with 1 ≤ K ≤ N, ${EXAMPLE}`)
  }
  return { index, count }
}

/** How a shard's files and manifest are named: `part-2-of-4`. */
export function shardLabel(shard: Shard): string {
  return `part-${shard.index}-of-${shard.count}`
}
