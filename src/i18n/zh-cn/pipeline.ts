/** UI strings for the sales-pipeline forecast (chapter 8), in Simplified Chinese (the default locale: its shape and placeholders type every locale). */
export const pipeline = {
  title: '销售管道预测：加权金额与实际可能的结果',
  intro:
    '下表是一家虚构的仓储管理软件公司本季度的 10 个商机，客户名称均为虚构。改动各阶段的赢单概率，把商机移到别的阶段，再设定本季度的配额，看看加权管道、按月预测和本季度实际可能拿到的收入怎样变化。',
  chancesLegend: '各阶段的赢单概率与配额',
  fields: {
    contact: '初步接触阶段的赢单概率（%）',
    needs: '需求确认阶段的赢单概率（%）',
    proposal: '方案与报价阶段的赢单概率（%）',
    negotiation: '商务谈判阶段的赢单概率（%）',
    commitment: '口头承诺阶段的赢单概率（%）',
    quota: '本季度配额（元）',
  },
  settledNote:
    '已赢单按 100%、已输单按 0% 计，不能改。默认概率沿用正文的示意数字：企业应当用自己过去各阶段商机最终成交的比例来定。',
  stageNames: {
    contact: '初步接触',
    needs: '需求确认',
    proposal: '方案与报价',
    negotiation: '商务谈判',
    commitment: '口头承诺',
    won: '已赢单',
    lost: '已输单',
  },
  stageOf: '“{deal}”所处的阶段',
  dealsCaption: '本季度的商机',
  columns: {
    deal: '商机（客户：项目）',
    amount: '金额',
    month: '预计成交',
    stage: '阶段（可调整）',
    weighted: '加权金额',
  },
  reset: '恢复示例',
  staleNotice: '有输入需要修正；下面的结果仍是上一次有效输入的结果。',
  weighted: '加权管道（每个商机的金额 × 赢单概率，再相加）为 {weighted}。',
  coverage:
    '管道总额（所有未输单商机的金额，含已赢单）为 {pipeline}，是配额 {quota} 的 {pipelineCoverage} 倍；加权管道是配额的 {weightedCoverage} 倍。',
  average: '加权管道只是平均数，不是承诺：每个商机要么全额拿下，要么一分没有，本季度实际拿到的是下图中的某一个金额。',
  spread:
    '本季度收入不超过 {p10}（P10）的可能至少有 10%，不超过 {p50}（P50）的可能至少有一半，超过 {p90}（P90）的可能至多 10%；达到配额的概率为 {reach}。',
  announce: '加权管道 {weighted}，P50 为 {p50}，P90 为 {p90}，达到配额的概率为 {reach}。',
  monthsCaption: '按预计成交月份的预测',
  monthColumns: {
    month: '月份',
    deals: '商机数',
    pipeline: '管道金额',
    weighted: '加权金额',
  },
  total: '合计',
  chartTitle: '本季度收入的概率分布',
  chartDescription:
    '柱状图：横轴是本季度可能拿到的收入（每个商机独立地赢或输），纵轴是收入落在每一段金额里的概率。实线标出加权管道（平均数），虚线标出配额。',
  axisTotal: '本季度收入',
  axisChance: '概率',
  meanMark: '加权管道',
  quotaMark: '配额',
  percentileNote:
    'P10、P50、P90 的取法：使“收入不超过这个金额”的概率至少达到 10%、50%、90% 的最小金额。计算假定各商机的输赢互不影响，对所有输赢组合精确求和，不是随机模拟。',
  problems: {
    noDeals: '没有商机，无法预测。',
    tooManyDeals: '商机超过 {max} 个，无法在网页里精确计算。',
    badDeal: '第 {n} 个商机的金额、月份或阶段有误。',
    badChance: '有一个阶段的赢单概率不在 0%～100% 之间。',
    badQuota: '配额必须大于 0。',
  },
} as const;
