#!/usr/bin/env node
// Lists the keys of i18n/en.json that a language file lacks (or has extra), for translators.
// Usage: node i18n/tools/missing-keys.mjs pl [--json]
import { readFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = join(dirname(fileURLToPath(import.meta.url)), '..');
const flatten = (o, p = '') => Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' ? flatten(v, `${p}${k}.`) : [[`${p}${k}`, v]]));
const en = Object.fromEntries(flatten(JSON.parse(readFileSync(join(dir, 'en.json'), 'utf8'))));
const lang = process.argv[2];
if (!lang) {
  console.error('usage: node i18n/tools/missing-keys.mjs <lang> [--json]');
  process.exit(2);
}
const file = join(dir, `${lang}.json`);
const have = existsSync(file) ? Object.fromEntries(flatten(JSON.parse(readFileSync(file, 'utf8')))) : {};
const missing = Object.keys(en).filter((k) => !(k in have));
const extra = Object.keys(have).filter((k) => !(k in en));
if (process.argv.includes('--json')) console.log(JSON.stringify(Object.fromEntries(missing.map((k) => [k, en[k]])), null, 2));
else console.log(`${lang}: ${missing.length} missing, ${extra.length} extra${extra.length ? ': ' + extra.join(', ') : ''}`);
