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
    // TF.js loads only in the worker: the page's layers talk to it through client/ and contract/ alone.
    files: ['src/{ui,pwa,state,views,client,export,storage}/**/*.{ts,tsx}'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@tensorflow/*', '**/worker/*'],
              message: 'TF.js runs in the worker only; talk to it through client/ and contract/.',
            },
          ],
        },
      ],
    },
  },
  {
    // views/ derives what the panels show from what the stores hold: plain functions, no React, no store.
    files: ['src/views/**/*.{ts,tsx}'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@tensorflow/*', '**/worker/*'],
              message: 'TF.js runs in the worker only; talk to it through client/ and contract/.',
            },
            {
              group: ['react', 'react-dom', 'zustand', 'recharts', '../ui/*', '../state/*'],
              message: 'views/ holds plain functions: the panels call them with what they read from the stores.',
            },
          ],
        },
      ],
    },
  },
  {
    // The pure layers must stay testable in Node: no TF.js, React or project-internal upward imports.
    files: ['src/contract/**/*.ts', 'src/mixup/**/*.ts', 'src/data/**/*.ts', 'src/toy/**/*.ts'],
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
            '../client/*',
            '../worker/*',
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
