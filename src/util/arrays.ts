/**
 * Array helpers safe for arrays of any length.
 */

/**
 * Append every item to `target`. `target.push(...items)` passes each item as
 * an argument, and more than about 100k arguments overflow the call stack.
 */
export function append<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item)
  return target
}

/** The least and greatest of some numbers, or null for none (`Math.min(...spread)` overflows on long arrays). */
export function bounds(numbers: Iterable<number>): { min: number; max: number } | null {
  let min = Infinity
  let max = -Infinity
  for (const n of numbers) {
    if (n < min) min = n
    if (n > max) max = n
  }
  return min === Infinity ? null : { min, max }
}
