/** UI strings for the satisfaction–loyalty curve widget (chapter 5), in Simplified Chinese (the default locale: its shape and placeholders type every locale). */
export const loyaltyCurve = {
  title: '满意—忠诚曲线：竞争与转换成本',
  intro:
    '两条示意曲线分别代表竞争激烈和竞争很弱的市场，第三条随转换成本滑块弯曲。改动满意度分布，看同样的顾客在不同市场里预计能留下多少。',
  assumptions: {
    heading: '假设（模型与公式）',
    items: [
      '曲线只是示意：形状仿照琼斯和萨瑟（Jones & Sasser, 1995）比较不同行业的图，没有拟合任何数据。三个区的分界（2 分和 4 分）同样是示意。',
      '竞争激烈的市场（转换成本为 0）：c(x) = 0.95 ÷ 6^(5 − x)，x 为满意度 1～5 分。打 5 分的顾客有 95% 的可能再次购买，分数每低一分，可能性除以 6。“6 倍”来自施乐：打 5 分的顾客再次购买的可能性是打 4 分的六倍；把这个倍数用到每一级是本工具的假设，没有数据支持。',
      '转换成本 s（滑块读数 ÷ 100）无论满意与否都能留住的顾客比例：h(s) = 0.9 × (3s² − 2s³)。s 接近 0 或 1 时它变化很慢，在中间变化最快，好比顾客换一家能得到的好处集中在某个典型值附近，转换成本越过这个值时留住的人数变化最大。最多只留住 90%：总有人因搬家、需求改变等原因离开，什么壁垒也拦不住。',
      '再次购买的可能性：p(x, s) = 1 − (1 − c(x)) × (1 − h(s))。只有满意度和转换成本都留不住时顾客才离开（两者视为相互独立）。转换成本越高，曲线的底越高、坡越平，坡度都乘以 1 − h(s)。s = 1 就是“竞争很弱的市场”（垄断或转换成本很高）：底是 90%，从 1 分到 5 分只升高约 9.5 个百分点。',
      '预计保留率 = Σ（打 x 分的人数 × p(x, s)）÷ 顾客总数。“讲义表格”一列用本章那张来源不明的表格各档的中点（5 分 94.5%，4 分 82.5%，3 分 62.5%，2 分 17.5%，1 分 2.5%），只作比较，不是研究结论。',
      '本章的区段表说，在背叛区里满意度稍有提高，忠诚就明显上升。这里的曲线是琼斯和萨瑟比较的两个极端以及两者之间的过渡，都没有这一段上升：竞争激烈时 1～2 分的顾客几乎都会离开，竞争很弱时他们几乎都被留住。',
    ],
  },
  view: {
    switchingCost: '转换成本（0～100）',
    switchingCostHint: '0：离开不花任何代价，竞争激烈；100：几乎无法离开，近乎垄断。方向键每次改 5。',
    switchingCostValue: '转换成本 {level}：无论满意与否，{held} 的顾客被留住',
    chartTitle: '满意度与再次购买的可能性（示意曲线）',
    chartDescription:
      '折线图：横轴为满意度 1～5 分（1 分非常不满意，5 分非常满意），纵轴为再次购买的可能性（%）。实线为竞争激烈的市场，虚线为竞争很弱的市场，粗点线加菱形为当前转换成本下的曲线。1～2 分是背叛区，2～4 分是冷漠区（质量不敏感区，斜线底纹），4～5 分是喜爱区。具体数值见下面的表格。',
    chartCaption:
      '实线：竞争激烈的市场；虚线：竞争很弱的市场；粗点线加菱形：转换成本 {level}。斜线底纹是冷漠区（质量不敏感区）。曲线仿照琼斯和萨瑟（1995）的图形，只是示意。',
    axisSatisfaction: '满意度（1～5 分）',
    axisLikelihood: '再次购买的可能性（%）',
    zones: {
      defection: '背叛区',
      indifference: '冷漠区（质量不敏感区）',
      indifferenceShort: '冷漠区（质量不敏感区）',
      affection: '喜爱区',
    },
    lines: {
      competitive: '竞争激烈',
      sheltered: '竞争很弱',
      current: '转换成本 {level}',
    },
    scoresLegend: '满意度分布：打各个分数的顾客数',
    fields: {
      score1: '1 分的人数',
      score2: '2 分的人数',
      score3: '3 分的人数',
      score4: '4 分的人数',
      score5: '5 分的人数',
    },
    stepDown: '−10：{label}',
    stepUp: '+10：{label}',
    total: '共 {n} 位顾客',
    noCustomers: '至少要有一位顾客，才能算出保留率。',
    staleNotice: '有输入需要修正；图表和结果仍是上一次有效输入的结果。',
    reset: '恢复示例',
    barsTitle: '打各个分数的顾客数',
    barsDescription: '柱状图：横轴为满意度 1～5 分，柱高为打该分数的顾客数，人数标在柱顶。',
    summary:
      '{customers} 位顾客中有 {satisfied} 打了 4 分或 5 分，平均 {mean} 分。预计保留率：竞争激烈的市场 {competitive}，转换成本 {level} 时 {current}，竞争很弱的市场 {sheltered}；按讲义表格是 {table}。',
    tableCaption: '各分数再次购买的可能性与预计保留',
    columns: {
      score: '分数',
      customers: '人数',
      competitive: '竞争激烈的市场',
      current: '转换成本 {level}',
      sheltered: '竞争很弱的市场',
      table: '讲义表格（中点）',
    },
    staying: '预计留下（人）',
    retention: '预计保留率',
  },
} as const;
