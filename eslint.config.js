import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'public/data', 'test-results', 'playwright-report'] },
  {
    files: ['**/*.{ts,tsx,js}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // Prettier wraps code at 120 columns; this holds comments to the same width. Strings stay whole (searchable).
      'max-len': [
        'error',
        { code: 120, ignoreStrings: true, ignoreTemplateLiterals: true, ignoreRegExpLiterals: true, ignoreUrls: true },
      ],
      'no-restricted-imports': 'off',
    },
  },
  {
    // TF.js loads only in the worker: the page's layers import the engine's TF.js-free files alone.
    files: ['src/state/**/*.{ts,tsx}', 'src/ui/**/*.{ts,tsx}', 'src/export/**/*.ts', 'src/storage/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@tensorflow/*'],
              message: 'TF.js runs in the worker only; talk to it through engine/client and engine/protocol.',
            },
            {
              group: [
                '**/engine/**',
                ...['attackSettings', 'client', 'config', 'presets', 'protocol', 'reports', 'sweepPlan'].map(
                  (file) => `!**/engine/${file}`,
                ),
                // Patterns read as .gitignore: a folder must be let back in before any file in it can be.
                '!**/engine/toy',
                '**/engine/toy/*',
                '!**/engine/toy/client',
                '!**/engine/toy/protocol',
              ],
              message:
                'The page may import only the TF.js-free engine files: attackSettings, client, config, presets, protocol, reports, sweepPlan, toy/client, toy/protocol.',
            },
          ],
        },
      ],
    },
  },
  {
    // The pure layers must stay testable in Node: no TF.js, React or project-internal upward imports.
    files: ['src/mixup/**/*.ts', 'src/data/**/*.ts', 'src/toy/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            '@tensorflow/*',
            'react',
            'react-dom',
            'zustand',
            'recharts',
            '../ui/*',
            '../state/*',
            '../engine/*',
          ],
        },
      ],
    },
  },
  {
    files: ['src/mixup/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['@tensorflow/*', 'react', 'react-dom', 'zustand', 'recharts', '../*'] },
      ],
    },
  },
);
