/** One customer as the pyramid and RFM engines see it: recency, frequency, money and profit. */
export interface CustomerRecord {
  customerId: string;
  /** Days since the customer's last purchase (0 = today). */
  lastPurchaseDaysAgo: number;
  /** Purchases in the last two years. */
  purchases: number;
  /** Revenue from those purchases, in yuan. */
  revenue: number;
  /** Profit after the cost of serving the customer, in yuan; negative for a loss-making customer. */
  profit: number;
}

/** The columns of a customer file, in the order the sample data set writes them. */
export const customerColumns = ['customerId', 'lastPurchaseDaysAgo', 'purchases', 'revenue', 'profit'] as const;
