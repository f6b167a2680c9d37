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
  { text: '执笔记者：', role: 'writer' },
  { text: '执笔：', role: 'writer' },
  { text: '参与采写：', role: 'reporter' },
  { text: '采写：', role: 'reporter' },
  { text: '记者：', role: 'reporter' },
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

/**
 * Common Chinese surnames (single and compound). A Han name in a byline must
 * start with one, which keeps prose like 他们拍摄 from reading as a credit.
 * Names with a middle dot (transliterations) are exempt.
 */
export const SURNAMES = new Set([
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖萧田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由暨蔚隗揭郦酆糜郗宓訾鄂聂凤钮濮荀'.split(''),
  '欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙', '慕容', '长孙', '宇文', '司徒', '夏侯', '令狐', '端木', '澹台',
])
