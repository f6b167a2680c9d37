/**
 * Word segmentation and parts of speech, behind one small type. This is the
 * only module that imports nodejieba: its dictionary costs about a second
 * and 240 MB, so it loads on the first call, never at start-up, and tests
 * can pass a stub instead.
 */
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'

/** A word and its part of speech (jieba's tag set: n noun, v verb, m numeral, q classifier …). */
export interface Tagged {
  readonly word: string
  readonly tag: string
}

/** What the figure reader needs from a segmenter. */
export interface Segmenter {
  /** Words with parts of speech; the words concatenate to the input. */
  tag(text: string): Tagged[]
  /** All dictionary words inside a word (小组会议 → 小组, 小组会议, 会议). */
  parts(word: string): string[]
}

interface NodeJieba {
  load(options: { userDict?: string; idfDict?: string; stopWordDict?: string }): void
  tag(text: string): Tagged[]
  cutAll(text: string): string[]
}

/** Newspaper words jieba's dictionary lacks or mis-tags (包保 v, 诉求 n). */
export const USER_DICT = fileURLToPath(new URL('../data/jieba-user.dict', import.meta.url))

/**
 * One-line stand-ins for jieba's keyword-extraction dictionaries (6 MB of IDF
 * weights, stop words): tagging never reads them, and loading them costs
 * every worker a tenth of a second.
 */
const IDF_STUB = fileURLToPath(new URL('../data/jieba-idf-stub.utf8', import.meta.url))
const STOP_WORDS_STUB = fileURLToPath(new URL('../data/jieba-stopwords-stub.utf8', import.meta.url))

let jieba: NodeJieba | null = null

function load(): NodeJieba {
  if (!jieba) {
    const require = createRequire(import.meta.url)
    const loaded = require('nodejieba') as NodeJieba
    loaded.load({ userDict: USER_DICT, idfDict: IDF_STUB, stopWordDict: STOP_WORDS_STUB })
    jieba = loaded
  }
  return jieba
}

/** Whether nodejieba has been loaded in this process (start-up must not load it). */
export function isSegmenterLoaded(): boolean {
  return jieba !== null
}

/** The nodejieba segmenter, loaded on first use. */
export const jiebaSegmenter: Segmenter = {
  tag: (text) => (text === '' ? [] : load().tag(text)),
  parts: (word) => (word === '' ? [] : load().cutAll(word)),
}

/**
 * A segmenter that tags each distinct text once: the words around a figure
 * are asked for again by the next figure of the same clause (and by the
 * threshold and subject readers), and one jieba call costs the same for a
 * repeated text. The tags are frozen, being shared; keep one memo per issue,
 * so it never outgrows an issue's text.
 *
 * @param segmenter the segmenter to ask once per text
 */
export function memoized(segmenter: Segmenter): Segmenter {
  const tags = new Map<string, Tagged[]>()
  return {
    tag: (text) => {
      let found = tags.get(text)
      if (found === undefined) {
        found = Object.freeze(segmenter.tag(text)) as Tagged[]
        tags.set(text, found)
      }
      return found
    },
    parts: (word) => segmenter.parts(word),
  }
}
