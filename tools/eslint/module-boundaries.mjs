// A local ESLint rule: an import may not reach into a forbidden folder of the repository, however
// it is spelled: a relative path ('../../api/src/...', resolved from the importing file, so that
// apps/web/src/api/ is not mistaken for apps/api/), a path from the repository root
// ('apps/api/src/...', which the TypeScript baseUrl allows) or a tsconfig alias that points there.
// Checks import and export declarations, import() and require().
import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** tsconfig.base.json's path aliases: [alias pattern, first target], '*' allowed at the end. */
const ALIASES = Object.entries(JSON.parse(readFileSync(resolve(ROOT, 'tsconfig.base.json'), 'utf8')).compilerOptions.paths ?? {}).map(([alias, targets]) => [alias, targets[0]]);

/** The repository-relative path (with '/') an import specifier leads to, or undefined for a package. */
function target(specifier, filename) {
  if (specifier.startsWith('.') || isAbsolute(specifier)) return resolve(dirname(filename), specifier);
  for (const [alias, to] of ALIASES) {
    if (alias.endsWith('/*') && specifier.startsWith(alias.slice(0, -1))) return resolve(ROOT, to.replace('*', specifier.slice(alias.length - 1)));
    if (specifier === alias) return resolve(ROOT, to);
  }
  return resolve(ROOT, specifier); // baseUrl: the repository root
}

const noImportInto = {
  meta: {
    type: 'problem',
    docs: { description: 'Refuses imports that reach into a folder this code must not depend on.' },
    schema: [
      {
        type: 'array',
        items: { type: 'object', properties: { folder: { type: 'string' }, message: { type: 'string' } }, required: ['folder', 'message'], additionalProperties: false },
      },
    ],
  },
  create(context) {
    const forbidden = context.options[0] ?? [];
    const check = (node) => {
      if (!node || node.type !== 'Literal' || typeof node.value !== 'string') return;
      const path = relative(ROOT, target(node.value, context.filename)).split(sep).join('/');
      const rule = forbidden.find(({ folder }) => path === folder || path.startsWith(`${folder}/`));
      if (rule) context.report({ node, message: rule.message });
    };
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
      TSImportEqualsDeclaration: (node) => check(node.moduleReference?.expression),
      CallExpression: (node) => {
        if (node.callee.type === 'Identifier' && node.callee.name === 'require') check(node.arguments[0]);
      },
    };
  },
};

export default { rules: { 'no-import-into': noImportInto } };
