/** Unit tests (pure logic, schemas, content) and checks of the built site (run after `astro build`). */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['test/unit/**/*.test.ts'] } },
      { test: { name: 'dist', include: ['test/dist/**/*.test.ts'], testTimeout: 120_000 } },
    ],
  },
});
