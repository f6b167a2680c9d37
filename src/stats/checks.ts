/**
 * Consistency checks: when an article reports a share and the counts it is
 * made of (建成社区22个，占比21.6% … 102个社区), check the arithmetic.
 */
import type { FoundFigure } from './figures.js'

/** A share checked against its parts and total. */
export interface ShareCheck {
  readonly share: FoundFigure
  readonly parts: FoundFigure[]
  readonly total: FoundFigure
  readonly computed: number
  readonly holds: boolean
}

/**
 * Check every percent of an article whose subject is also counted: the
 * parts are the counts of that subject before the percent in its sentence
 * (the nearest alone, else all of them together), the total the largest
 * count of that subject in the article.
 */
export function checkShares(figures: readonly FoundFigure[]): ShareCheck[] {
  const out: ShareCheck[] = []
  figures.forEach((share, i) => {
    if (share.kind !== 'percent' || share.subject === null || share.approx !== 'exact') return
    const counts = figures.filter((f) => f.kind === 'count' && f.subject === share.subject && f.approx === 'exact')
    const total = counts.reduce<FoundFigure | null>((best, f) => (best === null || f.value > best.value ? f : best), null)
    if (!total) return
    const parts = figures
      .slice(0, i)
      .filter((f) => counts.includes(f) && f !== total && f.paragraph === share.paragraph && f.sentenceIndex === share.sentenceIndex && f.value < total.value)
    if (parts.length === 0) return
    const candidates = [[parts[parts.length - 1]!], parts.length > 1 ? parts : null].filter((c): c is FoundFigure[] => c !== null)
    const tolerance = 0.5 * 10 ** -decimals(share.text) + 1e-9
    const tried = candidates.map((c) => {
      const computed = (c.reduce((sum, f) => sum + f.value, 0) / total.value) * 100
      return { parts: c, computed, holds: Math.abs(computed - share.value) <= tolerance }
    })
    const result = tried.find((t) => t.holds) ?? tried[0]!
    out.push({ share, parts: result.parts, total, computed: Number(result.computed.toFixed(4)), holds: result.holds })
  })
  return out
}

function decimals(text: string): number {
  const match = /[.．点](\d+|[零一二三四五六七八九]+)/u.exec(text)
  return match ? match[1]!.length : 0
}
