/**
 * What closes an item, read from its end: photo credits, group bylines,
 * notes (`（作者为……）`), a commentary's signature (`（上海商学院教授 周 勇）`,
 * `——江苏省太仓市纪委书记、市监委主任 杨 庆`) and a dateline in parentheses
 * (`（新华社北京5月18日电）`).
 */
import { AUTHOR_TITLES } from '../rules/bylines.js'
import { foldTraditional } from '../rules/traditional.js'
import type { Byline, Dateline } from '../schema.js'
import type { IssueContext } from './articles.js'
import type { Body } from './body.js'
import { parseBylines, parseParenBylines, splitNoteBylines, splitTrailingByline, splitTrailingCredit, splitTrailingGroupByline } from './bylines.js'
import { extractEndDateline, type FoundDateline } from './datelines.js'

/** A note at the end of an article: （作者为……）, （实习生李泽文对本文亦有贡献）, （本报记者刘诗瑶整理）, （数据来源：武汉市经信局）. */
const NOTE = /^[（(]((?:作者|本文|编者|记者|注|编辑|译者|摘自|选自|原载|来源|数据来源|资料来源)[^（）()]*|[^（）()]*(?:对本文亦有贡献|整理|供稿|译)[^（）()]*)[）)]$/u

/** A closing note's words inside its parentheses, read in simplified characters (（實習生李澤文對本文亦有貢獻）). */
export function noteOf(text: string): string | null {
  return NOTE.test(foldTraditional(text)) ? text.slice(1, -1) : null
}

/** `（上海商学院教授 周 勇）`: who the author is, then the name, closing a commentary. */
const SIGNED = /^[（(]([^（）()]{2,40}?)[\s\u3000\u00a0]+(\p{Script=Han}(?:[\s\u3000\u00a0]*\p{Script=Han}){1,3})[）)]$/u

/** `（上海商学院教授 周 勇）`: the author a commentary's closing signature names, or null. */
export function titledSignature(text: string): Byline[] | null {
  const byTitle = SIGNED.exec(text)
  const author = byTitle && AUTHOR_TITLES.test(foldTraditional(byTitle[1]!.trim())) ? parseBylines(byTitle[2]!) : null
  return author?.length === 1 ? author : null
}

/** `——江苏省太仓市纪委书记、市监委主任 杨 庆`: a commentary signed under a dash, title then name. */
const DASH_SIGNED = /^([—－]{2}[\s\u3000\u00a0]*)([^（）()，。]{2,40}?)[\s\u3000\u00a0]+(\p{Script=Han}(?:[\s\u3000\u00a0]*\p{Script=Han}){1,3})$/u


/**
 * What closes an article, read from the end: photo credits, group bylines,
 * notes (（作者为……）) and a dateline in parentheses (（新华社北京5月18日电）).
 */
export function readClosing(
  sections: Body['sections'],
  context: IssueContext,
  consumed: string[],
  notes: string[],
): { bylines: Byline[]; dateline: Dateline | null } {
  const found: Byline[][] = []
  let dateline: Dateline | null = null
  for (let guard = 0; guard < 6; guard++) {
    const section = [...sections].reverse().find((s) => s.paragraphs.length > 0)
    const last = section?.paragraphs[section.paragraphs.length - 1]
    if (!section || !last) break
    const end: FoundDateline | null = dateline ? null : extractEndDateline(last.text, context.date)
    if (end) {
      dateline = end.dateline
      found.unshift(end.bylines)
      consumed.push(...end.consumed)
      if (end.rest === '') section.paragraphs.pop()
      else last.text = end.rest
      continue
    }
    // ——习近平 alone under a quotation names who said it; with a title before the name it signs the text.
    const dashed = DASH_SIGNED.exec(last.text)
    const signer = dashed && AUTHOR_TITLES.test(foldTraditional(dashed[2]!.trim())) ? parseBylines(dashed[3]!) : null
    if (signer?.length === 1) {
      notes.unshift(last.text.slice(dashed![1]!.length))
      consumed.push(dashed![1]!)
      found.unshift(signer)
      section.paragraphs.pop()
      continue
    }
    const author = titledSignature(last.text)
    if (author) {
      notes.unshift(last.text.slice(1, -1))
      consumed.push(last.text[0]!, last.text[last.text.length - 1]!)
      found.unshift(author)
      section.paragraphs.pop()
      continue
    }
    const note = noteOf(last.text)
    if (note) {
      notes.unshift(note)
      consumed.push(last.text[0]!, last.text[last.text.length - 1]!)
      found.unshift(splitNoteBylines(note))
      section.paragraphs.pop()
      continue
    }
    // （葛孟超）: a bare name in parentheses closes a brief.
    const signed = /^[（(][^（）()]{2,12}[）)]$/u.test(last.text) ? parseParenBylines(last.text) : null
    const credit =
      splitTrailingCredit(last.text) ??
      splitTrailingGroupByline(last.text) ??
      splitTrailingByline(last.text) ??
      (signed ? { bylines: signed, rest: '', raw: last.text } : null)
    if (!credit) break
    found.unshift(credit.bylines)
    consumed.push(credit.raw)
    if (credit.rest === '') section.paragraphs.pop()
    else last.text = credit.rest
  }
  return { bylines: found.flat(), dateline }
}
