/**
 * Plain-text articles from e-paper crawlers have no Markdown headings: the
 * lines before the first indented paragraph are the heading block, and their
 * position and marks say what each is (SOURCES.md of the public corpus):
 * a kicker (引题, often ending in ——), the headline, a subtitle starting with
 * ——, deck lines split by ■.
 */
import type { Block, HeadingBlock, HeadingRole, ParagraphBlock } from './blocks.js'

/** A heading line ends in no sentence punctuation (a kicker may end in ——). */
const ENDS_SENTENCE = /[，。；：,.;:！？!?、]$/u
const MAX_HEADING = 80

/**
 * Turn the heading block of a plain-text article into headings with roles.
 *
 * @param blocks the blocks of a plain-text file
 */
export function promoteHeadings(blocks: readonly Block[]): Block[] {
  const firstBody = blocks.findIndex((b) => b.type === 'paragraph' && b.indented)
  const end = firstBody === -1 ? Math.min(blocks.length, 3) : firstBody
  const head: ParagraphBlock[] = []
  for (const block of blocks.slice(0, end)) {
    if (block.type !== 'paragraph' || !isHeadingLine(block.text)) break
    head.push(block)
    // A subtitle closes the heading block: what follows (大会主席先生，) is the text.
    if (/^[—－-]{2}/.test(block.text)) break
  }
  if (head.length === 0) return [...blocks]
  const roles = rolesOf(head.map((b) => b.text))
  const headings: HeadingBlock[] = head.map((b, i) => ({
    type: 'heading',
    depth: 2,
    text: b.text.replace(/[\s\u3000\u00a0]+/gu, ' '),
    line: b.line,
    endLine: b.endLine,
    role: roles[i]!,
  }))
  return [...headings, ...blocks.slice(head.length)]
}

function isHeadingLine(text: string): boolean {
  return [...text].length <= MAX_HEADING && (!ENDS_SENTENCE.test(text) || /[—－]{2}$/.test(text))
}

/**
 * Roles by position: a dash line is the subtitle, a ■ line a deck; of the
 * rest, one line is the headline, two are kicker and headline, a third is a deck.
 */
function rolesOf(lines: readonly string[]): HeadingRole[] {
  const roles: HeadingRole[] = lines.map((l) => (/^[—－-]{2,}\s*\S/u.test(l) ? 'subtitle' : l.includes('■') ? 'deck' : 'headline'))
  const plain = roles.flatMap((r, i) => (r === 'headline' ? [i] : []))
  if (plain.length >= 2) {
    roles[plain[0]!] = 'kicker'
    for (const i of plain.slice(2)) roles[i] = 'deck'
  }
  return roles
}
