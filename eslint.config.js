import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } }
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
    languageOptions: {
      parserOptions: { projectService: true, extraFileExtensions: ['.svelte'], parser: ts.parser, svelteConfig }
    }
  },
  {
    // The domain core stays pure: no UI, storage or browser-only modules (it runs in workers and Node tests).
    files: ['src/lib/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            'svelte',
            'svelte/*',
            '$app/*',
            'dexie',
            '**/storage/**',
            '**/worker/**',
            '**/ui/**',
            '**/routes/**'
          ]
        }
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'indexedDB']
    }
  },
  {
    // Storage sits below the worker: the worker uses storage, never the other way round.
    files: ['src/lib/storage/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['**/worker/**', '**/ui/**', '**/routes/**', 'svelte', '$app/*'] }]
    }
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'svelte/no-at-html-tags': 'error'
    }
  },
  { ignores: ['build/', 'dist-cli/', '.svelte-kit/', 'node_modules/', 'bench/out/', 'tests/e2e/out/'] }
);
