/**
 * The moments of an export or merge that touch the disk, counted, so that
 * tests can stop a run at any one of them and check what is left. Outside
 * tests nothing is set and a step costs one comparison.
 *
 * - `BAICHENG_NEWS_CRASH_AT=k`: the process kills itself with SIGKILL at step k;
 * - `BAICHENG_NEWS_PAUSE_AT=k`: at step k it writes its step log and waits (for a
 *   test to kill it from outside, on seeing the log);
 * - `BAICHENG_NEWS_STEP_LOG=file`: every step is appended to the file as `k label`.
 */
import { appendFileSync } from 'node:fs'

/** Counts the steps of one run. */
export interface Steps {
  /** Mark the next step; may not return (test hooks). */
  (label: string): void
}

/** Steps that do nothing: for code that runs outside an export. */
export const noSteps: Steps = () => {}

/** The step counter of one run, reading the test hooks from the environment. */
export function stepsFrom(env: Readonly<Record<string, string | undefined>>): Steps {
  const crashAt = Number(env.BAICHENG_NEWS_CRASH_AT ?? 0)
  const pauseAt = Number(env.BAICHENG_NEWS_PAUSE_AT ?? 0)
  const log = env.BAICHENG_NEWS_STEP_LOG
  if (!crashAt && !pauseAt && !log) return noSteps
  let count = 0
  return (label) => {
    count++
    if (log) appendFileSync(log, `${count} ${label}\n`)
    if (count === crashAt) process.kill(process.pid, 'SIGKILL')
    // Block the whole thread, timers and all, so nothing moves until the test kills it.
    if (count === pauseAt) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 120_000)
  }
}
