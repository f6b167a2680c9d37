/**
 * Sparklines: a series as a line of block characters (▁▂▃▄▅▆▇█), for the
 * terminal and for Markdown, where no chart can go.
 */

const BARS = '▁▂▃▄▅▆▇█'

/**
 * Draw values as a sparkline, one character each, scaled between the
 * smallest and the largest; a flat series is a row of middle bars.
 *
 * @example sparkline([1, 5, 3]) // '▁█▄'
 */
export function sparkline(values: readonly number[]): string {
  const finite = values.filter((v) => Number.isFinite(v))
  if (finite.length === 0) return ''
  const low = Math.min(...finite)
  const high = Math.max(...finite)
  return values
    .map((v) => {
      if (!Number.isFinite(v)) return ' '
      if (high === low) return BARS[3]
      return BARS[Math.round(((v - low) / (high - low)) * (BARS.length - 1))]
    })
    .join('')
}
