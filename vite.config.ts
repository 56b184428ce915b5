import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { defineConfig, type UserConfig } from 'vite';
import { EXTRACTOR_GLOBAL } from './src/protocol.ts';

const root = import.meta.dirname;
const outDir = resolve(root, 'dist');

/** Popup page and background worker: ES modules with stable entry names. */
const extensionBuild: UserConfig = {
  root: resolve(root, 'extension'),
  base: './',
  publicDir: false,
  plugins: [preact()],
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2022',
    modulePreload: { polyfill: false },
    reportCompressedSize: false,
    // The popup carries the language engines (compromise, chrono); its budget is checked by npm test.
    chunkSizeWarningLimit: 1024,
    rolldownOptions: {
      input: {
        popup: resolve(root, 'extension/popup.html'),
        background: resolve(root, 'extension/background.ts'),
      },
      output: {
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/[name]-[hash].js',
        assetFileNames: 'assets/[name]-[hash][extname]',
      },
    },
  },
};

/**
 * The script injected on click: one self-contained IIFE file that executeScript can name.
 * Its last statement calls the extractor, so the injection's result is the page's answer.
 */
const injectedBuild: UserConfig = {
  publicDir: false,
  build: {
    outDir,
    emptyOutDir: false,
    target: 'es2022',
    reportCompressedSize: false,
    lib: {
      entry: resolve(root, 'extension/inject.ts'),
      formats: ['iife'],
      name: 'StorySummarizerInject',
      fileName: () => 'inject.js',
    },
    rolldownOptions: { output: { footer: `${EXTRACTOR_GLOBAL}();` } },
  },
};

export default defineConfig(({ mode }) => (mode === 'inject' ? injectedBuild : extensionBuild));
