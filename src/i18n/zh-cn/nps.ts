/** UI strings for the NPS calculator (chapter 4), in Simplified Chinese (the default locale: its shape and placeholders type every locale). */
export const nps = {
  title: '净推荐值（NPS）计算器：分数有多可靠？',
  intro:
    '填入三组受访者各有多少人，或者直接粘贴每个人 0–10 分的回答，就能得到 NPS 和它的 95% 区间；再加一个样本，还能看出两个分数的差距是不是偶然。示例是两家门店，各调查 80 位顾客，NPS 分别为 +32.5 和 +20。',
  samples: { a: '样本甲', b: '样本乙' },
  modeLegend: '输入方式',
  modes: { counts: '三组人数', scores: '逐条评分（0–10 分）' },
  fields: {
    promoters: '推荐者（9–10 分）人数',
    passives: '被动者（7–8 分）人数',
    detractors: '贬损者（0–6 分）人数',
  },
  respondents: { one: '共 {n} 位受访者。', other: '共 {n} 位受访者。' },
  noRespondents: '{sample}还没有受访者，请至少填入 1 位。',
  compare: '与第二个样本（样本乙）比较',
  reset: '恢复示例数据',
  staleNotice: '有输入需要修正；下面的结果仍是上一次有效输入的结果。',
  groups: { promoters: '推荐者', passives: '被动者', detractors: '贬损者' },
  groupRanges: { promoters: '9–10 分', passives: '7–8 分', detractors: '0–6 分' },
  tableCaption: '各组人数与占比',
  groupColumn: '组别',
  cell: '{n}（{share}）',
  barsTitle: '三组受访者所占比例',
  barsDescription:
    '堆叠条形图：每个样本一条，从左到右依次是推荐者（实心）、被动者（空白）和贬损者（斜线）。上方表格列出了各组人数和占比。',
  score: {
    one: '{sample}：NPS = {promoters} − {detractors} = {score}（{n} 位受访者）。',
    other: '{sample}：NPS = {promoters} − {detractors} = {score}（{n} 位受访者）。',
  },
  interval: '95% 区间（Wald 法）：{low} 至 {high}，标准误 {se} 分。',
  fewRespondents: {
    one: '只有 {n} 位受访者，这个区间很粗略：至少需要 {min} 位受访者，它才有一定的参考价值。',
    other: '只有 {n} 位受访者，这个区间很粗略：至少需要 {min} 位受访者，它才有一定的参考价值。',
  },
  emptyGroups: '样本中没有{groups}：Wald 区间把样本比例当成真实比例，这时会显得过窄，只能当作粗略参考。',
  needed: '按现在的比例，大约需要 {n} 位受访者，才能把区间缩小到 ±{margin} 分。',
  difference: '{first}减{second}：{difference} 分；差值的 95% 区间为 {low} 至 {high}（标准误 {se} 分）。',
  verdicts: {
    couldBeChance: '区间包含 0：这么大的差距可能只是抽样的偶然，凭这两个样本分不出高下。',
    firstHigher: '区间全在 0 以上：{first}的得分更高，单凭偶然很难出现这么大的差距。',
    secondHigher: '区间全在 0 以下：{second}的得分更高，单凭偶然很难出现这么大的差距。',
  },
  roughComparison: '其中有样本人数太少或某一组为 0，这个判断同样只是粗略的。',
  intervalTitle: 'NPS 及其 95% 区间',
  intervalDescription:
    '区间图：横轴是 NPS，从 −100 到 +100，竖线标出 0。每行一个样本，圆点或方块是得分，横线是 95% 区间；最后一行菱形是两个样本得分之差。具体数值见图上方的文字。',
  axisTitle: 'NPS（分）',
  differenceRow: '甲 − 乙',
  method:
    '计算方法：NPS 是同一批受访者中推荐者比例减去贬损者比例，方差为 (p推 + p贬 − (p推 − p贬)²) ÷ n；95% 区间取 NPS ± 1.96 个标准误（Wald 区间），超出 −100 或 +100 的部分截去。比较两个相互独立的样本时看得分之差，标准误为 √(V₁/n₁ + V₂/n₂)。受访者少于 30 人或某一组为 0 时，Wald 区间只是粗略估计。',
  claims:
    'NPS 的主张与证据：赖克哈尔德（Reichheld，2003，《哈佛商业评论》）认为，只问“你有多大可能把我们推荐给朋友或同事”这一个问题，就比冗长的满意度问卷更能预测企业增长。凯宁厄姆（Keiningham）等人（2007，《市场营销杂志》）用挪威顾客满意度晴雨表多年的数据重做了这类分析，没有发现 NPS 比其他满意度或忠诚度指标（例如美国顾客满意度指数 ACSI）更能预测增长。正文对此有更详细的讨论。',
  scores: {
    label: '每位受访者的评分（0–10 的整数）',
    hint: '可用空格、逗号（, ，）、顿号（、）、分号（; ；）或换行分隔；可以直接粘贴表格中的一列。',
    example: '10，9，8，7，10，6，9，3，8，10，9，7，5，10，8，9，10，4，9，8',
    fileLabel: '或者打开 CSV / 文本文件',
    fileHint: '文件只在本浏览器中读取，不会上传到任何地方；最大 {max}。',
    columnLabel: '评分所在的列',
    read: { one: '读到 {n} 个有效评分。', other: '读到 {n} 个有效评分。' },
    heading: '第一行“{heading}”被当作列标题，没有计入。',
    badTitle: { one: '{n} 项未计入：', other: '{n} 项未计入：' },
    more: '……另有 {n} 项未列出。',
    places: { lineEntry: '第 {line} 行第 {entry} 项', line: '第 {line} 行', entry: '第 {entry} 项' },
    problems: {
      notANumber: '{place}“{text}”不是数字。',
      notWhole: '{place}“{text}”不是整数，评分只能是 0、1……10。',
      outOfRange: '{place}“{text}”超出了 0–10 分的范围。',
    },
    noScores: '还没有读到 0–10 分的评分。请输入或粘贴受访者的回答，例如：9，10，7，3。',
    tooMany: '条目超过 {max} 项，无法读取；请分批计算。',
    fileTooLarge: '文件太大（{size}），最多只能读取 {max}。',
    fileUnreadable: '这个文件无法读取，请确认它是 CSV 或纯文本文件。',
    unclosedQuote: '文件第 {line} 行有一个引号没有闭合，无法读取。',
  },
  printDescription:
    '网页上的互动练习：输入三组受访者的人数或每个人的 0–10 分评分，计算 NPS 及其 95% 区间（Wald 法），并比较两个样本。示例中两家门店各有 80 位受访者，NPS 分别为 +32.5（区间约 +15.3 至 +49.7）和 +20（约 +2.2 至 +37.8）；差值 +12.5 的 95% 区间约为 −12.3 至 +37.3，包含 0，说明这个差距可能只是偶然。',
} as const;
