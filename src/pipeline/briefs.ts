/**
 * Briefs and reports under one heading block: a roundup of briefs (财经短波,
 * 微阅读) or a page of several reports prints each one's headline as a short
 * line inside the text; each such line opens an item of its own.
 */
import { SPEAKER_LINE } from '../rules/headings.js'
import { foldTraditional } from '../rules/traditional.js'
import type { Block, HeadingBlock, HeadingRole, ParagraphBlock } from './blocks.js'
import { parseParenBylines } from './bylines.js'
import { noteOf, titledSignature } from './closing.js'
import { extractDateline, extractEndDateline } from './datelines.js'
import { ENDS_SENTENCE, isHeadingLine, isTitledName } from './heading.js'

/** A brief's headline is short. */
const MAX_BRIEF_HEADLINE = 30

/**
 * A roundup of briefs (财经短波) prints each brief's headline as a short line
 * right before its dateline (`第五届中国市场风险管理大会举行` / `本报电 由…`), or
 * right after the credit that closes the brief before (`（据新华社柏林电 记者张毅荣）`
 * / `大白鲨基因研究发现抗癌进化机制`), the first one right under the rubric (微阅读);
 * a page of several reports prints the next report's title right after the
 * group byline that closes the one before: each such line opens an item of its own.
 *
 * @param rubric the heading block when it was a rubric alone (微阅读): the first short line heads a brief, and every brief carries it
 */
export function promoteBriefHeadings(blocks: readonly Block[], furniture: readonly boolean[], rubric: string | null): Block[] {
  const first = blocks.findIndex((b, k) => b.type === 'paragraph' && !furniture[k] && b.text.trim() !== '')
  const out: Block[] = []
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!
    const next = blocks[i + 1]
    if (block.type !== 'paragraph' || furniture[i] || next?.type !== 'paragraph' || !opensBrief(blocks, i, rubric !== null && i === first)) {
      out.push(block)
      continue
    }
    // 中国气象局副局长宇如聪委员 / 加强对西北暖湿化现象研究: the speaker over the title is its kicker.
    const titled = SPEAKER_LINE.test(foldTraditional(block.text)) && isBriefHeadline(next, blocks[i + 2])
    if (titled) out.push(briefHeading(block, 'kicker', rubric), briefHeading(next, 'headline', rubric))
    else out.push(briefHeading(block, 'headline', rubric))
    if (titled) i++
  }
  return out
}

/** A short line with no sentence end, that can head what follows. */
function isBriefHeadline(block: Block, next: Block | undefined): block is ParagraphBlock {
  return block.type === 'paragraph' && [...block.text].length <= MAX_BRIEF_HEADLINE && !ENDS_SENTENCE.test(block.text) && isHeadingLine(block.text, next)
}

/**
 * Whether the paragraph at `i` heads a brief: a short line right before a
 * dateline, right after the credit that closes the brief before, or the
 * first line under a rubric.
 */
function opensBrief(blocks: readonly Block[], i: number, underRubric: boolean): boolean {
  const block = blocks[i]!
  const next = blocks[i + 1]!
  if (!isBriefHeadline(block, next)) return false
  // 市委副书记 李某某 over 本报讯: the last of a list of officials, not a brief's headline.
  if (isTitledName(block.text)) return false
  // …（本报记者徐隽、寇江泽…） / 严格依法办案 服务发展大局: after a report's group byline, the next report's title.
  const previous = blocks.slice(0, i).reverse().find((b) => b.type === 'heading' || b.text.trim() !== '')
  const closed = previous?.type === 'paragraph' && /^[（(].*[）)]$/u.test(previous.text)
  // （原中国国际商会会长 姜增伟） / 服务消费也要回归“产品”属性: after a voice's signature or closing note, the next voice's title.
  const afterByline =
    closed && (parseParenBylines(previous.text, { label: true }) !== null || extractEndDateline(previous.text, null)?.rest === '' || titledSignature(previous.text) !== null || noteOf(previous.text) !== null)
  return afterByline || underRubric || extractDateline(next.text, null) !== null
}

/** A brief's heading line; under a rubric (微阅读) it carries the rubric, the column of every brief. */
function briefHeading(block: Block, role: HeadingRole, rubric: string | null): HeadingBlock {
  const text = block.text.replace(/[\s\u3000\u00a0]+/gu, ' ')
  return { type: 'heading', depth: 2, text, line: block.line, endLine: block.endLine, role, ...(rubric ? { rubric } : {}) }
}
