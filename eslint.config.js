import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const browserGlobals = ['window', 'document', 'chrome', 'browser', 'navigator', 'location', 'localStorage', 'self'];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'artifacts/', 'test/e2e/screenshots/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // src/core is pure: it runs in Node, in the service worker and in the popup alike.
    files: ['src/core/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-globals': ['error', ...browserGlobals.map((name) => ({ name, message: 'src/core must stay free of browser globals.' }))],
      'no-restricted-imports': ['error', { patterns: [{ group: ['webextension-polyfill', '**/extract/**', '**/content/**', '**/background/**', '**/popup/**', 'jsdom', 'node:*'], message: 'src/core imports only src/core.' }] }],
    },
  },
  {
    // src/extract reads the Document it is given, never the globals, so it also runs under jsdom.
    files: ['src/extract/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-globals': ['error', ...browserGlobals.map((name) => ({ name, message: 'src/extract reads the Document passed in, not globals.' }))],
    },
  },
  {
    // Real-browser tests pass functions to page.evaluate: those run in the page.
    files: ['test/e2e/**', 'bench/**/*.mjs'],
    languageOptions: {
      globals: Object.fromEntries(
        ['window', 'document', 'location', 'chrome', 'browser', 'performance', 'requestAnimationFrame', 'MutationObserver', 'NodeFilter'].map((g) => [g, 'readonly']),
      ),
    },
  },
  {
    files: ['**/*.mjs', '**/*.js', 'bin/**', 'test/e2e/**', 'bench/**'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', Buffer: 'readonly' } },
  },
  {
    // Scripts copied as they are into the extension (the popup's early question) run in its pages.
    files: ['public/**/*.js'],
    languageOptions: {
      sourceType: 'script',
      globals: Object.fromEntries(['location', 'performance', 'URLSearchParams'].map((g) => [g, 'readonly'])),
    },
  },
);
