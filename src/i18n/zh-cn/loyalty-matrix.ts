/** UI strings for the loyalty matrix (chapter 5), in Simplified Chinese (the default locale: its shape and placeholders type every locale). The stories themselves are content: content/loyalty-matrix/stories.yaml. */
export const loyaltyMatrix = {
  title: '忠诚矩阵：把顾客放进四个格子',
  intro:
    '下面有 {n} 位顾客的小故事，一次出现一位，顺序每个人不同。请按相对态度（和其他选择比，他有多看重这个品牌）和重复惠顾（他实际上多常来买），把这位顾客放进迪克—巴苏矩阵的一格。每放一位，都会看到理由和企业该怎么做。故事中的人物和企业都是虚构的。',
  cells: {
    'true-loyalty': '真正忠诚',
    latent: '潜在忠诚',
    spurious: '虚假忠诚',
    'no-loyalty': '不忠诚',
  },
  attitude: '相对态度',
  patronage: '重复惠顾',
  axisShort: { attitude: '态度', patronage: '惠顾' },
  levels: { high: '高', low: '低' },
  /** The matrix's headers ("相对态度高") and a cell button's second line ("态度高"). */
  axisLevel: '{axis}{level}',
  storyHeading: '第 {n} 位顾客（共 {total} 位）：{title}',
  placePrompt: '把这位顾客放进：',
  right: '✓ 放对了：{cell}。',
  wrong: '✗ 放错了：你放进了“{placed}”，这位顾客属于“{answer}”。',
  misread: {
    attitude: '你看错了相对态度。',
    patronage: '你看错了重复惠顾。',
    both: '两条轴都看错了。',
  },
  /** A label before its text in the feedback: "相对态度：". */
  labelled: '{label}：',
  action: '企业该怎么做',
  next: '下一位顾客',
  tally: '已放 {placed} 位（共 {total} 位），放对 {right} 位。',
  done: '{total} 位顾客全部放完，放对 {right} 位。',
  misreads:
    '放错的 {wrong} 位中，看错相对态度的有 {attitude} 位（例如把“一直在买”当成喜欢），看错重复惠顾的有 {patronage} 位（例如把“嘴上喜欢”当成常来买）；放到对角那一格的，两条轴都算看错。',
  startAgain: '重新开始（换一种顺序）',
  matrixCaption: '你的忠诚矩阵',
  rightMark: '放对：',
  wrongMark: '放错：',
  belongs: '应属“{answer}”',
  empty: '（还没有）',
  /** The learner's own brand in the matrix. */
  yourBrand: '★ {brand}（你的品牌）',
  unnamedBrand: '★ 你的品牌',
  brand: {
    open: '放一个你自己的品牌',
    intro:
      '想一个你常用的品牌（手机、外卖平台、奶茶店都可以），回答下面五个问题，看它落在矩阵的哪一格。这是教学用的简易问卷，不是经过检验的测量量表。',
    name: '品牌名称（可不填）',
    thisBrand: '这个品牌',
    rule: '怎样判定：每题的回答从第一项到最后一项依次记 0、1、2、3 分。重复惠顾取第 1、2 题的平均分，相对态度取第 3 至 5 题的平均分；平均分高于 1.5（量表的中点）算“高”，等于或低于 1.5 算“低”。两条轴的高低决定落在哪一格。第 5 题假定换一家毫不费力，为的是不让“走不了”冒充“喜欢”。',
    questions: {
      lastTen: {
        text: '1. 回想最近十次购买这一类产品或服务，有几次选的是这个品牌？',
        options: ['0–2 次', '3–5 次', '6–8 次', '9–10 次'],
      },
      wallet: {
        text: '2. 你在这一类产品或服务上的花费，大约有多少给了这个品牌？',
        options: ['不到四分之一', '四分之一到一半', '一半到四分之三', '四分之三以上'],
      },
      compared: {
        text: '3. 和你知道的其他选择相比，这个品牌……',
        options: ['比大多数差', '和其他的差不多', '好一些', '明显是最好的'],
      },
      ifGone: {
        text: '4. 如果这个品牌明天消失了，你会怎样？',
        options: [
          '几乎没感觉，别家一样用',
          '有点不便，但很快会习惯别家',
          '会失望，别家没它好',
          '会很难过，会想方设法找类似的',
        ],
      },
      cheaperRival: {
        text: '5. 假如换一家不费任何力气，而另一个品牌便宜 10%，你会换吗？',
        options: ['马上换', '可能会换', '可能不换', '肯定不换'],
      },
    },
    unanswered: '每题都回答后才能判定；还没回答的：第 {questions} 题。',
    listSeparator: '、',
    axis: '{axis}：平均 {mean} 分（满分 3 分），{level}。',
    cell: '{brand}落在“{cell}”。',
    nearLine: '{axis}离分界线只差一步：有一个回答改动一档，就会落到另一格，请把结果看作一种倾向。',
    advice: {
      'true-loyalty': '你既喜欢它，又常买它。企业要靠稳定的表现留住这样的顾客，并给他们推荐的机会。',
      latent: '你喜欢它，却不常买，多半有价格、距离或渠道挡着。企业拆掉这些障碍，你就可能成为常客。',
      spurious:
        '你常买它，却谈不上喜欢，留住你的可能是习惯、方便或转换成本。一旦出现更好的选择，你很可能离开；企业得建立真正的差别。',
      'no-loyalty': '你既不特别喜欢它，也不常买。在这个品类里，它还没有给你一个记得住的理由。',
    },
  },
} as const;
