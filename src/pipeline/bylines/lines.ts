/**
 * Bylines that are a line of their own (`●于凝 尹雪 张磊`, `本报记者　赵展慧　王汉超`)
 * or part of a closing note (`（实习生李泽文对本文亦有贡献）`).
 */
import { BYLINE_BULLETS, PORTAL_CREDIT } from '../../rules/bylines.js'
import type { Byline } from '../../schema.js'
import { parseBylines } from './read.js'
import { foldTraditional } from '../../rules/traditional.js'
import { creditSource } from './trailing.js'

/**
 * Read an own-line byline: `●于凝 尹雪 张磊` (a bullet, names need no label) or
 * `本报记者　赵展慧　王汉超` (no bullet, a label is required).
 */
export function parseBylineLine(text: string): Byline[] | null {
  // 马怀刚摄（影像中国）: where the photo came from is part of the credit.
  const source = creditSource(text)
  const line = source ? text.slice(0, source.index) : text
  const bullet = BYLINE_BULLETS.find((b) => line.startsWith(b))
  if (bullet) return parseBylines(line.slice(bullet.length))
  if (line.length > 40) return null
  return parseBylines(line, { label: true })
}

/**
 * People named in a closing note: （实习生李泽文对本文亦有贡献） credits an
 * intern, （作者为……，本报记者刘诗瑶整理） or （作者为……，本报驻日本记者刘军国采访整理）
 * a reporter who took the words down, （记者 张磊） a reporter.
 *
 * @param note the note without its parentheses
 */
export function splitNoteBylines(note: string): Byline[] {
  const out: Byline[] = []
  for (const clause of note.split(/[，,；;]/u)) {
    // Matched in simplified characters (對本文亦有貢獻), names cut from the clause as printed.
    const folded = foldTraditional(clause)
    const contributed = /^(.+?)对本文亦有贡献$/u.exec(folded)
    // 本报驻日本记者刘军国采访整理, 本报记者周輖书面采访整理: the reporter who took the words down.
    const compiled = /^(.+?)((?:书面|电话|视频)?(?:采访)?整理)$/u.exec(folded)
    const who = (contributed ?? compiled)?.[1]
    // （记者 张磊）, （编辑 李丽） closing a brief: a clause that is a labelled byline as a whole credits its people.
    const found = parseBylines(who ? clause.slice(0, who.length) : clause, { label: true })
    if (!found) continue
    // The reporter who took the words down is credited as a reporter (GOLD: 采访整理 credits a reporter).
    for (const b of found) out.push(compiled ? { name: b.name, role: 'reporter', label: `${b.label ?? ''} ${compiled[2]}`.trim() } : b)
  }
  return out
}

/**
 * People credited in a portal's source line, kept as page furniture:
 * `来源：中国吉林网  作者：李四`, `责任编辑:程月`. Each labelled part that reads
 * as a byline credits its people; the rest (the source, a date) names none.
 *
 * @param line a furniture or metadata line as printed
 */
export function portalCredits(line: string): Byline[] {
  const starts = [...line.matchAll(PORTAL_CREDIT)].map((m) => m.index)
  return starts.flatMap((start, k) => {
    const part = line.slice(start, starts[k + 1] ?? line.length).trim()
    return parseBylines(part, { label: true }) ?? []
  })
}
