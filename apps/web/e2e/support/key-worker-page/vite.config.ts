import { resolve } from 'node:path';
import { mergeConfig } from 'vite';
import app from '../../../vite.config';

/** The app's Vite settings (aliases, worker format, no inline assets) for the key worker page. */
export default mergeConfig(app, { root: resolve(__dirname), build: { outDir: process.env.KEY_WORKER_PAGE_OUT ?? resolve(__dirname, '../../../../../tmp/key-worker-page'), emptyOutDir: true } });
