/** UI strings for the loyalty scorecard and CRM KPI calculator (chapter 5), in Simplified Chinese (the default locale: its shape and placeholders type every locale). */
export const loyaltyScorecard = {
  title: '忠诚计分卡与客户关系考核指标',
  modes: {
    legend: '选择工具',
    scorecard: '忠诚计分卡',
    kpi: '考核指标计算器',
  },
  intro:
    '为甲、乙两位顾客（或两个品牌）在七项指标上各打 1～5 分，5 分表示最忠诚的一端（挑选时间和价格敏感度反向计分：时间越短、越不在意价格，分数越高），再给每项指标定权重，权重合计必须是 100%。每项的贡献 = 权重 × 分数，贡献相加就是忠诚指数，仍在 1～5 分之间。',
  names: {
    a: '甲',
    b: '乙',
  },
  presets: {
    legend: '示例',
    chapter: '教材示例（权重 20/20/10/10/15/15/10）',
    behaviour: '练习 2：重复购买、钱包份额各 30%，其余各 8%',
  },
  measures: {
    repeatPurchases: { name: '重复购买', inSentence: '重复购买', scale: '5 分 = 重复购买次数最多' },
    shareOfWallet: { name: '钱包份额', inSentence: '钱包份额', scale: '5 分 = 在这一类的支出中所占份额最高' },
    brandAttention: { name: '关心程度', inSentence: '关心程度', scale: '5 分 = 对品牌最关心' },
    choiceTime: { name: '挑选时间', inSentence: '挑选时间', scale: '5 分 = 挑选时间最短（反向计分）' },
    priceSensitivity: {
      name: '价格敏感度',
      inSentence: '价格敏感度',
      scale: '5 分 = 对价格最不敏感（反向计分）',
    },
    competitorAttitude: {
      name: '对竞争产品的态度',
      inSentence: '对竞争产品的态度',
      scale: '5 分 = 对竞争产品最冷淡',
    },
    incidentTolerance: {
      name: '对质量事故的承受力',
      inSentence: '对质量事故的承受力',
      scale: '5 分 = 偶尔出问题时最能谅解',
    },
  },
  leanings: {
    behaviour: '行为',
    attitude: '态度',
  },
  heading: '{measure} · {leaning}',
  weight: '权重（%）',
  fieldLabels: {
    weight: '{measure}的权重（%）',
    rating: '{measure}：{name}的分数',
  },
  contribution: '贡献：甲 {weight} × {ratingA} = {valueA}；乙 {weight} × {ratingB} = {valueB}',
  weightTotal: '权重合计 {total}。',
  weightsShort: '权重合计 {total}，比 100% 少 {gap}：请调整到正好 100%。',
  weightsOver: '权重合计 {total}，比 100% 多 {gap}：请调整到正好 100%。',
  staleNotice: '有输入需要修正；下面的指数、图和说明仍是上一次有效输入的结果。',
  indices: '忠诚指数：甲 {indexA}，乙 {indexB}。',
  lead: '{leader}高出 {gap}。',
  tie: '两者的忠诚指数相同。',
  leaderAhead: '{name}靠的是{measures}。',
  otherAhead: '{name}在{measures}上多得分，缩小了差距。',
  sideAhead: '{name}在{measures}上多得分。',
  sameEverywhere: '两者在每项指标上的贡献都相同。',
  measureGap: '{measure}（+{gap}）',
  split:
    '行为类指标（重复购买、钱包份额、挑选时间）合计：甲 {aBehaviour}，乙 {bBehaviour}；态度类指标合计：甲 {aAttitude}，乙 {bAttitude}。',
  splitOpposite: '两者一个靠行为领先，一个靠态度领先：总分接近时原因可能完全不同，要回到各项分数看。',
  chartTitle: '各项指标的贡献（权重 × 分数）',
  chartDescription: '横条图：每项指标两根横条，甲为实心条，乙为斜线条，条的右端标出甲或乙及其贡献值。',
  kpi: {
    intro:
      '填入一个时期的客户数和利润。设期初客户 S、新增 N、流失 L、期末 E、升级 U、利润 P：人数必须对得上，即 E = S − L + N，流失的只能是期初的客户，升级的只能是留下的老客户。',
    fields: {
      start: '期初客户数 S',
      end: '期末客户数 E',
      newCustomers: '期内新增客户 N',
      lost: '期内流失客户 L',
      upgraded: '期内升级客户 U',
      profit: '期内客户带来的利润 P（元）',
    },
    example: '教材示例：生鲜店',
    resultsTitle: '考核指标',
    rows: {
      retention: { name: '保留率（反背叛率）', formula: '(E − N) ÷ S', working: '({end} − {new}) ÷ {start}' },
      defection: { name: '流失率', formula: 'L ÷ S', working: '{lost} ÷ {start}' },
      newRate: { name: '新增率', formula: 'N ÷ S', working: '{new} ÷ {start}' },
      upgradeRate: { name: '升级率', formula: 'U ÷ S', working: '{upgraded} ÷ {start}' },
      averageProfit: {
        name: '客户平均盈利',
        formula: 'P ÷ [(S + E) ÷ 2]',
        working: '{profit} ÷ [({start} + {end}) ÷ 2] = {profit} ÷ {average}',
      },
    },
    growth: '客户数从 {start} 增至 {end}，增长 {growth}：这是 {newRate} 的新增盖过了 {defection} 的流失。',
    decline: '客户数从 {start} 降至 {end}，减少 {growth}：{newRate} 的新增没能补上 {defection} 的流失。',
    flat: '客户数保持 {start} 不变：{newRate} 的新增正好补上了 {defection} 的流失。',
    problems: {
      noStart: '期初至少要有 1 位客户，各项比率都以期初客户数为分母。',
      lostAboveStart: '流失客户（{lost}）不能多于期初客户（{start}）：流失的只能是期初就在的客户。',
      unbalanced:
        '人数对不上：期初 {start} − 流失 {lost} + 新增 {new} = {expected}，而期末填的是 {end}。请改动其中一项，或用下面的按钮。',
      upgradedAboveRetained:
        '升级客户（{upgraded}）不能多于留下的老客户（期初 {start} − 流失 {lost} = {retained}）：升级的只能是留下来的人。',
    },
    fixLost: '把流失改为 {lost}（= S + N − E）',
    fixEnd: '把期末改为 {end}（= S − L + N）',
    staleNotice: '人数需要修正；下面的指标仍是上一次人数对得上时的结果。',
  },
} as const;
