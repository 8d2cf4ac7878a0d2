// Lint: TypeScript's recommended rules, Astro's, accessibility rules for the Preact islands, no
// import cycles (a module that needs its own importer has two jobs), type-only imports marked,
// and relative imports that name their file's extension.
// (Astro's own jsx-a11y preset needs eslint-plugin-jsx-a11y, which does not support ESLint 10;
// the rendered Astro pages are checked by the axe scans in test/e2e instead.)
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import jsxA11y from 'eslint-plugin-jsx-a11y-x';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';

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
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    plugins: { 'import-x': importX },
    settings: {
      // Parse the modules an import leads to as TypeScript too, or a cycle through them goes unseen.
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] })],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      // One specifier style: relative imports name the file, as Node's type stripping (the scripts
      // and the bench run source files directly) and the browser both need.
      'import-x/extensions': ['error', 'always', { ignorePackages: true, checkTypeImports: true }],
    },
  },
);
