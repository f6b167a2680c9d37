/**
 * Signatures: lines that name who wrote a piece without a byline label. In a
 * signed article (one with a `（作者为…）` note) a line that is only a name
 * credits its author (`路乘俊` closing a letter, `曾 勇` under a section's
 * title on a page of several voices, `（法国）格雷瓜尔·戴高乐`), and so does a
 * name alone on the last line of any item (`钟  声` closing a commentary); under `对话人：` each `name title` line
 * names one of the commentators in the dialogue (`何鼎鼎 本报评论员`).
 */
import { AUTHOR_NOTE, AUTHOR_TITLES, DIALOGUE_LABEL, NAME, NATIONALITY } from '../rules/bylines.js'
import type { Byline } from '../schema.js'
import type { Block } from './blocks.js'
import { parseBylines } from './bylines.js'
import { foldTraditional } from '../rules/traditional.js'

/** Bylines a paragraph gives, and the text it takes (the whole line). */
export interface Signature {
  readonly bylines: Byline[]
  readonly consumed: string[]
}

/** The signatures of an item's body, by block index. */
export interface Signatures {
  at(index: number): Signature | null
}

/**
 * Find the signature lines of an item's body.
 *
 * @param blocks the blocks under its headings
 */
export function readSignatures(blocks: readonly Block[]): Signatures {
  const found = new Map<number, Signature>()
  const signed = blocks.some((b) => b.type === 'paragraph' && AUTHOR_NOTE.test(foldTraditional(b.text)))
  // 钟  声 closing a commentary: the last line, a name alone, signs it.
  const last = blocks.findLastIndex((b) => b.type === 'paragraph' && b.text.trim() !== '')
  let dialogue = false
  blocks.forEach((block, index) => {
    if (block.type !== 'paragraph') return
    if (DIALOGUE_LABEL.test(foldTraditional(block.text))) {
      dialogue = true
      found.set(index, { bylines: [], consumed: [block.text] })
      return
    }
    const participant = dialogue ? participantLine(block.text) : null
    dialogue = participant !== null
    const signature = participant ?? (signed || (index === last && index > 0) ? authorLine(block.text) : null)
    if (signature) found.set(index, signature)
  })
  return { at: (index) => found.get(index) ?? null }
}

/** `路乘俊`, `曾 勇`, `（法国）格雷瓜尔·戴高乐`: a line that is only a name, maybe after a country. */
function authorLine(text: string): Signature | null {
  const name = text.replace(NATIONALITY, '').trim()
  if ([...name].length > 12) return null
  // A foreign name (（日本）佐藤利行) need not open with a Chinese surname.
  if (name !== text && NAME.test(name)) return { bylines: [{ name, role: 'author', label: null }], consumed: [text] }
  const found = parseBylines(name)
  return found?.length === 1 && found[0]!.label === null ? { bylines: found, consumed: [text] } : null
}

/** `何鼎鼎 本报评论员`, `饶思锐 海南日报评论员`: a name, then what the person is. */
function participantLine(text: string): Signature | null {
  const match = /^(\p{Script=Han}{2,4}|\p{Script=Han}{1,6}[·•]\p{Script=Han}{1,8})[\s\u3000\u00a0]+(\S{2,30})$/u.exec(text.trim())
  if (!match || !AUTHOR_TITLES.test(foldTraditional(match[2]!))) return null
  const found = parseBylines(match[1]!)
  return found?.length === 1 ? { bylines: [{ name: found[0]!.name, role: 'author', label: null }], consumed: [text] } : null
}
