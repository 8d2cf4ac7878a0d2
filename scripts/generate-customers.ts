/**
 * Writes the synthetic sample customers to src/data/sample-customers.csv.
 * Run with the project's Node (24, which runs TypeScript directly): `npx node scripts/generate-customers.ts`.
 * A unit test regenerates the data in memory and compares it with the committed file.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generateSampleCustomers, sampleCustomersCsv, sampleSeed, sampleSize } from '../src/lib/rfm/sampleCustomers.ts';

const target = fileURLToPath(new URL('../src/data/sample-customers.csv', import.meta.url));
const text = sampleCustomersCsv(generateSampleCustomers(sampleSeed, sampleSize));
writeFileSync(target, text);
console.log(`wrote ${sampleSize} customers (seed ${sampleSeed}, ${text.length} bytes) to ${target}`);
