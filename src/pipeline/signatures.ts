/**
 * Signatures: lines that name who wrote a piece without a byline label. A line
 * that is only a name signs an item where a signature stands, with evidence:
 * - closing the text (after a finished sentence, before at most a place or date
 *   line and the author's note): in a signed article (one with a `（作者为…）`
 *   note: `路乘俊` closing a letter), in an opinion piece or a letter (a rubric
 *   such as 评论 or 来信), or padded like a byline (`钟  声` closing a commentary; not
 *   a report filed under a dateline, whose padded closing word, `白　城`, is text);
 * - in a signed article, right under the headline, or under a voice's title on
 *   a page of several voices (`曾 勇`, `（法国）格雷瓜尔·戴高乐`).
 * Words that close a letter or a speech (此致, 敬礼, 谢谢) never sign. Under
 * `对话人：` each `name title` line names one of the commentators in the
 * dialogue (`何鼎鼎 本报评论员`), when all of them are commentators; otherwise
 * the lines list the people interviewed and stay text.
 */
import { AUTHOR_NOTE, DIALOGUE_LABEL, NAME, NATIONALITY } from '../rules/bylines.js'
import { CLOSING_WORDS, COMMENTATOR_TITLES, INSTITUTION_SIGNATURE, PEN_NAMES, SENTENCE_END, SIGNATURE_TAIL, SPEAKER_SIGNATURE, VOICE_TITLE } from '../rules/signatures.js'
import { foldTraditional } from '../rules/traditional.js'
import type { Byline } from '../schema.js'
import type { Block } from './blocks.js'
import { parseBylines } from './bylines.js'
import { extractDateline } from './datelines.js'

/** A People's Daily collective pen name (任仲平, 钟  声), however it is padded. */
export function isPenName(text: string): boolean {
  return PEN_NAMES.has(text.replace(/[\s\u3000\u00a0]+/gu, ''))
}

/** A line that signs for a paper or an agency (本报评论员, 新华社评论员): a note, crediting no one. */
export function signsForInstitution(text: string): boolean {
  return INSTITUTION_SIGNATURE.test(foldTraditional(text).trim())
}

/** Bylines a paragraph gives, and the text it takes (the whole line). */
export interface Signature {
  readonly bylines: Byline[]
  readonly consumed: string[]
}

/** The signatures of an item's body, by block index. */
export interface Signatures {
  at(index: number): Signature | null
}

/** A line of the body, or null for a heading. */
type Line = string | null

/**
 * Find the signature lines of an item's body.
 *
 * @param blocks the blocks under its headings
 * @param opinion whether the item is an opinion piece or a letter (its rubric says so)
 */
export function readSignatures(blocks: readonly Block[], opinion = false): Signatures {
  const found = new Map<number, Signature>()
  const lines: Line[] = blocks.map((b) => (b.type === 'paragraph' ? foldTraditional(b.text).trim() : null))
  const isNote = (line: Line): boolean => line !== null && AUTHOR_NOTE.test(line)
  const notes = lines.filter(isNote).length
  let voiceSigned = false
  // A report filed under a dateline (本报讯, 新华社…电) is signed by its byline: padding alone signs no word closing it.
  const first = lines.find((l) => l !== null && l !== '')
  const filed = first !== undefined && first !== null && extractDateline(first, null) !== null
  for (let index = 0; index < blocks.length; index++) {
    const line = lines[index]
    if (line === undefined || line === null) continue
    if (isNote(line)) voiceSigned = false
    if (DIALOGUE_LABEL.test(line)) {
      const dialogue = readDialogue(blocks, index)
      dialogue.forEach((signature, k) => found.set(index + k, signature))
      index += Math.max(dialogue.length - 1, 0)
      continue
    }
    // A signed article is signed under its headline, or on a page of several voices under a voice's title.
    const before = lines[index - 1] ?? null
    const speaker = speakerLine(blocks[index]!.text, index === 0 || (before !== null && VOICE_TITLE.test(before) && !isNote(before)))
    if (speaker) {
      found.set(index, speaker)
      continue
    }
    // With one note (the page of voices split into items), the title opens the text or follows text
    // that does not end in a colon, and text follows the name: not a line of verse quoted after a colon.
    const voiceOpens = notes > 1 || (notes > 0 && (index < 2 || (prose(lines[index - 2]) && !/[：:]$/u.test(lines[index - 2]!))) && prose(lines[index + 1]))
    const underTitle = voiceOpens && !voiceSigned && before !== null && VOICE_TITLE.test(before) && !isNote(before)
    const opening = notes > 0 && (index === 0 || underTitle)
    const pen = isPenName(line)
    if (pen && (index === 0 || closes(lines, index, isNote))) {
      found.set(index, { bylines: [{ name: line.replace(/[\s\u3000\u00a0]+/gu, ''), role: 'author', label: null }], consumed: [blocks[index]!.text] })
      voiceSigned = true
      continue
    }
    const evidence = notes > 0 || opinion || (padded(line) && !filed)
    if (!opening && !(evidence && closes(lines, index, isNote))) continue
    const signature = authorLine(blocks[index]!.text)
    if (!signature) continue
    found.set(index, signature)
    voiceSigned = true
  }
  return { at: (index) => found.get(index) ?? null }
}

/** A paragraph of text, not a line of verse: it ends a sentence or is longer than any title. */
function prose(line: Line | undefined): boolean {
  return line !== undefined && line !== null && (SENTENCE_END.test(line) || !VOICE_TITLE.test(line))
}

/** The line stands where a text is signed: after a finished sentence, before only a place or date and the author's note. */
function closes(lines: readonly Line[], index: number, isNote: (line: Line) => boolean): boolean {
  const before = lines[index - 1]
  if (before === undefined || before === null || !SENTENCE_END.test(before)) return false
  for (const after of lines.slice(index + 1)) {
    if (after === null) return false
    if (isNote(after)) return true
    if (!SIGNATURE_TAIL.test(after)) return false
  }
  return true
}

/** `钟  声`: spaces inside a name, the way bylines pad a two-character name. */
function padded(line: string): boolean {
  return /\p{Script=Han}[\s\u3000\u00a0]+\p{Script=Han}/u.test(line)
}

/** `路乘俊`, `曾 勇`, `（法国）格雷瓜尔·戴高乐`: a line that is only a name, maybe after a country. */
function authorLine(text: string): Signature | null {
  const name = text.replace(NATIONALITY, '').trim()
  if ([...name].length > 12) return null
  // A foreign name (（日本）佐藤利行) need not open with a Chinese surname.
  if (name !== text && NAME.test(name)) return { bylines: [{ name, role: 'author', label: null }], consumed: [text] }
  const found = parseBylines(name)
  if (found?.length !== 1 || found[0]!.label !== null || CLOSING_WORDS.has(found[0]!.name)) return null
  return { bylines: found, consumed: [text] }
}

/** `马逢国代表（全国人大香港代表团团长）` under a voice's title or the headline: the voice's speaker. */
function speakerLine(text: string, placed: boolean): Signature | null {
  const match = placed ? SPEAKER_SIGNATURE.exec(foldTraditional(text).trim()) : null
  const found = match ? parseBylines(text.trim().slice(0, match[1]!.length)) : null
  if (found?.length !== 1 || found[0]!.label !== null) return null
  return { bylines: [{ name: found[0]!.name, role: 'author', label: null }], consumed: [text] }
}

/**
 * `对话人：` and the `name title` lines under it: credited, the label with them,
 * only when every title is a commentator's (`何鼎鼎 本报评论员`); the people a
 * report interviewed (`王强 市农业农村局局长`) are no authors, and nothing is taken.
 */
function readDialogue(blocks: readonly Block[], label: number): Signature[] {
  const participants: Signature[] = []
  let mixed = false
  for (const block of blocks.slice(label + 1)) {
    if (block.type !== 'paragraph') break
    const participant = participantLine(block.text)
    if (!participant) break
    if (!participant.commentator) mixed = true
    participants.push(participant.signature)
  }
  if (participants.length === 0 || mixed) return []
  return [{ bylines: [], consumed: [blocks[label]!.text] }, ...participants]
}

/** `何鼎鼎 本报评论员`, `饶思锐 海南日报评论员`, `王强 市农业农村局局长`: a name, then what the person is. */
function participantLine(text: string): { signature: Signature; commentator: boolean } | null {
  const match = /^(\p{Script=Han}{2,4}|\p{Script=Han}{1,6}[·•]\p{Script=Han}{1,8})[\s\u3000\u00a0]+(\S{2,30})$/u.exec(text.trim())
  if (!match) return null
  const found = parseBylines(match[1]!)
  if (found?.length !== 1) return null
  const signature = { bylines: [{ name: found[0]!.name, role: 'author' as const, label: null }], consumed: [text] }
  return { signature, commentator: COMMENTATOR_TITLES.test(foldTraditional(match[2]!)) }
}
