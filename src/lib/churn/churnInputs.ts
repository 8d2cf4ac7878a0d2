/** The churn widget's inputs as the engine takes them: two rates and the scenario both firms share. */
import type { ChurnInputs } from '../../schemas/churnInputs.ts';
import type { ChurnScenario } from './churnCompounding.ts';

export function churnScenario(inputs: ChurnInputs): ChurnScenario {
  const { startingCustomers, newCustomersPerYear, revenuePerCustomer, years } = inputs;
  return { startingCustomers, newCustomersPerYear, revenuePerCustomer, years };
}
