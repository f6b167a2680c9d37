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
export const LABEL_AGENCIES = ['本报', '本刊', '新华社', '中新社', '人民日报', '吉林日报', '白城日报'] as const

/**
 * Any paper, agency or media group named before a label: `城市晚报全媒体记者 吕闯 摄`,
 * `(寿光日报记者 尹桂建)`, `白城日报记者 段卫军 摄`, `央视新闻记者`, `县融媒体中心记者`;
 * and a posting abroad or in a province (`本报驻日本记者刘军国`, `新华社驻联合国记者`).
 */
export const LABEL_AGENCY_NAME =
  /^(?:\p{Script=Han}{1,10}(?:日报|晚报|早报|时报|商报|都市报|青年报|报社|报|通讯社|新闻社|社|新闻网|网|电视台|广播电台|融媒体中心|新闻中心|客户端|APP)|(?:本报|本刊|新华社|中新社|人民日报)?驻\p{Script=Han}{1,8})$/u

/** Labels written before a name. Longest first is decided at lookup, so order is free. */
export const PREFIX_LABELS: readonly Label[] = [
  { text: '记者', role: 'reporter' },
  { text: '见习记者', role: 'reporter' },
  { text: '全媒体记者', role: 'reporter' },
  { text: '融媒体记者', role: 'reporter' },
  { text: '新媒体记者', role: 'reporter' },
  { text: '首席记者', role: 'reporter' },
  { text: '特约记者', role: 'reporter' },
  { text: '驻站记者', role: 'reporter' },
  { text: '融媒记者', role: 'reporter' },
  { text: '全媒记者', role: 'reporter' },
  { text: '视频记者', role: 'reporter' },
  { text: '摄像记者', role: 'photographer' },
  { text: '摄影记者', role: 'photographer' },
  { text: '实习记者', role: 'intern' },
  { text: '实习生', role: 'intern' },
  { text: '通讯员', role: 'correspondent' },
  { text: '特约通讯员', role: 'correspondent' },
  { text: '责任编辑', role: 'editor' },
  { text: '责编', role: 'editor' },
  { text: '编辑', role: 'editor' },
  { text: '美编', role: 'editor' },
  { text: '审核', role: 'editor' },
  { text: '初审', role: 'editor' },
  { text: '复审', role: 'editor' },
  { text: '终审', role: 'editor' },
  { text: '校对', role: 'editor' },
  { text: '作者', role: 'author' },
  { text: '文/', role: 'writer' },
  { text: '图/', role: 'photographer' },
  { text: '摄影/', role: 'photographer' },
  { text: '图片/', role: 'photographer' },
  { text: '文字/', role: 'writer' },
  { text: '摄/', role: 'photographer' },
  { text: '文/图', role: 'writer-photographer' },
  { text: '图/文', role: 'writer-photographer' },
  { text: '文/摄', role: 'writer-photographer' },
  { text: '文/片', role: 'writer-photographer' },
  { text: '本版图片', role: 'photographer' },
  // 执笔记者：丁小溪: a reporter of the team, the one who wrote it up; GOLD.md gives every 记者
  // label the role reporter and keeps writer for a 文 credit. 执笔 alone (执笔：某某) is the writer.
  { text: '执笔记者', role: 'reporter' },
  { text: '执笔', role: 'writer' },
  { text: '参与采写', role: 'reporter' },
  // 执笔记者：丁小溪、姜潇；参与记者：吴晶、史竞男 (a Xinhua group report).
  { text: '参与记者', role: 'reporter' },
  // 新华社发（报道员 甲摄）: Xinhua's local staff abroad.
  { text: '报道员', role: 'reporter' },
  { text: '撰文', role: 'writer' },
  { text: '采写', role: 'reporter' },
]

/**
 * A general label (记者) after a credit label (文/片 本报记者马志勇): the credit
 * says what the person did, the general label only that they are staff.
 */
export const CREDIT_ROLES: ReadonlySet<Role> = new Set(['writer', 'photographer', 'writer-photographer'])

/**
 * Where a photo came from, printed after a credit: `甲摄（影像中国）`, `（新华社发）`.
 * Read as part of the credit, never as a name, with the spaces before it
 * (found by a scan, not by the pattern: a leading `\s*` backtracks on long runs).
 */
export const CREDIT_SOURCES = /[（(](?:影像中国|人民视觉|视觉中国|新华社发|中新社发|人民图片|东方IC|CFP|IC photo|资料图片|图片来源[^（）()]{0,20})[）)]$/u

/** Where a photo came from, printed before its credit: `（新华社发 张磊摄）`, `新华社发 张磊 摄`. */
export const CREDIT_SOURCE_BEFORE = /^(?:新华社发|中新社发|人民视觉|视觉中国|影像中国)[\s\u3000\u00a0]+/u

/** The longest text CREDIT_SOURCES can match: `（图片来源` + 20 + `）`. */
export const CREDIT_SOURCE_REACH = 32

/** Layout codes printed by a name or photo: `③`, `图①`, `（图②）`. */
export const LAYOUT_CODES = /[（(]?图?[①-⑳][）)]?/gu

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
  // 本报记者 刘诗瑶 采访整理: the reporter who took an interview down is credited as its reporter.
  { text: '书面采访整理', role: 'reporter' },
  { text: '电话采访整理', role: 'reporter' },
  { text: '采访整理', role: 'reporter' },
  { text: '整理', role: 'reporter' },
  // 本报记者 王金刚/文 李丽/图: a credit after a slash is never part of the name.
  { text: '/文图', role: 'writer-photographer' },
  { text: '/图文', role: 'writer-photographer' },
  { text: '/摄影', role: 'photographer' },
  { text: '/文', role: 'writer' },
  { text: '/图', role: 'photographer' },
  { text: '/摄', role: 'photographer' },
  { text: '图', role: 'photographer', weak: true },
  { text: '文', role: 'writer', weak: true },
]

/** Marks that open an own-line byline: `●于凝 尹雪 张磊`, `□本报记者 于凝`, `★本报记者 张磊`. */
export const BYLINE_BULLETS = ['●', '◎', '○', '◆', '□', '◇', '■', '▲', '△', '★', '☆', '▶', '►'] as const

/** Characters that separate names in a byline (space, U+3000, U+00A0, 、 ， ; a colon or bar after a label). */
export const NAME_SEPARATORS = /[\s\u3000\u00a0、，,；;：:|｜]+/u

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

/**
 * Words that open a sentence and begin with a surname's character (全市, 高度,
 * 周边): after labelled names with no parentheses (`本报讯 记者 王金刚 全市…`)
 * they are the text, not one more name.
 */
export const SENTENCE_WORDS: ReadonlySet<string> = new Set([
  '全市', '全县', '全省', '全区', '全国', '全镇', '全乡', '全村', '全体', '全面', '全力', '全年',
  '高度', '明年', '明天', '由于', '于是', '连日', '连续', '周边', '方面', '安全', '成功', '国家',
  '近期', '日前', '今年', '昨天', '当天', '当日', '目前', '为了', '随着', '在此', '我市', '我县', '我省',
])

/**
 * Titles that end the description of a commentary's author in a closing
 * parenthesis: `（上海商学院教授 周 勇）`, `（作者为中央音乐学院党委书记）` is a note.
 */
export const AUTHOR_TITLES =
  /(?:教授|研究员|书记|经理|主任|院长|所长|局长|厅长|部长|市长|县长|区长|委员|代表|专家|学者|博士|董事长|会长|理事长|校长|馆长|主席|总编辑|评论员|律师|医生|教师)$/u

/**
 * Where a credit starts in a portal's source line (`来源：中国吉林网  作者：李四`,
 * `• 2010年11月24日 作者:`, `责任编辑: 李丹`): a label and its colon.
 */
export const PORTAL_CREDIT = /(?:作者|记者|通讯员|责任编辑|编辑|责编|摄影)[：:]/gu

/**
 * A note that says who the author is (`（作者为蒙古国国立大学孔子学院公派教师）`): the
 * article is signed, so a line that is only a name (`路乘俊` closing a letter,
 * `曾 勇` under a section's title) credits its author.
 */
export const AUTHOR_NOTE = /^[（(]作者(?:为|系|是)/u

/** A foreign author's name line opens with the country in parentheses: `（法国）格雷瓜尔·戴高乐`. */
export const NATIONALITY = /^[（(]\p{Script=Han}{2,10}[）)]/u

/** A dialogue's participants follow this label, one `name title` line each: `对话人：` / `何鼎鼎 本报评论员`. */
export const DIALOGUE_LABEL = /^(?:对话人|对谈人)[：:]$/u

