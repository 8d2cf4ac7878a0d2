/** Ten customers small enough to score and tier by hand (see the tests that use them). */
import type { CustomerRecord } from '../../../../src/lib/rfm/customerRecord.ts';

export const handMadeCustomers: CustomerRecord[] = [
  { customerId: 'A', lastPurchaseDaysAgo: 5, purchases: 12, revenue: 3000, profit: 900 },
  { customerId: 'B', lastPurchaseDaysAgo: 20, purchases: 8, revenue: 2000, profit: 500 },
  { customerId: 'C', lastPurchaseDaysAgo: 20, purchases: 6, revenue: 1500, profit: 300 },
  { customerId: 'D', lastPurchaseDaysAgo: 45, purchases: 5, revenue: 1200, profit: 200 },
  { customerId: 'E', lastPurchaseDaysAgo: 60, purchases: 4, revenue: 800, profit: 120 },
  { customerId: 'F', lastPurchaseDaysAgo: 90, purchases: 3, revenue: 600, profit: 60 },
  { customerId: 'G', lastPurchaseDaysAgo: 120, purchases: 3, revenue: 500, profit: 30 },
  { customerId: 'H', lastPurchaseDaysAgo: 200, purchases: 2, revenue: 300, profit: 10 },
  { customerId: 'I', lastPurchaseDaysAgo: 400, purchases: 1, revenue: 150, profit: -20 },
  { customerId: 'J', lastPurchaseDaysAgo: 800, purchases: 0, revenue: 0, profit: -30 },
];
