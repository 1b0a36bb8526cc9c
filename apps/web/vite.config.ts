import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';

const root = resolve(__dirname);

export default defineConfig({
  root,
  plugins: [preact()],
  resolve: {
    alias: {
      '@eci/rules': resolve(root, '../../libs/eci-rules/src/index.ts'),
      '@eci/api-contract': resolve(root, '../../libs/api-contract/src/index.ts'),
      // The key file in the browser (libsodium.js), never the package's main entry (sodium-native).
      '@eci/statement-crypto/browser': resolve(root, '../../libs/statement-crypto/src/browser.ts'),
    },
  },
  // Catalogues become `JSON.parse('…')` modules: smaller and faster than object literals.
  json: { stringify: true },
  worker: { format: 'es' },
  build: {
    outDir: resolve(root, '../../dist/web'),
    emptyOutDir: true,
    // No inline scripts or styles: the Content-Security-Policy allows only files from our origin.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    sourcemap: false,
    reportCompressedSize: true,
  },
});
