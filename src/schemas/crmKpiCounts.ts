/**
 * The KPI calculator's fields (chapter 5): a period's customer counts, whole and not negative
 * (at least one customer at the start, since every rate divides by it), and the profit they
 * brought, which may be a loss. The example is the chapter's fresh-food shop.
 */
import type { PeriodCounts } from '../lib/loyalty-scorecard/crmKpis.ts';
import { numberField } from './numberField.ts';

const count = numberField({ min: 0, max: 100_000_000, whole: true });

export const kpiCountFields = {
  start: numberField({ min: 1, max: 100_000_000, whole: true }),
  end: count,
  newCustomers: count,
  lost: count,
  upgraded: count,
  profit: numberField({ min: -1e12, max: 1e12 }),
};

export type KpiCountField = keyof typeof kpiCountFields;

/** 2,000 members at the start, 500 join, 350 leave, 2,150 at the end, 240 move up; ¥1,245,000 profit. */
export const freshFoodShop: PeriodCounts = {
  start: 2000,
  end: 2150,
  newCustomers: 500,
  lost: 350,
  upgraded: 240,
  profit: 1_245_000,
};
