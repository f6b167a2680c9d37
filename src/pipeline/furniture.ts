/**
 * Page furniture and page markers: the lines of a crawled e-paper page that
 * belong to the reader around a story (navigation, date bars, copyright and
 * contact footers, jump lines) or name its page. They are kept with the item
 * they stand by, as metadata, never as its text, so no figure is read in them.
 */
import { EPAPER_PAGE, FOOTER_FURNITURE, FURNITURE, LETTERED_PAGE, NUMBERED_PAGE } from '../rules/pages.js'
import { foldTraditional } from '../rules/traditional.js'
import type { Block } from './blocks.js'

/** Furniture lines are short; longer lines are never tested (and regular expressions stay cheap). */
const MAX_FURNITURE = 200

/** A heading or line that names a page, not a story. */
export function pageMarker(text: string): { page: string; pageName: string | null } | null {
  const match = NUMBERED_PAGE.exec(text) ?? LETTERED_PAGE.exec(text) ?? (text.length <= MAX_FURNITURE ? EPAPER_PAGE.exec(text) : null)
  if (!match?.groups) return null
  const page = match.groups.page!.replace(/^0+(?=\d)/, '').toUpperCase()
  const name = match.groups.name?.trim()
  return { page, pageName: name ? name : null }
}

/** A line that is furniture whatever stands around it. */
export function isFurniture(text: string): boolean {
  if (text.length > MAX_FURNITURE) return false
  const folded = foldTraditional(text.trim())
  return FURNITURE.some((rule) => rule.pattern.test(folded))
}

function isFooterLine(text: string): boolean {
  if (text.length > MAX_FURNITURE) return false
  const folded = foldTraditional(text.trim())
  return FOOTER_FURNITURE.some((rule) => rule.pattern.test(folded))
}

/**
 * Which blocks are furniture: lines that always are, and contact lines
 * (address, telephone) that stand next to furniture or a page marker, as in
 * a footer.
 *
 * @param blocks an issue's blocks in order
 * @returns for each block, whether it is furniture (page markers are not: they name a page)
 */
export function markFurniture(blocks: readonly Block[]): boolean[] {
  const marks = blocks.map((b) => b.type === 'paragraph' && isFurniture(b.text))
  const anchors = blocks.map((b, i) => marks[i]! || (b.type === 'paragraph' && pageMarker(b.text) !== null))
  const footer = blocks.map((b) => b.type === 'paragraph' && isFooterLine(b.text))
  // A run of footer lines next to an anchor is furniture, in either direction.
  for (let i = 0; i < blocks.length; i++) {
    if (footer[i] && !marks[i] && ((i > 0 && anchors[i - 1]) || (i + 1 < blocks.length && anchors[i + 1]))) {
      marks[i] = anchors[i] = true
      // Walk back over footer lines that now touch an anchor.
      for (let j = i - 1; j >= 0 && footer[j] && !marks[j]; j--) marks[j] = anchors[j] = true
    }
  }
  return marks
}
