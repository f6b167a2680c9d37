/**
 * Sets of characters tested by a table lookup per UTF-16 code unit: reading
 * `text[i]` makes a new string of every character, which on the hot paths
 * (every position of every paragraph) cost more than the work it guarded.
 */

/** A set of characters, each one UTF-16 code unit (every hanzi and sign of the rule tables is). */
export class CharTable {
  private readonly table = new Uint8Array(0x10000)

  constructor(chars: Iterable<string>) {
    for (const char of chars) this.table[char.charCodeAt(0)] = 1
  }

  /** Whether the code unit (`text.charCodeAt(i)`) is in the set. */
  hasCode(code: number): boolean {
    return this.table[code] === 1
  }

  /** Whether `text` holds any character of the set. */
  any(text: string): boolean {
    for (let i = 0; i < text.length; i++) if (this.table[text.charCodeAt(i)] === 1) return true
    return false
  }
}
