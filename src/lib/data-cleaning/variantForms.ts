/**
 * Letters and characters written in another form of the same name: the traditional characters
 * that the course's tables use (陳 for 陈 and a few common surnames and given-name characters),
 * and Latin letters with accents (Zoë for Zoe). A full traditional-to-simplified table is far
 * larger than an exercise needs; this one covers the characters a reader will meet in it.
 */
const simplified: Readonly<Record<string, string>> = {
  陳: '陈',
  張: '张',
  劉: '刘',
  黃: '黄',
  楊: '杨',
  趙: '赵',
  吳: '吴',
  孫: '孙',
  鄭: '郑',
  謝: '谢',
  馬: '马',
  許: '许',
  靜: '静',
  麗: '丽',
  華: '华',
  國: '国',
  偉: '伟',
  軍: '军',
  強: '强',
  紅: '红',
  東: '东',
  曉: '晓',
  潔: '洁',
  蘭: '兰',
};

/** Traditional characters of the table to simplified, and accents stripped from Latin letters. */
export function plainForm(text: string): string {
  return [...text.normalize('NFD').replace(/[\u0300-\u036f]/g, '')]
    .map((char) => (Object.hasOwn(simplified, char) ? simplified[char]! : char))
    .join('');
}
