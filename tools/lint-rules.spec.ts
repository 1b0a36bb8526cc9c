import { join, resolve } from 'node:path';
import { ESLint } from 'eslint';

/*
 * The lint rules that hold the architecture (eslint.config.mjs, tools/eslint/module-boundaries.mjs)
 * refuse what they should and nothing else: small sources linted at virtual paths in libs/,
 * apps/web/src and apps/api/src, each forbidden one failing with the rule's own message.
 */
const ROOT = resolve(__dirname, '..');
const eslint = new ESLint({ cwd: ROOT, overrideConfigFile: join(ROOT, 'eslint.config.mjs') });

async function lint(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, path) });
  return result.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

const LIBS_NO_FRAMEWORK =
  'libs/ are pure domain code: no framework or database imports. Code that needs Nest, TypeORM, pg, Fastify or PGlite belongs in apps/api (a repository or service), which calls the library with plain data.';
const LIBS_NO_IO = 'libs/ do no I/O: read and write in apps/api and pass the data in (statement-exports keeps its file work in its one I/O module, src/io.ts).';
const LIBS_NO_APPS =
  'boundaries/no-import-into: libs/ never import apps/: the apps depend on the libraries, not the other way round. Move what the library needs into libs/ (answer shapes in libs/api-contract) or pass it in as a parameter.';
const WEB_NO_API = 'boundaries/no-import-into: apps/web never imports apps/api: what both need lives in libs/ (answer shapes in libs/api-contract).';
const API_NO_WEB =
  'boundaries/no-import-into: apps/api never imports apps/web: the API serves the built web app (dist/web) and shares code with it only through libs/ (answer shapes in libs/api-contract).';
const NO_SKIP = 'no-restricted-syntax: No skipped tests: a test that cannot run here must fail and say what is missing (requireTool names the apt package).';
const NO_CONDITIONAL = 'no-restricted-syntax: No conditionally run tests: a test that cannot run here must fail and say what is missing (requireTool names the apt package).';
const NO_ONLY = 'no-restricted-syntax: No focused tests (.only): every test runs on every run.';
const NO_X = 'no-restricted-syntax: No skipped (x…) or focused (f…) tests: every test runs on every run.';

describe('module boundaries (lint)', () => {
  it.each([
    ['libs/progress/src/counting.ts', "export { Injectable } from '@nestjs/common';", [`no-restricted-imports: '@nestjs/common' import is restricted from being used by a pattern. ${LIBS_NO_FRAMEWORK}`]],
    ['libs/progress/src/counting.ts', "export { DataSource } from 'typeorm';", [`no-restricted-imports: 'typeorm' import is restricted from being used by a pattern. ${LIBS_NO_FRAMEWORK}`]],
    ['libs/progress/src/counting.ts', "export { readFileSync } from 'node:fs';", [`no-restricted-imports: 'node:fs' import is restricted from being used by a pattern. ${LIBS_NO_IO}`]],
    ['libs/progress/src/counting.ts', "export { createApp } from '../../../apps/api/src/bootstrap';", [LIBS_NO_APPS]],
    ['libs/progress/src/counting.ts', "export { App } from '../../../apps/web/src/app';", [LIBS_NO_APPS]],
    ['apps/web/src/main.tsx', "export { createApp } from '../../api/src/bootstrap';", [WEB_NO_API]],
    ['apps/web/src/signing/page.tsx', "import { ERROR_STATUS } from '../../../api/src/platform/errors/domain-error';\nexport const statuses = ERROR_STATUS;", [WEB_NO_API]],
    ['apps/web/src/signing/page.tsx', "export const load = () => import('apps/api/src/signing/signing.service');", [WEB_NO_API]],
    ['apps/api/src/pages/pages.module.ts', "export { route } from '../../../web/src/route';", [API_NO_WEB]],
    ['apps/api/test/pages.api-spec.ts', "export { route } from 'apps/web/src/route';", [API_NO_WEB]],
  ])('%s: refuses %s', async (path, code, expected) => {
    expect(await lint(path, code)).toEqual(expected);
  });

  it.each([
    // The web app's own api/ folder is not apps/api.
    ['apps/web/src/receipt/receipt-page.tsx', "export { fetchReceipt } from '../api/api-client';"],
    ['apps/web/src/signing/page.tsx', "export { statusOf } from '@eci/api-contract';"],
    ['apps/api/src/progress/progress.service.ts', "export { computeProgress } from '@eci/progress';"],
    ['libs/progress/src/counting.ts', "export { RULES_VERSION } from '../../eci-rules/src';"],
  ])('%s: allows %s', async (path, code) => {
    expect(await lint(path, code)).toEqual([]);
  });
});

/**
 * The sources below are ESLint's input, not tests: each calls a disabled or focused form of a test
 * function, named by its parts (`disabled('it', 'skip')`), so that the repository itself holds no
 * such call for a search to find, and the rule is shown refusing every form.
 */
const disabled = (...callee: string[]) => `${callee.join('.')}('a', () => undefined);`;
const DISABLED = 'jest/no-disabled-tests: Tests should not be skipped';
const FOCUSED = 'jest/no-focused-tests: Unexpected focused test';

describe('every test runs (lint)', () => {
  it.each([
    [`(process.env.CI ? it : ${['it', 'skip'].join('.')})('a', () => undefined);`, [NO_CONDITIONAL, NO_SKIP]],
    [disabled('it', 'skip'), [DISABLED, NO_SKIP]],
    [disabled('describe', 'skip'), [DISABLED, NO_SKIP]],
    [disabled('test', 'skip'), [DISABLED, NO_SKIP]],
    [disabled('x' + 'it'), [DISABLED, NO_X]],
    [disabled('x' + 'describe'), [DISABLED, NO_X]],
    [disabled('it', 'only'), [NO_ONLY, FOCUSED]],
    [disabled('describe', 'only'), [NO_ONLY, FOCUSED]],
  ])('refuses %s', async (code, expected) => {
    expect((await lint('libs/progress/src/counting.spec.ts', code)).sort()).toEqual([...expected].sort());
  });

  it('allows a plain test', async () => {
    expect(await lint('libs/progress/src/counting.spec.ts', "it('a', () => expect(1).toBe(1));")).toEqual([]);
  });
});
