/**
 * The pipeline forecast's sample (chapter 8): one quarter's deals of an invented firm that sells
 * warehouse-management software, handheld scanners and their setup to manufacturers and
 * distributors. Every customer is invented. Amounts are in yuan in both languages.
 *
 * The open deals' amounts (20k, 40k, 70k, 150k, 300k, 600k, 1.2M yuan) each exceed the sum of all
 * smaller ones, so which deals are won can be read off the total, and the percentiles can be
 * worked by hand one deal at a time (see test/e2e/pipeline-forecast.spec.ts).
 */
import type { Locale } from '../i18n/locales.ts';
import type { Deal, Stage } from '../lib/pipeline/pipelineStages.ts';

interface SampleDeal {
  name: Record<Locale, string>;
  amount: number;
  stage: Stage;
  month: number;
}

export const samplePipeline: readonly SampleDeal[] = [
  {
    name: {
      'zh-cn': '华东冷链物流：三座冷库的仓储系统',
      en: 'East China cold-chain logistics: WMS for three cold stores',
    },
    amount: 1_200_000,
    stage: 'negotiation',
    month: 9,
  },
  {
    name: { 'zh-cn': '汽车零部件厂：新仓库上线', en: 'Auto-parts maker: a new warehouse goes live' },
    amount: 600_000,
    stage: 'proposal',
    month: 8,
  },
  {
    name: { 'zh-cn': '医药批发商：批号追溯模块', en: 'Drug wholesaler: batch-tracing module' },
    amount: 300_000,
    stage: 'needs',
    month: 9,
  },
  {
    name: { 'zh-cn': '服装电商仓：80 台手持扫描终端', en: 'Online fashion warehouse: 80 handheld scanners' },
    amount: 150_000,
    stage: 'commitment',
    month: 7,
  },
  {
    name: { 'zh-cn': '家具厂：库存盘点模块', en: 'Furniture factory: stock-taking module' },
    amount: 70_000,
    stage: 'contact',
    month: 8,
  },
  {
    name: { 'zh-cn': '食品经销商：实施与培训', en: 'Food distributor: setup and training' },
    amount: 40_000,
    stage: 'proposal',
    month: 7,
  },
  {
    name: { 'zh-cn': '五金批发商：年度维护续约', en: 'Hardware wholesaler: yearly maintenance renewal' },
    amount: 20_000,
    stage: 'negotiation',
    month: 7,
  },
  {
    name: { 'zh-cn': '家电零售商：门店补货接口', en: 'Appliance retailer: store replenishment link' },
    amount: 180_000,
    stage: 'won',
    month: 7,
  },
  {
    name: { 'zh-cn': '包装印刷厂：标签打印对接', en: 'Packaging printer: label-printing link' },
    amount: 90_000,
    stage: 'won',
    month: 8,
  },
  {
    name: { 'zh-cn': '化工企业：危化品仓库系统', en: 'Chemicals firm: hazardous-goods warehouse system' },
    amount: 450_000,
    stage: 'lost',
    month: 9,
  },
];

/** The sample's deals with their names in one language, for the page to hand the island. */
export function samplePipelineIn(locale: Locale): Deal[] {
  return samplePipeline.map(({ name, ...deal }) => ({ ...deal, name: name[locale] }));
}
