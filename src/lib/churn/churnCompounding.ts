/**
 * Churn compounding: how two firms that differ only in their yearly churn rate drift apart.
 * Pure maths for the chapter 1 widget; rates are fractions (0.05 = 5 %).
 */

export interface ChurnScenario {
  startingCustomers: number;
  newCustomersPerYear: number;
  /** Revenue each customer on the books at the end of a year brings for that year. */
  revenuePerCustomer: number;
  years: number;
}

export interface FirmYear {
  year: number;
  /** Customers on the books at the end of the year (year 0: the start). */
  customers: number;
  /** Customers lost during the year. */
  lost: number;
  /** How many of the customers the firm started with are still customers. */
  originalCustomersLeft: number;
  revenue: number;
  cumulativeRevenue: number;
}

/** Year-by-year customers of one firm: customers(t) = customers(t − 1) × (1 − churn) + new. */
export function projectFirm(churnRate: number, scenario: ChurnScenario): FirmYear[] {
  const { startingCustomers, newCustomersPerYear, revenuePerCustomer, years } = scenario;
  const rows: FirmYear[] = [
    {
      year: 0,
      customers: startingCustomers,
      lost: 0,
      originalCustomersLeft: startingCustomers,
      revenue: 0,
      cumulativeRevenue: 0,
    },
  ];
  let previous = rows[0]!;
  for (let year = 1; year <= years; year++) {
    const lost = previous.customers * churnRate;
    const customers = previous.customers - lost + newCustomersPerYear;
    const revenue = customers * revenuePerCustomer;
    previous = {
      year,
      customers,
      lost,
      originalCustomersLeft: startingCustomers * (1 - churnRate) ** year,
      revenue,
      cumulativeRevenue: previous.cumulativeRevenue + revenue,
    };
    rows.push(previous);
  }
  return rows;
}

export interface FirmComparison {
  a: FirmYear[];
  b: FirmYear[];
  /** Firm A minus firm B at the end of the horizon. */
  customerGap: number;
  revenueGap: number;
}

/** Projects both firms over the same scenario and measures how far apart they end up. */
export function compareFirms(churnRateA: number, churnRateB: number, scenario: ChurnScenario): FirmComparison {
  const a = projectFirm(churnRateA, scenario);
  const b = projectFirm(churnRateB, scenario);
  const lastA = a[a.length - 1]!;
  const lastB = b[b.length - 1]!;
  return {
    a,
    b,
    customerGap: lastA.customers - lastB.customers,
    revenueGap: lastA.cumulativeRevenue - lastB.cumulativeRevenue,
  };
}

/** Average number of years a customer stays when a constant share churns each year. */
export function expectedLifetimeYears(churnRate: number): number {
  return churnRate > 0 ? 1 / churnRate : Infinity;
}
