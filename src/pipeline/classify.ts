/**
 * What an item of the issue is: news, a notice, a slogan or a photo caption.
 */
import { CONTACT_LINE, EMAIL, PHONE, PSA_HEADLINES, SLOGAN_BODY } from '../rules/kinds.js'
import type { Byline, Dateline, Kind } from '../schema.js'
import { foldTraditional } from '../rules/traditional.js'

/** The parts of an item that decide its kind. */
export interface KindInput {
  readonly headline: string | null
  readonly paragraphs: readonly string[]
  readonly sectionTitles: number
  readonly bylines: readonly Byline[]
  readonly dateline: Dateline | null
  /** A captioned photo stands over two paragraphs of text or more. */
  readonly captionOverText?: boolean
}

/** A caption is short: longer text under a credit is an article with a photo. */
const MAX_CAPTION = 500
const MAX_SLOGAN = 200
/** Labels of a photo report. */
const PHOTO_REPORT = /摄影报道|图片报道/u

/**
 * Decide an item's kind. News with a dateline is always an article.
 */
export function classify(item: KindInput): Kind {
  const { paragraphs, bylines, dateline } = item
  if (paragraphs.length === 0 && item.sectionTitles === 0) return item.headline ? 'article' : 'banner'
  if (dateline) return 'article'
  const length = paragraphs.reduce((sum, p) => sum + [...p].length, 0)
  const contacts = paragraphs.filter((p) => CONTACT_LINE.test(p) || PHONE.test(p) || (p.includes('@') && EMAIL.test(p))).length
  if (contacts > 0 && contacts * 2 >= paragraphs.length && item.sectionTitles === 0) return 'notice'
  if (bylines.length === 0 && paragraphs.length <= 2 && item.sectionTitles === 0) {
    if (paragraphs.every((p) => SLOGAN_BODY.test(p))) return 'psa'
    if (item.headline && PSA_HEADLINES.some((r) => r.test(item.headline!)) && length <= MAX_SLOGAN) return 'psa'
  }
  // 摄影报道: a photo report, whatever its length.
  if (bylines.some((b) => b.label !== null && PHOTO_REPORT.test(foldTraditional(b.label)))) return 'photo'
  const photoCredit = bylines.some((b) => b.role === 'photographer' || b.role === 'writer-photographer')
  if (photoCredit && !item.captionOverText && paragraphs.length <= 3 && item.sectionTitles === 0 && length <= MAX_CAPTION) return 'photo'
  return 'article'
}
