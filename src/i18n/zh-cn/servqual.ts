/** UI strings for the SERVQUAL gap scorer (chapter 4), in Simplified Chinese (the default locale: its shape and placeholders type every locale). */
export const servqual = {
  title: 'SERVQUAL 差距计分器',
  intro:
    '22 个题项分属五个服务质量维度。给每一项打出期望分和感知分，看看哪个维度的差距最大；也可以换成“理想—可接受—感知”三栏，看服务落在容忍区的哪里，或者导入全班的问卷。',
  presetLabel: '从哪里开始',
  blankPreset: '空白问卷：全部自己打分',
  blankSetting: '所有评分都是空的，五个维度的重要性各 20 分。',
  modeLegend: '计算什么',
  modes: {
    gap: '差距：期望与感知',
    zone: '容忍区：理想、可接受与感知',
    class: '全班问卷：导入 CSV 文件',
  },
  scaleHint:
    '每项按 1–7 分打分：1 表示完全不同意，7 表示完全同意。“期望”是你认为一家优秀的同类机构应当做到的程度，“感知”是这家机构实际做到的程度。',
  zoneHint:
    '“理想”是你希望得到的服务水平，“可接受”是你能接受的最低水平，“感知”是这家机构实际做到的程度。同一项的可接受水平不能高于理想水平。',
  columns: {
    expected: '期望',
    perceived: '感知',
    desired: '理想',
    adequate: '可接受',
  },
  ratingLabel: '第 {item} 项的{column}分',
  dimensions: {
    tangibles: '有形性',
    reliability: '可靠性',
    responsiveness: '响应性',
    assurance: '保证性',
    empathy: '移情性',
  },
  /** The dimensions' names inside a sentence. */
  dimensionsInText: {
    tangibles: '有形性',
    reliability: '可靠性',
    responsiveness: '响应性',
    assurance: '保证性',
    empathy: '移情性',
  },
  dimensionHeading: '{dimension}（第 {first}–{last} 项）',
  dimensionGap: '差距 {gap}',
  importanceLegend: '重要性：把 100 分分给五个维度',
  importanceLabel: '{dimension}（分）',
  importanceTotal: '合计 {total} / 100 分。',
  importanceTotalProblem: '五个维度的分数合计为 {total}，需要正好是 100。',
  missing: {
    one: '还有 {n} 个评分没有填写，填完后显示结果。',
    other: '还有 {n} 个评分没有填写，填完后显示结果。',
  },
  staleNotice: '有评分需要修正或尚未填写；下面仍是上一次完整评分的结果。',
  overall: '总体差距（五个维度差距的平均值，不加权）为 {gap}。',
  weighted: '按你的重要性分数加权后为 {gap}。',
  weightedUnavailable: '重要性分数合计不是 100，暂不计算加权差距。',
  largestGap: '差距最大的是{dimensions}（{gap}）：那里的感知比期望低得最多。',
  noShortfall: '没有哪个维度低于期望；余量最小的是{dimensions}（{gap}）。',
  ruleNote:
    '计算规则：每项差距 = 感知 − 期望（P − E），负数表示服务没有达到期望。维度差距是该维度各项差距的平均值。总体差距取五个维度差距的平均值，每个维度分量相同，这是 Parasuraman、Zeithaml 和 Berry（1991）建议的做法，而不是 22 项的简单平均（那样题项多的维度分量更重）。加权差距 = Σ（维度分数 ÷ 100 × 维度差距）。',
  tableCaption: '各维度的平均期望、平均感知与差距',
  tableColumns: {
    dimension: '维度',
    expected: '平均期望',
    perceived: '平均感知',
    gap: '差距（P − E）',
    importance: '重要性',
  },
  chartTitle: '各维度的差距（感知 − 期望）',
  chartDescription:
    '以 0 为中线的横向条形图：向左的斜纹条表示感知低于期望，向右的实心条表示感知达到或超过期望；每条旁边都标出差距的数值。',
  legendBelow: '低于期望（斜纹）',
  legendAbove: '达到或超过期望（实心）',
  zone: {
    tableCaption: '各维度的容忍区与感知',
    columns: {
      dimension: '维度',
      adequate: '可接受',
      desired: '理想',
      perceived: '感知',
      msa: 'MSA（感知 − 可接受）',
      mss: 'MSS（感知 − 理想）',
      position: '位置',
    },
    positions: {
      below: '低于容忍区',
      within: '在容忍区内',
      above: '高于容忍区',
    },
    positionLine: '{position}：{dimensions}。',
    nothing: '无',
    overall: '五个维度平均：MSA {msa}，MSS {mss}。',
    adequateAboveDesired: '第 {item} 项的可接受分（{adequate}）高于理想分（{desired}）；请调低可接受分或调高理想分。',
    note: '服务适当度 MSA = 感知 − 可接受水平，负数表示服务低于顾客能接受的最低水平；服务优越度 MSS = 感知 − 理想水平，正数表示服务超出了顾客希望的水平（Parasuraman、Zeithaml 和 Berry，1994）。两者之间就是容忍区（Zeithaml、Berry 和 Parasuraman，1993），边界本身算在区内。',
    chartTitle: '各维度的容忍区与感知',
    chartLabel: '{dimension}：{position}（感知 {perceived}）',
    chartDescription:
      '每个维度一行，横轴为 1–7 分。斜纹带是从可接受水平到理想水平的容忍区，圆点是感知水平，旁边用文字写明它在容忍区之下、之内还是之上。',
  },
  class: {
    intro:
      '导入多位受访者的问卷，得到每个维度的平均差距及其 95% 置信区间。文件只在你的浏览器里读取，不会上传到任何地方。',
    fileLabel: '全班问卷文件（CSV）',
    fileHint:
      '表头须含 E1 … E22（第 1–22 项的期望分）和 P1 … P22（感知分）共 44 列，顺序不限；每行一位受访者，每个值是 1–7 的整数。其他列（如编号、时间）会被忽略。文件最大 {max}。',
    headerExample: '表头示例：',
    respondents: {
      one: '读取了 {n} 位受访者的完整答卷。',
      other: '读取了 {n} 位受访者的完整答卷。',
    },
    tableCaption: '各维度的平均差距及其 95% 置信区间',
    columns: {
      dimension: '维度',
      mean: '平均差距',
      interval: '95% 区间',
      sd: '标准差',
    },
    interval: '{low} 至 {high}',
    noInterval: '—（至少需要 2 位受访者）',
    overallRow: '总体（不加权）',
    weightedRow: '总体（加权）',
    /** The same two rows as the chart labels them, in a narrow column. */
    overallBar: '总体',
    weightedBar: '加权总体',
    summary: '全班的总体差距为 {gap}，95% 置信区间 {low} 至 {high}。',
    summaryOne: '只有 1 位受访者，总体差距为 {gap}，无法计算置信区间。',
    method:
      '区间 = 平均差距 ± t(0.975, n − 1) × 标准差 ÷ √n，t 取自学生 t 分布，n 为受访者人数。它假设受访者是从顾客中随机抽取的；人少时区间很宽，这正说明小样本的平均值不可靠。加权一行用上面的重要性分数给每位受访者加权。',
    chartTitle: '全班各维度的平均差距及 95% 置信区间',
    chartDescription:
      '以 0 为中线的横向条形图：向左的斜纹条表示平均感知低于期望，向右的实心条表示达到或超过期望；每条上的横线是 95% 置信区间，旁边标出平均差距。',
    fileTooLarge: '这个文件有 {size}，上限是 {max}，未读取。',
    fileUnreadable: '无法读取这个文件。',
    fileProblems: {
      tooManyRows: '文件有 {rows} 行，最多只能读取 {maxRows} 行。',
      noRows: '文件的表头下面没有答卷。',
      unclosedQuote: '第 {line} 行：引号打开后没有关闭。',
      missingColumns: '缺少这些列：{columns}。',
      duplicateColumns: '这些列出现了不止一次：{columns}。',
      noRespondents: '没有一行答卷可以使用，无法计算。',
    },
    rowErrorsTitle: {
      one: '有 {n} 行未被采用：',
      other: '有 {n} 行未被采用：',
    },
    rowErrorsMore: '……另有 {n} 个问题未列出。',
    rowErrors: {
      fieldCount: '第 {line} 行：有 {actual} 个字段，表头有 {expected} 个。',
      required: '第 {line} 行，{column}：为空。',
      notANumber: '第 {line} 行，{column}：不是数字。',
      decimalComma: '第 {line} 行，{column}：用了小数逗号；评分应是 1–7 的整数。',
      noPercent: '第 {line} 行，{column}：不能带 %。',
      notWhole: '第 {line} 行，{column}：需要是整数。',
      belowMin: '第 {line} 行，{column}：小于 {min}。',
      notAboveMin: '第 {line} 行，{column}：小于 {min}。',
      aboveMax: '第 {line} 行，{column}：大于 {max}。',
    },
  },
  printDescription:
    '网页上的互动练习：22 个 SERVQUAL 题项分属有形性、可靠性、响应性、保证性和移情性五个维度，读者给每项打出期望分和感知分（1–7），得到各维度的差距（感知 − 期望）、不加权和按重要性加权的总体差距，以及差距最大的维度。以医院门诊部为例，响应性差距最大（−2.75），总体差距 −1.81。还可以切换到“理想—可接受—感知”三栏查看容忍区，或导入全班问卷计算置信区间。',
} as const;
