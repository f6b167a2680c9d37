/**
 * Building regular expressions from word lists (the data tables in `rules/`).
 */

/** Escape a string so it matches itself inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/**
 * Words (or rules, by the text of each) longest first, so that a search that
 * takes the first hit finds a longer word before a word it starts with.
 * The sort is stable: words of one length keep their order. A new array.
 */
export function longestFirst(words: Iterable<string>): string[]
export function longestFirst<T>(items: Iterable<T>, text: (item: T) => string): T[]
export function longestFirst<T>(items: Iterable<T>, text: (item: T) => string = String): T[] {
  return [...items].sort((a, b) => text(b).length - text(a).length)
}

/** An alternation of words, longest first, so a longer word wins over a word it starts with. */
export function alternation(words: Iterable<string>): string {
  return longestFirst(words).map(escapeRegExp).join('|')
}
