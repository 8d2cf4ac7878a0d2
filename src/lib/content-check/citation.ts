/**
 * What the checker accepts as a citation for a statistic in the same paragraph. Deliberately
 * simple and visible, so a writer can see why a paragraph passes:
 * - an author with a year: "Reichheld and Sasser (1990)", "(Bitner et al., 1990)", "Sasser's 1990
 *   article", "In 1995 Thomas O. Jones", "赖克哈尔德和萨塞（1990）", "（赖克哈尔德、萨塞，1990）",
 *   "萨塞 1990 年发表的", "佩皮亚特（Emma Peppiatt）：1996 年", "1995 年，托马斯·琼斯（Thomas O. Jones）";
 * - a named source introduced as one: "according to China News Service", "attributed to TARP",
 *   "据中国质量协会发布的报告", "出自 TARP";
 * - a label: "source:", "来源：", "资料来源：", "出处：";
 * - a link to a web page;
 * - a plain statement that no source is known ("the table has no known source", "找不到出处"),
 *   which is the standing the course owes a figure it cannot trace.
 * Vague attributions name nobody and do not count: "according to reports", "据统计", "据说".
 * A figure the text works out in front of the reader (see showsCalculation) needs no source.
 */
import type { TextBlock } from './textBlock.ts';

const YEAR = String.raw`(?:1[89]|20)\d\d[a-z]?`;
const LATIN_NAME = String.raw`\p{Lu}[\p{L}'’-]+`;
const HAN_NAME = String.raw`\p{Script=Han}{2,}`;

const CITATION_PATTERNS: RegExp[] = [
  // Name (1990), 名字（1990）, et al. (1990)
  new RegExp(String.raw`(?:${LATIN_NAME}|${HAN_NAME}|et al\.?)\s*[(（]\s*${YEAR}`, 'u'),
  // Reichheld and Sasser's 1990 article; 赖克哈尔德和萨塞 1990 年发表的文章
  new RegExp(String.raw`${LATIN_NAME}(?:'s|’s)?\s+${YEAR}\b`, 'u'),
  new RegExp(String.raw`${HAN_NAME}\s*(?:于|在)?\s*${YEAR}\s*年(?:发表|出版|的|在|提出|发现|指出|根据)`, 'u'),
  // 佩皮亚特（Emma Peppiatt）：1996 年; 1995 年，托马斯·琼斯（Thomas O. Jones）; In 1995 Thomas O. Jones
  new RegExp(String.raw`${HAN_NAME}[（(]\p{Lu}[^）)]*[）)][：:，,]?\s*${YEAR}\s*年`, 'u'),
  new RegExp(String.raw`${YEAR}\s*年[，,]\s*\p{Script=Han}[\p{Script=Han}·]*[（(]\p{Lu}`, 'u'),
  new RegExp(String.raw`\b[Ii]n ${YEAR},? \p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)+`, 'u'),
  // (Name 1990), (Name et al., 1990), （名字，1990）
  new RegExp(String.raw`[(（][^()（）]*${LATIN_NAME}(?:\s+et al\.)?,?\s+${YEAR}[^()（）]*[)）]`, 'u'),
  new RegExp(String.raw`[(（][^()（）]*${HAN_NAME}等?[，,、\s]\s*${YEAR}[^()（）]*[)）]`, 'u'),
  // Named sources introduced as such: a capitalised name must follow in the same clause
  // ("attributed to surveys by firms such as Gartner"), so "according to press reports" does not count.
  new RegExp(
    String.raw`\b(?:[Aa]ccording to|[Aa]ttributed to|[Rr]eported by|[Pp]ublished by|[Cc]ited by|[Gg]oes back to|[Tt]raced to)\b[^.;:]{0,80}?(?:\b\p{Lu}|\p{Script=Han})`,
    'u',
  ),
  // 数据, 证据, 依据 and the like are words of their own, not 据 'according to'.
  /(?<![数证依占单票收论凭考])据(?![此说称传悉])[^，。；,;]{2,30}?(?:的)?(?:报道|统计|调查|研究|数据|报告|测算|发布|公布|估计|资料)/u,
  /(?:归于|出自|引自|源自|援引)\s*(?:\p{Lu}|\p{Script=Han}{2,})/u,
  /\b(?:source|sources)\s*:|(?:资料)?来源\s*[:：]|出处\s*[:：]/iu,
  /\bno (?:known|traceable|published) source\b|\bsource (?:is )?unknown\b|\bcould not find (?:a|any) source\b|(?:找不到|没有找到|没有已知的?|查不到)[^，。；]{0,8}(?:出处|来源|原始研究)|出处不明/iu,
];

/** The first citation in a block's text, or undefined: what the statistic rule accepts as a source. */
export function findCitation(block: Pick<TextBlock, 'text' | 'links'>): string | undefined {
  if (block.links.some((link) => /^https?:\/\//.test(link))) return block.links[0];
  for (const pattern of CITATION_PATTERNS) {
    const match = pattern.exec(block.text);
    if (match) return match[0];
  }
  return undefined;
}

/**
 * Whether the text shows its arithmetic (a number, then ÷, ×, = or ≈ and another number): its
 * percentages are computed in front of the reader, not claims about the world.
 */
export function showsCalculation(text: string): boolean {
  return /\d\s*[÷×]\s*[(（]?\s*\d|[=≈]\s*[(（]?\s*[-−+]?\s*[¥$]?\d/u.test(text);
}
