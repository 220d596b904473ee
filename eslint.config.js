import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    ignores: ['**/dist/', '**/node_modules/', 'storybook-static/', '**/custom-elements.json', 'coverage/'],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['**/*.{js,mjs,ts}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['packages/widgets/**/*.ts', 'stories/**/*.ts'],
    extends: [lit.configs['flat/recommended'], wc.configs['flat/recommended']],
    settings: { wc: { elementBaseClasses: ['LitElement'] } },
  },
  {
    // Tooling, tests and examples talk to the terminal or the test runner on purpose.
    files: [
      '.ci/**',
      '**/scaffold/**',
      'packages/*/bin/**',
      'packages/*/bench/**',
      'packages/*/scripts/**',
      'examples/**',
      '**/*.test.{ts,mjs}',
      '*.config.{js,mjs}',
    ],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['**/*.test.{ts,mjs}'],
    languageOptions: { globals: globals.mocha },
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
