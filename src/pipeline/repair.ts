/**
 * Layout repair. The conversion to Markdown sometimes breaks a paragraph in
 * the middle of a sentence, even of a word (`…掌` / `握群众满意度…`), and puts
 * a blank line in the break. We join such halves back and say so.
 */
import type { Warning } from '../schema.js'
import { appendRuns } from './positions.js'
import type { Paragraph } from './records.js'

/** Characters a finished paragraph ends with. */
const ENDS_SENTENCE = /[。！？!?；;：:…”’」』）)】》\]—~～]$/u
/** A fragment can end mid-word: on a Han character, a letter or a digit. */
const ENDS_MID_WORD = /[\p{Script=Han}A-Za-z0-9]$/u
/** The second half starts with text, not with a quote, bracket or list mark. */
const STARTS_MID_WORD = /^[\p{Script=Han}A-Za-z0-9%％]/u
/** Prose has commas or stops; a short label line has none. */
const PROSE = /[，。；、,]/u
/** Between one and this many blank lines lie between two halves of one paragraph. */
const MAX_GAP = 3

/**
 * Join paragraphs that the layout split mid-sentence.
 *
 * @param paragraphs consecutive paragraphs of one section
 * @param warnings receives a `joined-paragraph` warning for each repair
 */
export function repairSplits(paragraphs: readonly Paragraph[], warnings: Warning[]): Paragraph[] {
  const out: Paragraph[] = []
  for (const paragraph of paragraphs) {
    const previous = out[out.length - 1]
    if (previous && isSplit(previous, paragraph)) {
      warnings.push({
        code: 'joined-paragraph',
        message:
          `Joined a paragraph split mid-sentence across lines ${previous.endLine} and ${paragraph.line}: ` +
          `“…${previous.text.slice(-8)}” + “${paragraph.text.slice(0, 8)}…”`,
        line: previous.endLine,
      })
      out[out.length - 1] = {
        text: previous.text + paragraph.text,
        line: previous.line,
        endLine: paragraph.endLine,
        runs: appendRuns(previous.runs, paragraph.runs, previous.text.length),
        block: paragraph.block,
      }
      continue
    }
    out.push({ ...paragraph })
  }
  return out
}

function isSplit(first: Paragraph, second: Paragraph): boolean {
  return (
    ENDS_MID_WORD.test(first.text) &&
    !ENDS_SENTENCE.test(first.text) &&
    STARTS_MID_WORD.test(second.text) &&
    PROSE.test(first.text) &&
    [...first.text].length >= 20 &&
    (first.block === undefined || second.block === first.block + 1) &&
    second.line - first.endLine >= 2 &&
    second.line - first.endLine <= MAX_GAP + 1
  )
}
