/**
 * Byline labels as printed in Chinese newspapers, and the role each one gives.
 * Prefix labels (`记者汪伦`) apply to the names after them, up to the next label;
 * suffix labels (`高志彬摄`, `徐莹 刘云龙 文/摄`) to the unlabelled names before them.
 */
import type { Role } from '../schema.js'

/** A label and the role it gives. */
export interface Label {
  readonly text: string
  readonly role: Role
}

/** Agencies that prefix `记者`: `新华社记者 肖艺九摄`. */
export const LABEL_AGENCIES = ['本报', '新华社', '中新社', '人民日报', '吉林日报', '白城日报'] as const

/** Labels written before a name. Longest first is decided at lookup, so order is free. */
export const PREFIX_LABELS: readonly Label[] = [
  { text: '记者', role: 'reporter' },
  { text: '见习记者', role: 'reporter' },
  { text: '摄影记者', role: 'photographer' },
  { text: '特约记者', role: 'correspondent' },
  { text: '实习记者', role: 'intern' },
  { text: '实习生', role: 'intern' },
  { text: '通讯员', role: 'correspondent' },
  { text: '特约通讯员', role: 'correspondent' },
  { text: '责任编辑', role: 'editor' },
  { text: '责编', role: 'editor' },
  { text: '编辑', role: 'editor' },
  { text: '文/', role: 'writer' },
  { text: '图/', role: 'photographer' },
  { text: '摄影/', role: 'photographer' },
  { text: '文/图', role: 'writer-photographer' },
]

/**
 * Labels written after a name. `weak` ones (文, 图) are also common last
 * characters of given names, so attached to a name they count only when a
 * photo label follows in the same byline (`罗艾桦文  陈北跑摄`).
 */
export const SUFFIX_LABELS: readonly (Label & { readonly weak?: boolean })[] = [
  { text: '文/摄', role: 'writer-photographer' },
  { text: '文/图', role: 'writer-photographer' },
  { text: '文图', role: 'writer-photographer' },
  { text: '摄影报道', role: 'photographer' },
  { text: '摄影', role: 'photographer' },
  { text: '摄', role: 'photographer' },
  { text: '图', role: 'photographer', weak: true },
  { text: '文', role: 'writer', weak: true },
]

/** Marks that open an own-line byline: `●于凝 尹雪 张磊`. */
export const BYLINE_BULLETS = ['●', '◎', '○', '◆'] as const

/** Characters that separate names in a byline (space, U+3000, U+00A0, 、 and ，). */
export const NAME_SEPARATORS = /[\s\u3000\u00a0、，,；;]+/u

/** A personal name: 2 to 5 Han characters, or a transliterated name with a middle dot. */
export const NAME = /^(?:\p{Script=Han}{2,5}|\p{Script=Han}{1,6}[·•]\p{Script=Han}{1,8})$/u
