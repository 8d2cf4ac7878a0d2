/** Unit tests (pure logic, schemas, content) and checks of the built site (run after `astro build`). */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      // Simulations and property tests run thousands of cases: seconds alone, more on a busy 2-core CI machine.
      { test: { name: 'unit', include: ['test/unit/**/*.test.ts'], testTimeout: 60_000 } },
      { test: { name: 'dist', include: ['test/dist/**/*.test.ts'], testTimeout: 120_000 } },
    ],
  },
});
