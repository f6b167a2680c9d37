/**
 * Voices: which of the people a body names are the item's authors. A page of
 * several voices (代表委员寄语两会, 国际人士谈, 坚守岗位的守护者) prints each
 * voice with its own title and its own byline: those are several articles
 * under one headline, and GOLD.md annotates only the first real one. So the
 * people of the first voice are credited, and a byline that opens or closes a
 * later voice is not. A credit line that covers the whole page
 * (`（本报记者彭波、徐隽…）` once at its end), photo credits anywhere and the
 * page's editor (`责任编辑：程月`) are credited as before: they are no voice.
 */
import type { Byline } from '../schema.js'

/**
 * Where a byline stands: `opening` a text (an own line, a name line, a lead
 * byline) or `closing` one (a note, a group byline in parentheses).
 */
export type Site = 'opening' | 'closing'

/** The credits of one body, told voice by voice. */
export interface Voices {
  /**
   * The bylines of one site that the item keeps: all of them in the first
   * voice, only photo and editor credits after it.
   *
   * @param textAfter whether text of the body follows the site (an own line
   *   with nothing after it closes the text it stands under)
   */
  credit(bylines: readonly Byline[], site: Site, textAfter?: boolean): Byline[]
  /** A paragraph of text was read. */
  text(): void
}

/** Start telling the voices of one body apart. */
export function voices(): Voices {
  let credited = false
  let textSince = false
  let closed = false
  let later = false
  return {
    credit(bylines, site, textAfter = true) {
      const people = bylines.filter((b) => !isPageCredit(b))
      if (people.length === 0) return [...bylines]
      const opens = site === 'opening' && textAfter
      // After the first voice's credit and text, a byline opening more text, or closing text again
      // after the voice was closed, is another voice's.
      if (credited && textSince && (opens || closed)) later = true
      if (later) return bylines.filter(isPageCredit)
      credited = true
      textSince = false
      if (!opens) closed = true
      return [...bylines]
    },
    text() {
      if (credited) textSince = true
    },
  }
}

/** A credit that belongs to the page, not to one voice: a photo's, or the editor's. */
function isPageCredit(b: Byline): boolean {
  return b.role === 'photographer' || b.role === 'writer-photographer' || b.role === 'editor'
}
