// One lint config for the whole tree. The zones keep the core browser-agnostic
// and forbid rendering page data as HTML anywhere.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const noHtmlSinks = [
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Page data is never rendered as HTML.' },
  { selector: "AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]", message: 'Page data is never rendered as HTML.' },
  { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Page data is never rendered as HTML.' },
  { selector: "CallExpression[callee.property.name='write'][callee.object.name='document']", message: 'Page data is never rendered as HTML.' },
];

export default tseslint.config(
  { ignores: ['dist/', 'dist-test/', 'dist-firefox/', 'dist-firefox-test/', 'node_modules/', 'artifacts/', 'test-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      'no-restricted-syntax': ['error', ...noHtmlSinks],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['webextension-polyfill'], message: 'The core never touches browser.*; that belongs in extension/.' },
          { group: ['**/extension/**', '../extension/*', '../../extension/*'], message: 'src/ must not import the browser glue.' },
        ],
      }],
      'no-restricted-globals': ['error',
        { name: 'chrome', message: 'The core never touches browser APIs.' },
        { name: 'browser', message: 'The core never touches browser APIs.' },
      ],
    },
  },
);
