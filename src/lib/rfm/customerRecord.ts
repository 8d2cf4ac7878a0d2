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

/** Customers as one list per column: how the built sample travels to the browser (a third the size of one object per customer). */
export type CustomerTable = { [Column in keyof CustomerRecord]: CustomerRecord[Column][] };

export function customerTable(customers: readonly CustomerRecord[]): CustomerTable {
  const table = Object.fromEntries(customerColumns.map((column) => [column, [] as unknown[]])) as CustomerTable;
  for (const customer of customers) {
    for (const column of customerColumns) (table[column] as unknown[]).push(customer[column]);
  }
  return table;
}

/** The customers of a table, or undefined when it is not one (its columns missing or of different lengths). */
export function tableCustomers(table: unknown): CustomerRecord[] | undefined {
  if (typeof table !== 'object' || table === null) return undefined;
  const columns = customerColumns.map((column) => (table as Record<string, unknown>)[column]);
  if (!columns.every((values): values is unknown[] => Array.isArray(values))) return undefined;
  const length = columns[0]!.length;
  if (columns.some((values) => values.length !== length)) return undefined;
  return Array.from(
    { length },
    (_, row) =>
      Object.fromEntries(
        customerColumns.map((column, index) => [column, columns[index]![row]]),
      ) as unknown as CustomerRecord,
  );
}
