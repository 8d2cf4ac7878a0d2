/** UI strings for the card sorts (chapter 1's customer ladder, chapter 2's bond levels and relationship stages), in Simplified Chinese (the default locale: its shape and placeholders type every locale). The cards themselves are content: content/card-sorts/*.yaml. */
export const cardSort = {
  common: {
    /** The label of each card's choice; the card's own words describe it. */
    placeLabel: '第 {n} 张卡片放到：',
    choose: '请选择……',
    check: '检查',
    tryAgain: '再试一次（放对的保留）',
    nonePlaced: '请先至少放一张卡片，再检查。',
    right: '✓ 放对了：{category}。',
    wrong: '✗ 放错了：你放在“{placed}”，它属于“{answer}”。',
    kept: '✓ 上一轮已放对：{category}。',
    unplaced: '○ 还没有放。',
    why: '理由：',
    summary: '共 {total} 张，放对 {right} 张。',
    wrongCount: '放错 {n} 张。',
    unplacedCount: '还有 {n} 张没放。',
    allRight: '全部放对了！',
    tryAgainHint: '选“再试一次”，放对的卡片会保留，只需重放其余的。',
    /** A category in the reference list, with how many cards it should hold once all are placed. */
    cue: '特征：',
  },
  customerLadder: {
    title: '客户阶梯：这位顾客站在哪一级？',
    intro:
      '下面每张卡片讲一位顾客的情况，顺序每个人不同。为每张卡片选出这位顾客所在的一级，全部选好（或选了一部分）后按“检查”。某一级的卡片全部放对后，阶梯上会出现企业把这一级顾客往上推一步的做法。人物和企业都是虚构的。',
    categoriesHeading: '客户阶梯（从高到低）',
    nextLabel: '怎样推他上一级：',
    off: {
      higher: { one: '放高了一级。', other: '放高了 {n} 级。' },
      lower: { one: '放低了一级。', other: '放低了 {n} 级。' },
    },
  },
  bondLevels: {
    title: '三个层次的纽带：这一招属于哪一种？',
    intro:
      '下面每张卡片是企业留住客户的一种做法，顺序每个人不同。按贝里和帕拉休拉曼的三个层次，为每张卡片选出它主要靠哪一种纽带，然后按“检查”。某一层次的卡片全部放对后，会显示这种纽带的局限。企业都是虚构的。',
    categoriesHeading: '三个层次',
    nextLabel: '这种纽带的局限：',
    off: {
      higher: { one: '高了一个层次。', other: '高了 {n} 个层次。' },
      lower: { one: '低了一个层次。', other: '低了 {n} 个层次。' },
    },
  },
  relationshipStages: {
    title: '关系发展的阶段：这件事发生在哪个阶段？',
    intro:
      '下面每张卡片是同一段关系里的一件事，顺序每个人不同。为每件事选出它所处的关系阶段，然后按“检查”。某一阶段的卡片全部放对后，会显示企业在这个阶段该做的事。',
    categoriesHeading: '关系的阶段（按时间顺序）',
    nextLabel: '企业此时该做：',
    off: {
      higher: { one: '晚了一个阶段。', other: '晚了 {n} 个阶段。' },
      lower: { one: '早了一个阶段。', other: '早了 {n} 个阶段。' },
    },
  },
} as const;
