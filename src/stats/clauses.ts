/**
 * Where a figure stands: the sentences of a paragraph, the clause around a
 * number, and which parts of a paragraph are covered by spans whose numbers
 * are not figures. Offsets are UTF-16 indices into the paragraph's text.
 */
import type { Quantity } from '../numbers/quantity.js'

/** A stretch of a paragraph; end exclusive. */
export interface Sentence {
  start: number
  end: number
}

/** Spans of a paragraph whose numbers are not figures. */
export type Span = { readonly start: number; readonly end: number }

/**
 * Whether a range of a text overlaps any of the spans: one pass over the spans, then each
 * question in constant time (a paragraph may hold thousands of spans and of numbers).
 */
export function coverage(length: number, spans: readonly Span[]): (start: number, end: number) => boolean {
  const depth = new Int32Array(length + 1)
  for (const s of spans) {
    depth[Math.max(0, s.start)]!++
    depth[Math.min(length, s.end)]!--
  }
  // covered[i]: how many of the first i characters lie inside some span.
  const covered = new Int32Array(length + 1)
  let open = 0
  for (let i = 0; i < length; i++) {
    open += depth[i]!
    covered[i + 1] = covered[i]! + (open > 0 ? 1 : 0)
  }
  return (start, end) => covered[Math.min(end, length)]! - covered[Math.max(0, start)]! > 0
}

/** The offset of the last clause mark before `at`, or -1. */
export function lastMark(text: string, at: number): number {
  for (let i = at - 1; i >= 0 && i >= at - 80; i--) if (/[，,；;：:。！？!?]/u.test(text[i]!)) return i
  return Math.max(-1, at - 81)
}

/** A sentence longer than this (text with no stops) is cut to a window around the figure. */
const MAX_SENTENCE = 300

/** The sentence a figure is reported in, cut to a window around it when the sentence is very long. */
export function sentenceText(text: string, sentence: Sentence, q: Quantity): string {
  if (sentence.end - sentence.start <= MAX_SENTENCE) return text.slice(sentence.start, sentence.end).trim()
  const half = MAX_SENTENCE / 2
  const start = Math.max(sentence.start, q.start - half)
  const end = Math.min(sentence.end, q.end + half)
  return `${start > sentence.start ? '…' : ''}${text.slice(start, end).trim()}${end < sentence.end ? '…' : ''}`
}

/** Sentences end at 。！？ (and their ASCII forms); a closing quote stays with its sentence. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = []
  let start = 0
  for (const m of text.matchAll(/[。！？!?…]+[”’」』]?/gu)) {
    const end = m.index + m[0].length
    out.push({ start, end })
    start = end
  }
  if (start < text.length) out.push({ start, end: text.length })
  return out
}

/** How far a clause reaches before and after its figure: the words that say what it counts stand close. */
const REACH_BEFORE = 20
const REACH_AFTER = 12

/** The clause of a sentence around a quantity: between ，；： marks, and within the reach before and after. */
export function clauseAround(text: string, q: Quantity, sentence: Sentence): Sentence {
  const marks = /[，,；;：:]/u
  const floor = Math.max(sentence.start, q.start - REACH_BEFORE)
  const ceiling = Math.min(sentence.end, q.end + REACH_AFTER)
  let start = q.start
  while (start > floor && !marks.test(text[start - 1]!)) start--
  let end = q.end
  while (end < ceiling && !marks.test(text[end]!) && !/[。！？!?]/.test(text[end]!)) end++
  return { start, end }
}
