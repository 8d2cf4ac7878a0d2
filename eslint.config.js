// Lint: TypeScript's recommended rules, Astro's, and accessibility rules for the Preact islands.
// (Astro's own jsx-a11y preset needs eslint-plugin-jsx-a11y, which does not support ESLint 10;
// the rendered Astro pages are checked by the axe scans in test/e2e instead.)
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import jsxA11y from 'eslint-plugin-jsx-a11y-x';

export default defineConfig(
  { ignores: ['dist/', 'dist-*/', '.astro/', 'test-results/', 'playwright-report/', 'node_modules/'] },
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    files: ['src/**/*.tsx'],
    ...jsxA11y.configs.strict,
    rules: {
      ...jsxA11y.configs.strict.rules,
      // A scrollable region (a wide table on a phone) must be focusable to be scrolled by keyboard.
      'jsx-a11y-x/no-noninteractive-tabindex': ['error', { roles: ['region'] }],
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
);
