// Lets a worker thread started from TypeScript source (under jest) require `.ts` modules: jest's
// transform lives in jest's module registry, which worker threads do not share. Each `.ts` file is
// compiled with @swc/core and the repository's .swcrc, the same options `npm run build:api` uses
// (decorators, CommonJS, the `@eci/*` paths rewritten to relative requires). Plain JavaScript on
// purpose: it must load before anything can compile TypeScript. Used by
// apps/api/src/platform/workers/worker-module.ts when the caller is a `.ts` file.
'use strict';
const { readFileSync } = require('node:fs');
const Module = require('node:module');
const { join } = require('node:path');
const { transformSync } = require('@swc/core');

const swcrc = join(__dirname, '../../../../.swcrc');

Module._extensions['.ts'] = function compileTypeScript(module, filename) {
  const { code } = transformSync(readFileSync(filename, 'utf8'), { filename, configFile: swcrc, sourceMaps: 'inline' });
  module._compile(code, filename);
};
