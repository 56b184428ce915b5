import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { defineConfig, type UserConfig } from 'vite';
import { EXTRACTOR_GLOBAL } from './src/protocol.ts';

const root = import.meta.dirname;
const outDir = resolve(root, 'dist');

/**
 * Extension pages and the worker: ES modules with stable entry names. `chunks` names the
 * folder of their split files: the popup's and the panel's are loaded later, not on open.
 */
function pagesBuild(input: Record<string, string>, emptyOutDir: boolean, chunks = 'chunks'): UserConfig {
  return {
    root: resolve(root, 'extension'),
    base: './',
    publicDir: false,
    plugins: [preact()],
    build: {
      outDir,
      emptyOutDir,
      target: 'es2022',
      modulePreload: { polyfill: false },
      reportCompressedSize: false,
      // The worker carries the language engines (chrono, the lexicon); budgets are checked by npm test.
      chunkSizeWarningLimit: 1024,
      rolldownOptions: {
        input,
        output: {
          entryFileNames: '[name].js',
          chunkFileNames: `${chunks}/[name]-[hash].js`,
          assetFileNames: 'assets/[name]-[hash][extname]',
        },
      },
    },
  };
}

/**
 * The popup is built alone, so it loads as one script file: each further module file it
 * imported cost its first render measurable milliseconds (npm run bench).
 */
const popupBuild = pagesBuild({ popup: resolve(root, 'extension/popup.html') }, true, 'popup-later');
/** The side panel, alone for the same reason: its first card is timed beside the popup's. */
const panelBuild = pagesBuild({ panel: resolve(root, 'extension/panel.html') }, false, 'panel-later');
const workerBuild = pagesBuild(
  { background: resolve(root, 'extension/background.ts'), options: resolve(root, 'extension/options.html') },
  false,
);

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

const builds: Record<string, UserConfig> = { popup: popupBuild, panel: panelBuild, worker: workerBuild, inject: injectedBuild };

/** `scripts/build.ts` runs each mode in turn: popup, panel, worker (and options page), inject. */
export default defineConfig(({ mode }) => builds[mode] ?? popupBuild);
